package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.host.PluginHost.InstalledRole;
import dev.interviewkit.plan.Reachability;
import dev.interviewkit.role.BlueprintChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check bank files or folders and the installed role blueprints.",
        "Prints one line per problem as path:line:column: message; exits 0 only when clean.",
        "Warnings (an exercise without timing, a question no installed role can draw, a",
        "competency no role scores; these two only when there are no problems) are printed as",
        "path:line:column: warning: message and do not change the exit code.",
        "A mistake is reported once: a bank with problems still defines the competencies and",
        "the bank id it names, so what refers to them is not reported as well."})
final class ValidateCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Bank files or folders, '-' for standard input (default: the banks folder "
          + "and plugin banks).")
  List<Path> paths = new ArrayList<>();

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<Problem> problems = new ArrayList<>();
    List<BankSource> sources = new ArrayList<>();
    if (paths.isEmpty()) {
      sources.addAll(context.bankSources(options));
    } else {
      for (Path path : paths) {
        if (dev.interviewkit.bank.StandardInput.is(path)) {
          sources.add(BankCatalog.file(path, "question-banks"));
        } else if (Files.isDirectory(path)) {
          try {
            sources.addAll(BankCatalog.folder(path, "question-banks"));
          } catch (IOException e) {
            problems.add(Problem.inFile(path.toString(), "cannot read folder: " + e.getMessage()));
          }
        } else if (Files.exists(path)) {
          // A pipe or device is named as such by the bank reader, which never opens it.
          sources.add(BankCatalog.file(path, "question-banks"));
        } else {
          problems.add(Problem.inFile(path.toString(), "no such file or folder"));
        }
      }
    }
    BankCatalog catalog = BankCatalog.load(sources, problems);
    int roles = 0;
    List<Problem> warnings = new ArrayList<>(catalog.warnings());
    if (paths.isEmpty()) {
      PluginHost host = context.host(options);
      List<dev.interviewkit.role.RoleDefinition> definitions = new ArrayList<>();
      for (InstalledRole role : host.roles()) {
        roles++;
        if (!role.disabledForThisRun()) {
          problems.addAll(role.problems());
        }
        role.definition().ifPresent(def -> {
          definitions.add(def);
          problems.addAll(BlueprintChecker.check(def, catalog));
        });
      }
      host.plugins().stream().filter(p -> !p.problem().isEmpty())
          .forEach(p -> problems.add(Problem.inFile(p.path().toString(), "plugin " + p.id()
              + " " + p.problem())));
      if (problems.isEmpty()) {
        // What no role can draw is only known once every bank and blueprint loaded.
        warnings.addAll(Reachability.of(definitions, catalog).warnings());
      }
    }
    problems.stream().sorted().distinct().forEach(context.err::println);
    warnings = warnings.stream().sorted().distinct().toList();
    warnings.forEach(context.err::println);
    if (problems.isEmpty()) {
      context.out.println("ok: " + sources.size() + " bank file" + (sources.size() == 1 ? "" : "s")
          + (paths.isEmpty() ? " and " + roles + " role blueprint" + (roles == 1 ? "" : "s") : "")
          + " checked, no problems" + (warnings.isEmpty() ? "" : ", " + warnings.size()
          + " warning" + (warnings.size() == 1 ? "" : "s")));
      return ExitCode.OK;
    }
    context.err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + " found");
    return ExitCode.PROBLEMS;
  }
}
