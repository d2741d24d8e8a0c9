package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.host.PluginHost.InstalledRole;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "roles", mixinStandardHelpOptions = true,
    description = "List the installed role plugins: id, title, plugin version, state.")
final class RolesCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  RolesCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PluginHost host = context.host(options);
    TextTable table = new TextTable("ID", "TITLE", "PLUGIN", "VERSION", "STATE");
    for (InstalledRole role : host.roles()) {
      boolean invalid = role.problems().stream().anyMatch(p -> p.line() > 0);
      table.add(role.definition().map(d -> d.id()).orElse("?"),
          role.definition().map(d -> d.title())
              .orElse(invalid ? "(blueprint invalid)" : "(unavailable)"),
          role.pluginId(), role.pluginVersion(), role.definition().isPresent() ? "ready"
              : "FAILED");
    }
    for (PluginHost.PluginInfo p : host.plugins()) {
      if (p.state().equals("DISABLED") && p.problem().isEmpty()) {
        table.add(p.id(), "(disabled: kit plugins enable " + p.id() + ")", p.id(), p.version(),
            "DISABLED");
        continue;
      }
      if (!p.problem().isEmpty()
          && host.roles().stream().noneMatch(r -> r.pluginId().equals(p.id()))) {
        table.add("?", "", p.id(), p.version(), p.state());
      }
    }
    dev.interviewkit.service.Trace.mark("roles read");
    table.print(context.out);
    context.warnAboutPlugins(options);
    return ExitCode.OK;
  }
}
