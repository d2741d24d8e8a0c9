package dev.interviewkit.install;

import java.nio.file.Path;

/**
 * The user plugins folder, outside the installation so rebuilding or replacing the installation
 * never removes what {@code kit plugins install} put there: {@code
 * $XDG_DATA_HOME/interview-kit/plugins}, or {@code ~/.local/share/interview-kit/plugins}.
 */
public final class UserPlugins {

  /** Overrides the folder (tests, or an installation that keeps plugins elsewhere). */
  public static final String PROPERTY = "interviewkit.userPlugins";

  private UserPlugins() {}

  /** The folder for this process; it may not exist yet. */
  public static Path folder() {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    return dataHome(System.getenv("XDG_DATA_HOME"), System.getenv("HOME"),
        System.getProperty("user.home")).resolve("interview-kit").resolve("plugins");
  }

  /**
   * {@code $XDG_DATA_HOME}, or {@code ~/.local/share} when it is unset, empty or relative (as the
   * XDG specification says). To be replaced by {@code dev.interviewkit.config.Dirs}.
   */
  static Path dataHome(String xdgDataHome, String home, String userHome) {
    if (xdgDataHome != null && !xdgDataHome.isEmpty() && Path.of(xdgDataHome).isAbsolute()) {
      return Path.of(xdgDataHome).normalize();
    }
    String base = home != null && !home.isEmpty() && Path.of(home).isAbsolute() ? home : userHome;
    return Path.of(base).toAbsolutePath().resolve(".local").resolve("share");
  }
}
