package dev.interviewkit.install;

import dev.interviewkit.config.Dirs;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The user plugins folder, outside the installation so rebuilding or replacing the installation
 * never removes what {@code kit plugins install} put there: {@code plugins:} in {@code kit.yaml},
 * else {@code $XDG_DATA_HOME/interview-kit/plugins} ({@code ~/.local/share/interview-kit/plugins}).
 */
public final class UserPlugins {

  /** Overrides the folder (tests, or an installation that keeps plugins elsewhere). */
  public static final String PROPERTY = "interviewkit.userPlugins";

  private UserPlugins() {}

  /** The folder for this process, {@code configured} being {@code kit.yaml}'s {@code plugins:}. */
  public static Path folder(Optional<Path> configured) {
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    return configured.map(p -> p.toAbsolutePath().normalize())
        .orElseGet(() -> Dirs.fromEnvironment().data().resolve("plugins"));
  }
}
