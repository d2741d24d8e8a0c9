package dev.interviewkit.cli;

import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import dev.interviewkit.service.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rounds", mixinStandardHelpOptions = true,
    description = {"List a role's rounds, by the ids a panel file's 'rounds:' takes.",
        "With each: title, minutes, interviewer and the competencies the round scores."})
final class RoundsCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Option(names = "--role", required = true, paramLabel = "ID",
      description = "Role id (see 'kit roles').")
  String role;

  RoundsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    RoleDefinition definition = context.service(options).findRole(role).definition()
        .orElseThrow();
    TextTable table = new TextTable("ROUND", "TITLE", "MIN", "INTERVIEWER", "SCORES");
    for (RoundSpec round : definition.rounds()) {
      table.add(round.id(), round.title(), String.valueOf(round.minutes()), round.interviewer(),
          String.join(", ", round.required()));
    }
    table.print(context.out);
    return ExitCode.OK;
  }
}
