package dev.interviewkit.install;

import dev.interviewkit.bank.Fields;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.role.BlueprintParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.pf4j.DefaultVersionManager;

/**
 * Reads a plugin jar as pf4j would load it, within limits, and says in one line what is wrong:
 * no descriptor, no extension index (or one naming classes the jar lacks), a copy of the host's
 * api or pf4j inside, a host version it does not accept, a role blueprint that does not parse.
 */
final class PluginJarCheck {

  /** The most entries a plugin jar may have. */
  static final int MAX_ENTRIES = 20_000;
  /** The most bytes read of one descriptor, index or blueprint entry. */
  static final int MAX_ENTRY_BYTES = 1 << 20;

  /** What the jar holds: its descriptor and the role ids of its blueprints. */
  record Descriptor(String pluginId, String version, String requires, List<String> roleIds) {

    Descriptor {
      roleIds = List.copyOf(roleIds);
    }
  }

  private PluginJarCheck() {}

  static Descriptor check(Path jar, String name, String hostVersion) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      if (zip.size() > MAX_ENTRIES) {
        throw refused(name, "has " + zip.size() + " entries; the limit is " + MAX_ENTRIES);
      }
      List<String> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        entries.add(e.nextElement().getName());
      }
      for (String bundled : List.of("dev/interviewkit/api/", "org/pf4j/")) {
        if (entries.stream().anyMatch(n -> n.startsWith(bundled) && n.endsWith(".class"))) {
          throw refused(name, "bundles " + bundled.replace('/', '.') + "* classes, which the host "
              + "provides; make that dependency <scope>provided</scope>");
        }
      }
      Descriptor d = descriptor(zip, name, hostVersion);
      index(zip, name, entries);
      List<String> roles = new ArrayList<>();
      for (String entry : entries) {
        if (entry.endsWith("/role.yaml") && !entry.startsWith("META-INF/")) {
          roles.add(roleId(zip, name, entry));
        }
      }
      return new Descriptor(d.pluginId(), d.version(), d.requires(), roles);
    } catch (java.util.zip.ZipException e) {
      throw refused(name, "is not a jar (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw refused(name, "cannot be read: " + e.getMessage());
    }
  }

  private static Descriptor descriptor(ZipFile zip, String name, String hostVersion)
      throws IOException {
    String id;
    String version;
    String requires;
    byte[] manifestBytes = read(zip, name, "META-INF/MANIFEST.MF");
    Attributes main = manifestBytes == null ? new Attributes()
        : new Manifest(new ByteArrayInputStream(manifestBytes)).getMainAttributes();
    if (main.getValue("Plugin-Id") != null) {
      id = main.getValue("Plugin-Id");
      version = main.getValue("Plugin-Version");
      requires = main.getValue("Plugin-Requires");
    } else {
      byte[] properties = read(zip, name, "plugin.properties");
      if (properties == null) {
        throw refused(name, "has no plugin descriptor (no Plugin-Id in META-INF/MANIFEST.MF and "
            + "no plugin.properties)");
      }
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(new ByteArrayInputStream(properties),
          StandardCharsets.UTF_8));
      id = p.getProperty("plugin.id");
      version = p.getProperty("plugin.version");
      requires = p.getProperty("plugin.requires");
      if (id == null) {
        throw refused(name, "has a plugin.properties without plugin.id");
      }
    }
    id = id.strip();
    if (!Fields.ID.matcher(id).matches()) {
      throw refused(name, "has plugin id " + Fields.quote(id) + "; a plugin id is lower-case "
          + "words joined by hyphens");
    }
    if (version == null || version.isBlank()) {
      throw refused(name, "has no plugin version (Plugin-Version or plugin.version)");
    }
    requires = requires == null ? "" : requires.strip();
    if (!requires.isEmpty() && !requires.equals("*")) {
      boolean fits;
      try {
        fits = new DefaultVersionManager().checkVersionConstraint(hostVersion, requires);
      } catch (RuntimeException e) {
        throw refused(name, "requires host version " + Fields.quote(requires)
            + ", which is not a version constraint (such as >=1.0.0)");
      }
      if (!fits) {
        throw refused(name, "requires host version " + Fields.quote(requires)
            + ", but this host is " + hostVersion);
      }
    }
    return new Descriptor(id, version.strip(), requires, List.of());
  }

  private static void index(ZipFile zip, String name, List<String> entries) throws IOException {
    byte[] index = read(zip, name, "META-INF/extensions.idx");
    List<String> classes = index == null ? List.of()
        : new String(index, StandardCharsets.UTF_8).lines().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    if (classes.isEmpty()) {
      throw refused(name, "has no extension index (META-INF/extensions.idx), so it contributes "
          + "nothing; name pf4j in the compiler's annotationProcessorPaths");
    }
    for (String cls : classes) {
      if (!entries.contains(cls.replace('.', '/') + ".class")) {
        throw refused(name, "lists extension " + Fields.quote(cls) + " in META-INF/extensions.idx, "
            + "but the jar has no such class");
      }
    }
  }

  private static String roleId(ZipFile zip, String name, String entry) throws IOException {
    byte[] yaml = read(zip, name, entry);
    try {
      return BlueprintParser.parse(name + "!/" + entry, new ByteArrayInputStream(yaml)).id();
    } catch (InvalidInputException e) {
      throw refused(name, "has a role blueprint with problems: " + e.problems().get(0)
          + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
    }
  }

  /** An entry's bytes, at most {@link #MAX_ENTRY_BYTES}; null when the jar lacks it. */
  private static byte[] read(ZipFile zip, String name, String entry) throws IOException {
    ZipEntry e = zip.getEntry(entry);
    if (e == null) {
      return null;
    }
    try (InputStream in = zip.getInputStream(e)) {
      byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
      if (bytes.length > MAX_ENTRY_BYTES) {
        throw refused(name, entry + " is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
      }
      return bytes;
    }
  }

  private static InstallRefused refused(String name, String why) {
    return new InstallRefused(name + " " + why);
  }
}
