package dev.interviewkit.cli;

import dev.interviewkit.host.PluginHost;
import dev.interviewkit.install.InstallRefused;
import dev.interviewkit.install.PluginInstaller;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "plugins", mixinStandardHelpOptions = true,
    description = {"List every plugin: id, version, provider, state, extension points and file.",
        "'plugins install JAR' checks a plugin jar and copies it into the user plugins folder",
        "($XDG_DATA_HOME/interview-kit/plugins); 'plugins uninstall ID' removes it again.",
        "'plugins disable ID' and 'plugins enable ID' are remembered between runs."})
final class PluginsCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION",
      description = "install, uninstall, enable or disable")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "ID|JAR",
      description = "Plugin id; for install, the plugin jar")
  String id;

  PluginsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PluginHost host = context.host(options);
    if (action == null) {
      TextTable table = new TextTable("ID", "VERSION", "PROVIDER", "STATE", "EXTENDS", "FILE",
          "PROBLEM");
      for (PluginHost.PluginInfo p : host.plugins()) {
        table.add(p.id(), p.version(), p.provider(), p.state(),
            p.extensionPoints().isEmpty() ? "-" : String.join(", ", p.extensionPoints()),
            where(p.path()), p.problem());
      }
      table.print(context.out);
      context.out.println("user plugins folder: " + userFolder());
      return ExitCode.OK;
    }
    if (id == null) {
      throw new KitException(ExitCode.USAGE, "plugins " + action + " needs a plugin "
          + (action.equals("install") ? "jar" : "id"));
    }
    if (action.equals("install")) {
      return install(host, Path.of(id));
    }
    if (!host.hasPlugin(id)) {
      throw new KitException(ExitCode.UNKNOWN_ROLE, "no plugin '" + id + "'; installed: "
          + String.join(", ", host.plugins().stream().map(PluginHost.PluginInfo::id).toList()));
    }
    switch (action) {
      case "disable" -> host.disable(id);
      case "enable" -> host.enable(id);
      case "uninstall" -> uninstall(host);
      default -> throw new KitException(ExitCode.USAGE, "unknown action '" + action
          + "'; use install, uninstall, enable or disable");
    }
    context.out.println("plugin " + id + " " + action + (action.endsWith("e") ? "d" : "ed"));
    return ExitCode.OK;
  }

  private int install(PluginHost host, Path jar) {
    Map<String, Path> plugins = new HashMap<>();
    host.plugins().stream().filter(p -> !p.state().equals("UNREADABLE"))
        .forEach(p -> plugins.put(p.id(), p.path()));
    Map<String, String> roles = new HashMap<>();
    host.roles().stream().filter(r -> r.definition().isPresent())
        .forEach(r -> roles.putIfAbsent(r.roleId(), r.pluginId()));
    PluginInstaller.Installed done;
    try {
      done = PluginInstaller.install(jar, userFolder(), PluginHost.HOST_VERSION,
          new PluginInstaller.Current(plugins, roles));
    } catch (InstallRefused refused) {
      throw new KitException(ExitCode.PLUGIN, "not installed: " + refused.getMessage());
    }
    context.out.println("installed plugin " + done.pluginId() + " " + done.version()
        + (done.roleIds().isEmpty() ? "" : " (role" + (done.roleIds().size() == 1 ? " " : "s ")
            + String.join(", ", done.roleIds()) + ")") + " as " + done.file()
        + done.replaced().map(r -> ", replacing " + r.getFileName()).orElse(""));
    return ExitCode.OK;
  }

  private void uninstall(PluginHost host) {
    Path file = host.plugins().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow().path().toAbsolutePath();
    if (!userFolder().equals(file.getParent())) {
      throw new KitException(ExitCode.PLUGIN, "plugin " + id + " is not in the user plugins "
          + "folder but " + file + "; only plugins installed with 'kit plugins install' are "
          + "uninstalled (use 'kit plugins disable " + id + "')");
    }
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new KitException(ExitCode.PLUGIN, "cannot remove " + file + ": " + e.getMessage());
    }
  }

  private Path userFolder() {
    return context.installation(options).userPlugins();
  }

  /** A plugin's file: its name, in the folders the user knows by name. */
  private String where(Path file) {
    Installation at = context.installation(options);
    Path dir = file.toAbsolutePath().getParent();
    return (dir.equals(at.userPlugins()) ? "user: " : dir.equals(at.plugins()) ? "" : dir + "/")
        + file.getFileName();
  }
}
