package dev.interviewkit.record;

import java.nio.file.Path;

/**
 * The per-user data folder of the XDG layout: {@code $XDG_DATA_HOME}, else
 * {@code ~/.local/share}. Stands in for {@code dev.interviewkit.config.Dirs} until it is on main.
 */
final class DataDirs {

  private DataDirs() {}

  static Path data() {
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg);
    }
    return Path.of(System.getProperty("user.home"), ".local", "share");
  }
}
