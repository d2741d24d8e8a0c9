package dev.interviewkit.workbench.model;

import java.nio.file.Path;

/**
 * The user's configuration folder, {@code $XDG_CONFIG_HOME/interview-kit} (default
 * {@code ~/.config/interview-kit}). Stands in until {@code dev.interviewkit.config.Dirs} lands.
 */
public final class ConfigFolder {

  private ConfigFolder() {}

  public static Path user() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("interview-kit");
  }
}
