package dev.interviewkit.workbench.model;

import dev.interviewkit.config.Dirs;
import java.nio.file.Path;

/** The user's configuration folder, {@code $XDG_CONFIG_HOME/interview-kit}. */
public final class ConfigFolder {

  private ConfigFolder() {}

  public static Path user() {
    return Dirs.fromEnvironment().config();
  }
}
