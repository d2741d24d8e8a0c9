package dev.interviewkit.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * Installs a plugin jar into the user plugins folder: a copy is taken first, then checked
 * ({@link PluginJarCheck}) against the host version and what is installed, and only then moved
 * into place under {@code ID.jar} in one atomic step; a refused or failed install leaves nothing.
 * A newer jar of a plugin already in the user folder replaces it.
 */
public final class PluginInstaller {

  /** The largest plugin jar installed: 64 MB. */
  public static final long MAX_JAR_BYTES = 64L << 20;

  /**
   * What is installed now.
   *
   * @param plugins plugin id to the file it was loaded from
   * @param roles role id to the id of the plugin that provides it
   */
  public record Current(Map<String, Path> plugins, Map<String, String> roles) {

    public Current {
      plugins = Map.copyOf(plugins);
      roles = Map.copyOf(roles);
    }
  }

  /** An installed plugin: its id, version, role ids, file, and the file it replaced, if any. */
  public record Installed(String pluginId, String version, List<String> roleIds, Path file,
      java.util.Optional<Path> replaced) {

    public Installed {
      roleIds = List.copyOf(roleIds);
    }
  }

  private PluginInstaller() {}

  /**
   * Checks {@code jar} and copies it into {@code folder}.
   *
   * @throws InstallRefused saying in one line why it was not installed
   */
  public static Installed install(Path jar, Path folder, String hostVersion, Current current) {
    String name = jar.getFileName() == null ? jar.toString() : jar.getFileName().toString();
    requireJarFile(jar, name);
    Path copy = null;
    try {
      Files.createDirectories(folder);
      copy = Files.createTempFile(folder, ".install-", ".part");
      copyBounded(jar, copy, name);
      PluginJarCheck.Descriptor d = PluginJarCheck.check(copy, name, hostVersion);
      Path existing = current.plugins().get(d.pluginId());
      Path target = folder.resolve(d.pluginId() + ".jar");
      boolean upgrade = existing != null && folder.equals(existing.toAbsolutePath().getParent());
      if (existing != null && !upgrade) {
        throw new InstallRefused(name + " has plugin id '" + d.pluginId() + "', which "
            + existing.getFileName() + " (in " + existing.getParent() + ") already has; a "
            + "plugin cannot replace one outside the user plugins folder");
      }
      for (String role : d.roleIds()) {
        String owner = current.roles().get(role);
        if (owner != null && !owner.equals(d.pluginId())) {
          throw new InstallRefused(name + " provides role '" + role + "', which plugin " + owner
              + " already provides; give the role another id");
        }
      }
      move(copy, target);
      copy = null;
      if (upgrade && !existing.toAbsolutePath().equals(target)) {
        Files.deleteIfExists(existing);
      }
      return new Installed(d.pluginId(), d.version(), d.roleIds(), target,
          upgrade ? java.util.Optional.of(existing) : java.util.Optional.empty());
    } catch (IOException e) {
      throw new InstallRefused("cannot install " + name + " into " + folder + ": "
          + e.getMessage());
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException ignored) {
          // a stray .part file is never loaded: pf4j reads only .jar and .zip files
        }
      }
    }
  }

  private static void requireJarFile(Path jar, String name) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(jar, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InstallRefused(jar + " does not exist");
    } catch (IOException e) {
      throw new InstallRefused("cannot read " + jar + ": " + e.getMessage());
    }
    if (!a.isRegularFile()) {
      throw new InstallRefused(jar + " is not a regular file");
    }
    if (!name.endsWith(".jar")) {
      throw new InstallRefused(name + " is not a .jar file");
    }
    if (a.size() > MAX_JAR_BYTES) {
      throw new InstallRefused(name + " is larger than the limit of " + (MAX_JAR_BYTES >> 20)
          + " MB");
    }
  }

  /** Copies at most {@link #MAX_JAR_BYTES}, so a file that grows while copied is refused. */
  private static void copyBounded(Path from, Path to, String name) throws IOException {
    try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > MAX_JAR_BYTES) {
          throw new InstallRefused(name + " is larger than the limit of " + (MAX_JAR_BYTES >> 20)
              + " MB");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
