package dev.interviewkit.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The XDG base folders, from the environment with the standard fallbacks: {@code
 * $XDG_CONFIG_HOME} or {@code ~/.config}, {@code $XDG_DATA_HOME} or {@code ~/.local/share},
 * {@code $XDG_STATE_HOME} or {@code ~/.local/state}, {@code $XDG_CACHE_HOME} or {@code ~/.cache}.
 * A variable that is unset, empty or not an absolute path is ignored, as the specification says.
 * {@link #config()}, {@link #data()}, {@link #state()} and {@link #cache()} are interview-kit's
 * own folders inside them; nothing here creates a folder.
 *
 * @param configHome the base folder for configuration
 * @param dataHome the base folder for data
 * @param stateHome the base folder for state kept between runs
 * @param cacheHome the base folder for caches
 */
public record Dirs(Path configHome, Path dataHome, Path stateHome, Path cacheHome) {

  /** The name of interview-kit's folder inside each base folder. */
  public static final String APP = "interview-kit";

  public Dirs {
    configHome = absolute(configHome, "configHome");
    dataHome = absolute(dataHome, "dataHome");
    stateHome = absolute(stateHome, "stateHome");
    cacheHome = absolute(cacheHome, "cacheHome");
  }

  /** The folders of this process's environment. */
  public static Dirs fromEnvironment() {
    return from(System.getenv(), System.getProperty("user.home"));
  }

  /**
   * The folders an environment names.
   *
   * @param env the environment variables (tests pass their own)
   * @param userHome the home folder when {@code env} has no absolute {@code HOME}
   */
  public static Dirs from(Map<String, String> env, String userHome) {
    Path home = absoluteOrNull(env.get("HOME"));
    if (home == null) {
      home = Path.of(Objects.requireNonNull(userHome, "userHome")).toAbsolutePath();
    }
    return new Dirs(
        pick(env, "XDG_CONFIG_HOME", home.resolve(".config")),
        pick(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")),
        pick(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")),
        pick(env, "XDG_CACHE_HOME", home.resolve(".cache")));
  }

  /** {@code $XDG_CONFIG_HOME/interview-kit}: the user's {@code kit.yaml}, plugin state. */
  public Path config() {
    return configHome.resolve(APP);
  }

  /** {@code $XDG_DATA_HOME/interview-kit}: the hiring record, installed plugins. */
  public Path data() {
    return dataHome.resolve(APP);
  }

  /** {@code $XDG_STATE_HOME/interview-kit}: history kept between runs. */
  public Path state() {
    return stateHome.resolve(APP);
  }

  /** {@code $XDG_CACHE_HOME/interview-kit}: anything that may be deleted at any time. */
  public Path cache() {
    return cacheHome.resolve(APP);
  }

  private static Path pick(Map<String, String> env, String name, Path fallback) {
    Path set = absoluteOrNull(env.get(name));
    return set != null ? set : fallback;
  }

  private static Path absoluteOrNull(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      Path path = Path.of(value);
      return path.isAbsolute() ? path.normalize() : null;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  private static Path absolute(Path path, String what) {
    Objects.requireNonNull(path, what);
    if (!path.isAbsolute()) {
      throw new IllegalArgumentException(what + " must be an absolute path, got " + path);
    }
    return path.normalize();
  }
}
