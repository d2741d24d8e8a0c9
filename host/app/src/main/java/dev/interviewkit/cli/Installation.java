package dev.interviewkit.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the installation lives, resolved from the host jar, never from the working directory, so
 * the tool behaves the same wherever it is run.
 */
record Installation(Path home, Path plugins, Path banks, Path config) {

  static final String HOME_PROPERTY = "interviewkit.home";
  static final String BANKS_PROPERTY = "interviewkit.banks";
  static final String CONFIG_PROPERTY = "interviewkit.config";

  static Installation resolve(Path pluginsOverride, Path banksOverride) {
    Path home = homeDir();
    Path plugins = pluginsOverride != null ? pluginsOverride : home.resolve("plugins");
    Path banks = banksOverride != null ? banksOverride
        : System.getProperty(BANKS_PROPERTY) != null ? Path.of(System.getProperty(BANKS_PROPERTY))
            : home.resolve("question-banks");
    Path config = System.getProperty(CONFIG_PROPERTY) != null
        ? Path.of(System.getProperty(CONFIG_PROPERTY)) : home.resolve("config");
    return new Installation(home, plugins.toAbsolutePath().normalize(),
        banks.toAbsolutePath().normalize(), config.toAbsolutePath().normalize());
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
