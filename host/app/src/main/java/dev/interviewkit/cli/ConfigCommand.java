package dev.interviewkit.cli;

import dev.interviewkit.config.ConfigReport;
import dev.interviewkit.config.Dirs;
import dev.interviewkit.config.KitConfig;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "config", mixinStandardHelpOptions = true,
    description = {"Show the effective configuration: every kit.yaml key, its value and the file "
        + "and line it came from (the project's ./kit.yaml wins over the user's file, key by "
        + "key). See docs/configuration.md.", "A faulty kit.yaml is reported with line and "
        + "column, exit 3."})
final class ConfigCommand implements Callable<Integer> {

  private final Context context;

  @Parameters(arity = "0..1", paramLabel = "show", description = "The only action: show (the "
      + "default).")
  String action;

  ConfigCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (action != null && !action.equals("show")) {
      throw new KitException(ExitCode.USAGE, "unknown action '" + action + "'; 'kit config' "
          + "or 'kit config show' shows the configuration");
    }
    KitConfig config = context.config();
    context.out.println("project file: " + shown(KitConfig.projectFile(Path.of(""))));
    context.out.println("user file:    " + shown(KitConfig.userFile(Dirs.fromEnvironment())));
    context.out.println();
    TextTable table = new TextTable("KEY", "VALUE", "FROM");
    for (ConfigReport.Row row : ConfigReport.rows(config)) {
      table.add(row.key(), row.value(), row.from());
    }
    table.print(context.out);
    return ExitCode.OK;
  }

  private static String shown(Path file) {
    return file + (Files.isRegularFile(file) ? "" : " (none)");
  }
}
