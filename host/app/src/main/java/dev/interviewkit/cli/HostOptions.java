package dev.interviewkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Overrides for where plugins and banks are read from. */
final class HostOptions {

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "Plugins folder (default: the installation's plugins/).")
  Path plugins;

  @Option(names = "--banks", paramLabel = "DIR",
      description = "Banks folder (default: question-banks/ of the installation).")
  Path banks;
}
