package dev.interviewkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where plugins and banks are read from, beyond the installation's own. */
final class HostOptions {

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "Also load the plugins of DIR, beside the installation's and the user's.")
  Path plugins;

  @Option(names = "--plugins-only", paramLabel = "DIR", hidden = true,
      description = "Load only the plugins of DIR (no built-in or user plugins).")
  Path pluginsOnly;

  @Option(names = "--banks", paramLabel = "DIR",
      description = "Banks folder (default: question-banks/ of the installation).")
  Path banks;
}
