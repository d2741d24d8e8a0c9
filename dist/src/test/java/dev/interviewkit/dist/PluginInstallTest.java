package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.install.UserPlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kit plugins install} with real plugin jars built in the test: the user plugins folder
 * (outside the installation), loaded beside the built-in plugins; jars refused in one line; a
 * duplicate jar and a disabled role reported in plain words.
 */
class PluginInstallTest {

  private static final List<String> BUILT_IN =
      List.of("cto", "director-of-engineering", "engineering-manager", "vp-of-engineering");

  @TempDir Path work;
  private Path user;

  @BeforeEach
  void ownFolders() {
    user = work.resolve("data/interview-kit/plugins");
    System.setProperty(UserPlugins.PROPERTY, user.toString());
    System.setProperty("interviewkit.config", work.resolve("config").toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty(UserPlugins.PROPERTY);
    System.setProperty("interviewkit.config", Kit.HOME.getParent().resolve("kit-config")
        .toString());
  }

  private static Kit kit(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--banks", Kit.BANKS.toString()));
    return Kit.run(all.toArray(String[]::new));
  }

  private static boolean listed(Kit roles, String id) {
    return roles.out().lines().anyMatch(l -> l.matches(Pattern.quote(id) + " .* ready"));
  }

  @Test
  void anInstalledPluginIsListedBesideTheBuiltInRolesAndLivesOutsideTheInstallation()
      throws IOException {
    Path jar = ExternalRolePluginTest.principalEngineer(work);
    Kit install = kit("plugins", "install", jar.toString());
    assertEquals(0, install.exitCode(), install.err());
    assertEquals("installed plugin principal-engineer 1.0.0 (role principal-engineer) as "
        + user.resolve("principal-engineer.jar"), install.out().strip());
    assertTrue(Files.isRegularFile(user.resolve("principal-engineer.jar")));
    assertFalse(user.startsWith(Kit.HOME), "a rebuild of the installation cannot remove it");
    try (var files = Files.list(user)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }

    Kit roles = kit("roles");
    assertEquals(0, roles.exitCode(), roles.err());
    assertEquals("", roles.err());
    assertTrue(listed(roles, "principal-engineer"), roles.out());
    BUILT_IN.forEach(id -> assertTrue(listed(roles, id), roles.out()));
    Kit plugins = kit("plugins");
    assertTrue(plugins.out().contains("user: principal-engineer.jar"), plugins.out());

    Kit again = kit("plugins", "install", jar.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("replacing principal-engineer.jar"), again.out());

    Kit gone = kit("plugins", "uninstall", "principal-engineer");
    assertEquals(0, gone.exitCode(), gone.err());
    assertFalse(listed(kit("roles"), "principal-engineer"));
  }

  @Test
  void pluginsOptionAddsAFolderToTheBuiltInPlugins() throws IOException {
    Path extra = Files.createDirectories(work.resolve("extra"));
    Files.copy(ExternalRolePluginTest.principalEngineer(work),
        extra.resolve("principal-engineer.jar"));
    Kit roles = kit("roles", "--plugins", extra.toString());
    assertEquals(0, roles.exitCode(), roles.err());
    assertTrue(listed(roles, "principal-engineer"), roles.out());
    BUILT_IN.forEach(id -> assertTrue(listed(roles, id), roles.out()));
    Kit same = kit("roles", "--plugins", Kit.PLUGINS.toString());
    assertEquals("", same.err(), "the installation's folder given again is loaded once");
  }

  @Test
  void jarsThatWouldNotWorkAreRefusedInOneLineAndNothingIsCopied() throws IOException {
    String blueprint = Files.readString(Path.of(System.getProperty("interviewkit.repo"))
        .resolve("plugins/cto/src/main/resources/cto/role.yaml"));
    String kitClass = """
        package com.example;
        import dev.interviewkit.api.KitResource;
        import dev.interviewkit.api.RoleKit;
        import java.util.List;
        @org.pf4j.Extension
        public final class Other implements RoleKit {
          public KitResource blueprint() { return KitResource.of(Other.class, "x/role.yaml"); }
          public List<KitResource> banks() { return List.of(); }
        }
        """;
    record Case(PluginJar jar, String why) {}
    List<Case> cases = List.of(
        new Case(PluginJar.withId("no-descriptor").withoutDescriptor()
            .source("com.example.Other", kitClass),
            "no-descriptor.jar has no plugin descriptor (no Plugin-Id in META-INF/MANIFEST.MF "
                + "and no plugin.properties)"),
        new Case(PluginJar.withId("no-index").source("com.example.Other", kitClass)
            .withoutExtensionIndex(),
            "no-index.jar has no extension index (META-INF/extensions.idx), so it contributes "
                + "nothing; name pf4j in the compiler's annotationProcessorPaths"),
        new Case(PluginJar.withId("too-new").source("com.example.Other", kitClass)
            .descriptor("Plugin-Requires", ">=2.0.0"),
            "too-new.jar requires host version '>=2.0.0', but this host is 1.0.0"),
        new Case(PluginJar.withId("second-cto").source("com.example.Other", kitClass)
            .resource("x/role.yaml", blueprint),
            "second-cto.jar provides role 'cto', which plugin cto already provides; give the "
                + "role another id"),
        new Case(PluginJar.withId("cto").source("com.example.Other", kitClass),
            "cto.jar has plugin id 'cto', which cto.jar (in " + Kit.PLUGINS + ") already has; "
                + "a plugin cannot replace one outside the user plugins folder"));
    for (Case c : cases) {
      Path jar = c.jar().build(work.resolve(c.why().substring(0, 6)));
      Kit r = kit("plugins", "install", jar.toString());
      assertEquals(7, r.exitCode(), r.err());
      assertEquals("kit: not installed: " + c.why(), r.err().strip());
      assertFalse(Files.exists(user) && Files.list(user).findAny().isPresent(), c.why());
    }
    Path notAJar = Files.writeString(work.resolve("notes.jar"), "hello");
    Kit r = kit("plugins", "install", notAJar.toString());
    assertEquals(7, r.exitCode());
    assertTrue(r.err().startsWith("kit: not installed: notes.jar is not a jar"), r.err());
  }

  @Test
  void aDuplicatePluginJarIsOneLineNamingBothFiles() throws IOException {
    Path jar = ExternalRolePluginTest.principalEngineer(work);
    assertEquals(0, kit("plugins", "install", jar.toString()).exitCode());
    Path extra = Files.createDirectories(work.resolve("extra"));
    Files.copy(jar, extra.resolve("pe-copy.jar"));
    Kit roles = kit("roles", "--plugins", extra.toString());
    assertEquals(0, roles.exitCode(), roles.err());
    List<String> warnings = roles.err().lines().toList();
    assertEquals(1, warnings.size(), roles.err());
    String line = warnings.get(0);
    assertTrue(line.contains("pe-copy.jar") && line.contains("principal-engineer.jar")
        && line.contains("remove one of the two files"), line);
    assertFalse(line.contains("PluginAlreadyLoaded") || line.contains("Exception"), line);
  }

  @Test
  void aDisabledRoleIsReportedAsDisabledWithTheCommandToEnableIt() {
    assertEquals(0, kit("plugins", "disable", "cto").exitCode());
    Kit roles = kit("roles");
    assertTrue(roles.out().lines().anyMatch(l -> l.matches(
        "cto +\\(disabled: kit plugins enable cto\\) +cto +1\\.0\\.0 +DISABLED")), roles.out());
    Kit packet = kit("packet", "--role", "cto", "--candidate", "Ann Example", "--out",
        work.resolve("out").toString());
    assertEquals(7, packet.exitCode(), packet.err());
    assertEquals("kit: role 'cto' is disabled; enable it with 'kit plugins enable cto'",
        packet.err().strip());
    assertEquals(0, kit("plugins", "enable", "cto").exitCode());
    assertTrue(listed(kit("roles"), "cto"));
  }
}
