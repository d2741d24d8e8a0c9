package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.host.PluginHost;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = {"List every plugin: id, version, provider, state and extension points.",
        "'plugins disable ID' and 'plugins enable ID' are remembered between runs."})
final class PluginsCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION",
      description = "enable or disable")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "Plugin id")
  String id;

  PluginsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PluginHost host = context.host(options);
    if (action == null) {
      TextTable table = new TextTable("ID", "VERSION", "PROVIDER", "STATE", "EXTENDS", "PROBLEM");
      for (PluginHost.PluginInfo p : host.plugins()) {
        table.add(p.id(), p.version(), p.provider(), p.state(),
            p.extensionPoints().isEmpty() ? "-" : String.join(", ", p.extensionPoints()),
            p.problem());
      }
      table.print(context.out);
      return ExitCode.OK;
    }
    if (id == null) {
      throw new KitException(ExitCode.USAGE, "plugins " + action + " needs a plugin id");
    }
    if (!host.hasPlugin(id)) {
      throw new KitException(ExitCode.UNKNOWN_ROLE, "no plugin '" + id + "'; installed: "
          + String.join(", ", host.plugins().stream().map(PluginHost.PluginInfo::id).toList()));
    }
    switch (action) {
      case "disable" -> host.disable(id);
      case "enable" -> host.enable(id);
      default -> throw new KitException(ExitCode.USAGE, "unknown action '" + action
          + "'; use enable or disable");
    }
    context.out.println("plugin " + id + " " + action + "d");
    return ExitCode.OK;
  }
}
