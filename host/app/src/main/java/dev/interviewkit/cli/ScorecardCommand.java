package dev.interviewkit.cli;

import dev.interviewkit.render.UntrustedFile;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.ScorecardIntake;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "scorecard", mixinStandardHelpOptions = true,
    description = "Scorecards and the hiring record; see 'kit scorecard submit --help'.",
    subcommands = ScorecardCommand.Submit.class)
final class ScorecardCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.USAGE;
  }

  @Command(name = "submit", mixinStandardHelpOptions = true,
      description = {"Record filled scorecards as they arrive (sealed scoring): each is checked "
          + "as 'debrief' checks it and recorded with its arrival time; a scorecard read again "
          + "with other values is a new version.", "Prints each scorecard recorded and the "
          + "rounds of its loop still missing. Exit 12 when a file is refused, 17 when its "
          + "loop is not on record."})
  static final class Submit implements Callable<Integer> {

    private final Context context;
    @Mixin HostOptions options = new HostOptions();

    @Parameters(paramLabel = "SCORECARD", arity = "1..*", description = "Filled scorecards.")
    List<Path> files = new ArrayList<>();

    Submit(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      var record = context.requireRecord();
      Map<String, RoleDefinition> roles = new HashMap<>();
      context.host(options).roles().forEach(r -> r.definition()
          .ifPresent(d -> roles.putIfAbsent(d.id(), d)));
      ScorecardIntake.Submitted done = ScorecardIntake.submit(record, files,
          role -> Optional.ofNullable(roles.get(role))
              .map(d -> d.rounds().stream().map(RoundSpec::id).toList()));
      done.recorded().forEach(line -> context.out.println(UntrustedFile.oneLine(line)));
      done.missing().forEach((loop, rounds) -> context.out.println(rounds.isEmpty()
          ? "loop " + loop + ": every round has a scorecard on record"
          : "loop " + loop + ": still missing " + String.join(", ", rounds)));
      done.refused().forEach((file, why) -> why.forEach(w -> context.err.println("kit: refused "
          + UntrustedFile.oneLine(file) + ": " + UntrustedFile.oneLine(w))));
      done.notOnRecord().forEach(file -> context.err.println("kit: refused "
          + UntrustedFile.oneLine(file) + ": its loop is not on the hiring record ("
          + context.settings().describe() + "); write the loop with packet or batch first"));
      if (!done.refused().isEmpty()) {
        return ExitCode.SCORECARDS_REFUSED;
      }
      return done.notOnRecord().isEmpty() ? ExitCode.OK : ExitCode.NOT_ON_RECORD;
    }
  }
}
