package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One faulty plugin next to the four built-in ones, case by case: the host names the faulty
 * plugin and the reason, every built-in role stays ready and generates, and asking for the faulty
 * role is one line with a documented exit code and no stack trace.
 */
class PluginFaultsTest {

  static final List<String> BUILT_IN =
      List.of("cto", "director-of-engineering", "engineering-manager", "vp-of-engineering");

  @TempDir Path work;

  @BeforeAll
  static void quietPf4j() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
  }

  @Test
  void corruptJar() throws IOException {
    byte[] noise = new byte[4096];
    new Random(5).nextBytes(noise);
    Path x = Files.write(work.resolve("x.jar"), noise);
    Path plugins = pluginsWith(x);
    assertFaultReported(plugins, "x",
        "plugin x \\(x\\.jar\\): cannot be loaded: it is not a readable jar "
            + "\\(ZipException: .+\\)");
    assertPacketFails(plugins, "x", 7, "kit: role 'x' is unavailable: plugin x cannot be loaded: "
        + ".*");
  }

  @Test
  void jarWithoutDescriptor() throws IOException {
    Path jar = validRole("no-descriptor", "no-descriptor").withoutDescriptor().build(work);
    Path plugins = pluginsWith(jar);
    assertFaultReported(plugins, "no-descriptor",
        "plugin no-descriptor \\(no-descriptor\\.jar\\): cannot be loaded: it has no plugin "
            + "descriptor \\(no Plugin-Id in META-INF/MANIFEST\\.MF and no plugin\\.properties\\)");
    assertPacketFails(plugins, "no-descriptor", 7,
        "kit: role 'no-descriptor' is unavailable: plugin no-descriptor cannot be loaded: .*");
  }

  @Test
  void jarWithoutExtensionIndex() throws IOException {
    Path jar = validRole("no-index", "no-index").withoutExtensionIndex().build(work);
    Path plugins = pluginsWith(jar);
    assertFaultReported(plugins, "no-index",
        "plugin no-index \\(no-index\\.jar\\): contributes no extension: "
            + "META-INF/extensions\\.idx is missing or names no class that can be loaded");
    assertPacketFails(plugins, "no-index", 7, "kit: role 'no-index' is unavailable: plugin "
        + "no-index contributes no extension: .*");
  }

  @Test
  void roleKitThrows() throws IOException {
    Path jar = PluginJar.withId("kit-throws")
        .source("com.example.Throws", """
            package com.example;

            import dev.interviewkit.api.KitResource;
            import dev.interviewkit.api.RoleKit;
            import org.pf4j.Extension;

            @Extension
            public final class Throws implements RoleKit {
              @Override
              public KitResource blueprint() {
                throw new IllegalStateException("licence file not found");
              }
            }
            """)
        .build(work);
    Path plugins = pluginsWith(jar);
    assertFaultReported(plugins, "kit-throws",
        "plugin kit-throws \\(kit-throws\\.jar\\): disabled for this run: blueprint\\(\\) "
            + "threw IllegalStateException: licence file not found");
    assertPacketFails(plugins, "kit-throws", 7, "kit: role 'kit-throws' is unavailable: plugin "
        + "kit-throws disabled for this run: blueprint\\(\\) threw IllegalStateException: "
        + "licence file not found");
  }

  @Test
  void pluginStartThrows() throws IOException {
    Path jar = validRole("start-throws", "start-throws")
        .descriptor("Plugin-Class", "com.example.StartThrowsPlugin")
        .source("com.example.StartThrowsPlugin", """
            package com.example;

            import org.pf4j.Plugin;

            public class StartThrowsPlugin extends Plugin {
              @Override
              public void start() {
                throw new IllegalStateException("cannot reach the licence server");
              }
            }
            """)
        .build(work);
    Path plugins = pluginsWith(jar);
    assertFaultReported(plugins, "start-throws", "plugin start-throws \\(start-throws\\.jar\\): "
        + "failed to start: IllegalStateException: cannot reach the licence server");
    assertPacketFails(plugins, "start-throws", 7, "kit: role 'start-throws' is unavailable: "
        + "plugin start-throws failed to start: IllegalStateException: cannot reach the licence "
        + "server");
  }

  @Test
  void pluginRequiresANewerHost() throws IOException {
    Path jar = validRole("needs-newer", "needs-newer").descriptor("Plugin-Requires", ">=9.0.0")
        .build(work);
    Path plugins = pluginsWith(jar);
    assertFaultReported(plugins, "needs-newer", "plugin needs-newer \\(needs-newer\\.jar\\): "
        + "requires host version >=9\\.0\\.0, but this host is 1\\.0\\.0");
    assertPacketFails(plugins, "needs-newer", 7, "kit: role 'needs-newer' is unavailable: plugin "
        + "needs-newer requires host version >=9\\.0\\.0, but this host is 1\\.0\\.0");
  }

  @Test
  void twoPluginsClaimTheSameRoleId() throws IOException {
    Path a = validRole("dup-a", "staff-director").build(work);
    Path b = validRole("dup-b", "staff-director").build(work);
    Path plugins = pluginsWith(a, b);
    for (String plugin : List.of("dup-a", "dup-b")) {
      String other = plugin.equals("dup-a") ? "dup-b" : "dup-a";
      assertFaultReported(plugins, plugin, "plugin " + plugin + " \\(" + plugin + "\\.jar\\): "
          + "claims role id 'staff-director', as does plugin " + other + "; remove or disable "
          + "all but one of them");
    }
    assertPacketFails(plugins, "staff-director", 7, "kit: role 'staff-director' is unavailable: "
        + "plugin dup-a claims role id 'staff-director', as does plugin dup-b; remove or disable "
        + "all but one of them");
  }

  @Test
  void invalidBlueprintNamesThePathInsideTheJarWithLineAndColumn() throws IOException {
    String yaml = blueprint("bad-blueprint").replaceFirst("(?m)^level: director$",
        "level: director\nlevel: [unclosed");
    Path jar = PluginJar.withId("bad-blueprint")
        .source("com.example.BadBlueprint", extension("BadBlueprint", "bad-blueprint"))
        .resource("bad-blueprint/role.yaml", yaml)
        .build(work);
    Path plugins = pluginsWith(jar);
    assertFaultReported(plugins, "bad-blueprint",
        "plugin bad-blueprint \\(bad-blueprint\\.jar\\): "
            + "bad-blueprint\\.jar!/bad-blueprint/role\\.yaml:\\d+:\\d+: .+");
    assertPacketFails(plugins, "bad-blueprint", 3,
        "bad-blueprint\\.jar!/bad-blueprint/role\\.yaml:\\d+:\\d+: .+");
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * {@code roles} exits 0 and lists the built-in roles as ready; the faulty plugin is in the table
   * and a warning line names it with the reason; {@code packet} for a built-in role still works.
   */
  static void assertFaultReported(Path plugins, String pluginId, String warning)
      throws IOException {
    Kit roles = Kit.run("roles", "--plugins-only", plugins.toString(), "--banks", Kit.BANKS.toString());
    assertEquals(0, roles.exitCode(), roles.err());
    for (String id : BUILT_IN) {
      assertTrue(roles.out().lines().anyMatch(l -> l.startsWith(id + " ")
          && l.matches(".* " + Pattern.quote(id) + " +1\\.0\\.0 +ready")),
          id + ":\n" + roles.out());
    }
    assertTrue(roles.out().lines().anyMatch(l -> l.matches(".* " + Pattern.quote(pluginId)
        + " +\\S+ +(FAILED|DISABLED|STARTED|UNREADABLE|CREATED|RESOLVED)")),
        "the faulty plugin is not in the table:\n" + roles.out());
    Pattern line = Pattern.compile("kit: warning: " + warning);
    assertTrue(roles.err().lines().anyMatch(l -> line.matcher(l).matches()),
        "expected a warning matching\n  " + line + "\ngot:\n" + roles.err());
    assertNoTrace(roles.err());

    Path out = plugins.resolveSibling("out-" + pluginId);
    Kit packet = Kit.run("packet", "--role", "director-of-engineering", "--candidate", "Jane Doe",
        "--date", "2026-12-03", "--format", "pdf", "--plugins-only", plugins.toString(), "--banks",
        Kit.BANKS.toString(), "--out", out.toString());
    assertEquals(0, packet.exitCode(), packet.err());
    assertFalse(packet.paths().isEmpty(), "nothing written");
    for (Path p : packet.paths()) {
      assertTrue(Files.size(p) > 0, p.toString());
    }
    Path overview = packet.paths().stream().filter(p -> p.endsWith("00-overview.pdf"))
        .findFirst().orElseThrow(() -> new AssertionError("no overview: " + packet.out()));
    assertTrue(DirectorLoopTest.pdfText(overview).contains("Jane Doe"), overview.toString());
  }

  /** Exactly one line of {@code err} names {@code plugin ID}. */
  static void assertOneLineNames(String err, String pluginId) {
    assertEquals(1, err.lines().filter(l -> l.contains("plugin " + pluginId + " ")).count(), err);
  }

  /** {@code packet --role ROLE} fails with one line, the exit code, and writes nothing. */
  static void assertPacketFails(Path plugins, String role, int code, String message) {
    Path out = plugins.resolveSibling("refused-" + role);
    Kit packet = Kit.run("packet", "--role", role, "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--plugins-only", plugins.toString(), "--banks", Kit.BANKS.toString(), "--out",
        out.toString());
    assertEquals(code, packet.exitCode(), packet.err());
    assertEquals(1, packet.err().lines().count(), packet.err());
    assertTrue(packet.err().strip().matches(message), "expected\n  " + message + "\ngot\n  "
        + packet.err());
    assertNoTrace(packet.err());
    assertFalse(Files.exists(out), "a refused run wrote output");
  }

  static void assertNoTrace(String err) {
    assertFalse(err.contains("\tat ") || err.contains("Exception in thread")
        || err.contains("Caused by:"), err);
  }

  /** A fresh plugins folder: the four built-in jars and the given ones. */
  private Path pluginsWith(Path... jars) throws IOException {
    return pluginsIn(work, jars);
  }

  static Path pluginsIn(Path work, Path... jars) throws IOException {
    Path plugins = Files.createDirectories(work.resolve("plugins"));
    List<Path> all = new ArrayList<>(PluginJar.jarsIn(Kit.PLUGINS));
    for (String id : BUILT_IN) {
      assertTrue(all.contains(Kit.PLUGINS.resolve(id + ".jar")), id + ".jar is not installed");
    }
    all.addAll(List.of(jars));
    for (Path jar : all) {
      Files.copy(jar, plugins.resolve(jar.getFileName()));
    }
    return plugins;
  }

  /** A well-formed role plugin: the director blueprint under another role id. */
  static PluginJar validRole(String pluginId, String roleId) throws IOException {
    String cls = "Role" + Math.abs(pluginId.hashCode());
    return PluginJar.withId(pluginId)
        .source("com.example." + cls, extension(cls, pluginId))
        .resource(pluginId + "/role.yaml", blueprint(roleId));
  }

  static String extension(String cls, String folder) {
    return """
        package com.example;

        import dev.interviewkit.api.KitResource;
        import dev.interviewkit.api.RoleKit;
        import org.pf4j.Extension;

        @Extension
        public final class %s implements RoleKit {
          @Override
          public KitResource blueprint() {
            return KitResource.of(%s.class, "%s/role.yaml");
          }
        }
        """.formatted(cls, cls, folder);
  }

  /** The installed director blueprint with another role id and title. */
  static String blueprint(String roleId) throws IOException {
    try (JarFile jar = new JarFile(Kit.PLUGINS.resolve("director-of-engineering.jar").toFile())) {
      String yaml = new String(jar.getInputStream(jar.getEntry(
          "director-of-engineering/role.yaml")).readAllBytes(), StandardCharsets.UTF_8);
      return yaml.replaceFirst("(?m)^role: director-of-engineering$", "role: " + roleId)
          .replaceFirst("(?m)^title: Director of Engineering$", "title: Test " + roleId);
    }
  }
}
