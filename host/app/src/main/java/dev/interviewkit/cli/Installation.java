package dev.interviewkit.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the installation lives, resolved from the host jar, never from the working directory, so
 * the tool behaves the same wherever it is run.
 */
record Installation(Path home, Path plugins, Path banks, Path config, Path userPlugins,
    Path extraPlugins, boolean pluginsOnly) {

  static final String HOME_PROPERTY = "interviewkit.home";
  static final String BANKS_PROPERTY = "interviewkit.banks";
  static final String CONFIG_PROPERTY = "interviewkit.config";

  static Installation resolve(HostOptions options, java.util.Optional<Path> userPlugins) {
    return resolve(options.plugins, options.pluginsOnly, options.banks, userPlugins);
  }

  /**
   * @param extra a folder loaded beside the built-in and user plugins, or null
   * @param only a folder loaded instead of all others, or null
   * @param userPlugins {@code kit.yaml}'s {@code plugins:} folder, if set
   */
  static Installation resolve(Path extra, Path only, Path banksOverride,
      java.util.Optional<Path> userPlugins) {
    Path home = homeDir();
    Path plugins = only != null ? only : home.resolve("plugins");
    Path banks = banksOverride != null ? banksOverride
        : System.getProperty(BANKS_PROPERTY) != null ? Path.of(System.getProperty(BANKS_PROPERTY))
            : home.resolve("question-banks");
    Path config = System.getProperty(CONFIG_PROPERTY) != null
        ? Path.of(System.getProperty(CONFIG_PROPERTY)) : home.resolve("config");
    return new Installation(home, plugins.toAbsolutePath().normalize(),
        banks.toAbsolutePath().normalize(), config.toAbsolutePath().normalize(),
        dev.interviewkit.install.UserPlugins.folder(userPlugins),
        extra == null ? null : extra.toAbsolutePath().normalize(), only != null);
  }

  /**
   * The folders plugins are loaded from, in order: the installation's (or the only one), then
   * {@code --plugins DIR} and the user plugins folder when they exist; each once.
   */
  java.util.List<Path> pluginRoots() {
    java.util.Set<Path> roots = new java.util.LinkedHashSet<>();
    roots.add(plugins);
    if (!pluginsOnly) {
      if (extraPlugins != null) {
        roots.add(extraPlugins);
      }
      if (Files.isDirectory(userPlugins)) {
        roots.add(userPlugins);
      }
    }
    return java.util.List.copyOf(roots);
  }

  private static Path homeDir() {
    String property = System.getProperty(HOME_PROPERTY);
    if (property != null) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = Files.isDirectory(code) ? code : code.getParent();
      return dir.getFileName() != null && dir.getFileName().toString().equals("lib")
          ? dir.getParent() : dir;
    } catch (URISyntaxException | SecurityException e) {
      return Path.of("").toAbsolutePath();
    }
  }
}
