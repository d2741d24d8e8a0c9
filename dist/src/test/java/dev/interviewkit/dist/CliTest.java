package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the CLI, run against the assembled installation. */
class CliTest {

  @TempDir Path tmp;

  static Kit kit(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--plugins";
    all[args.length + 1] = Kit.PLUGINS.toString();
    all[args.length + 2] = "--banks";
    all[args.length + 3] = Kit.BANKS.toString();
    return Kit.run(all);
  }

  @Test
  void listsTheFourRoles() {
    Kit r = kit("roles");
    assertEquals(0, r.exitCode(), r.err());
    for (String id : new String[] {"engineering-manager", "director-of-engineering",
        "vp-of-engineering", "cto"}) {
      assertTrue(r.out().contains(id), "missing role " + id + ":\n" + r.out());
    }
    assertFalse(r.out().contains("FAILED"), r.out());
  }

  @Test
  void validatesTheShippedBanksAndBlueprintsCleanly() {
    Kit r = kit("validate");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("ok: "), r.out());
  }

  @Test
  void generatesAndValidatesEveryRolesLoop() {
    for (String role : new String[] {"engineering-manager", "director-of-engineering",
        "vp-of-engineering", "cto"}) {
      Kit r = kit("packet", "--role", role, "--candidate", "Jane Doe", "--date", "2026-12-03",
          "--format", "pdf", "--out", tmp.toString());
      assertEquals(0, r.exitCode(), role + ": " + r.err());
      assertTrue(r.err().isEmpty(), role + " printed: " + r.err());
    }
  }

  @Test
  void unknownRoleListsTheInstalledOnes() {
    Kit r = kit("packet", "--role", "head-chef", "--candidate", "Jane Doe", "--out",
        tmp.toString());
    assertEquals(4, r.exitCode());
    // The built-in roles are listed, in order; a role added with 'kit new-role' may be among them.
    assertTrue(r.err().strip().matches("kit: unknown role 'head-chef'; installed roles: "
        + "[a-z0-9, -]*"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertInstalledRolesListed(r.err());
  }

  /** {@code text} lists the four built-in roles after "installed roles: ", sorted. */
  static void assertInstalledRolesListed(String text) {
    int at = text.indexOf("installed roles: ");
    assertTrue(at >= 0, text);
    List<String> listed = List.of(text.substring(at + "installed roles: ".length()).strip()
        .split("[;\\n]")[0].split(", "));
    assertTrue(listed.containsAll(PluginFaultsTest.BUILT_IN), text);
    assertEquals(listed.stream().sorted().toList(), listed, text);
  }

  @Test
  void unknownFormatListsTheAvailableOnes() {
    Kit r = kit("packet", "--role", "cto", "--candidate", "Jane Doe", "--format", "pdf,odt",
        "--out", tmp.toString());
    assertEquals(5, r.exitCode());
    assertEquals("kit: unknown format 'odt'; available: docx, pdf", r.err().strip());
  }

  @Test
  void unwritableOutputFolderIsOneLineAndWritesNothing() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
    Kit r = kit("packet", "--role", "cto", "--candidate", "Jane Doe", "--out",
        blocker.resolve("sub").toString());
    assertEquals(6, r.exitCode());
    assertTrue(r.err().startsWith("kit: cannot create folder "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void badBankNamesFileLineAndColumn() throws IOException {
    Path banks = Files.createDirectories(tmp.resolve("banks"));
    try (var files = Files.list(Kit.BANKS)) {
      for (Path f : files.toList()) {
        Files.copy(f, banks.resolve(f.getFileName()));
      }
    }
    Path org = banks.resolve("org-design.yaml");
    Files.writeString(org, Files.readString(org).replaceFirst("follow_ups:", "folow_ups:"));
    Kit r = Kit.run("validate", org.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().lines().anyMatch(l -> l.matches(
        ".*org-design\\.yaml:\\d+:\\d+: unknown key 'folow_ups' \\(did you mean 'follow_ups'\\?\\)")),
        r.err());
    Kit packet = Kit.run("packet", "--role", "director-of-engineering", "--candidate", "Jane Doe",
        "--banks", banks.toString(), "--plugins", Kit.PLUGINS.toString(), "--out",
        tmp.resolve("out").toString());
    assertEquals(3, packet.exitCode());
    assertFalse(Files.exists(tmp.resolve("out")), "a failed run wrote output");
  }

  @Test
  void unprintableCandidateNameIsRefusedByNameAndWritesNothing() {
    Kit r = kit("packet", "--role", "cto", "--candidate", "Jane \uD800\uDC00", "--out",
        tmp.resolve("out").toString());
    assertEquals(8, r.exitCode(), r.err());
    assertTrue(r.err().contains("U+10000"), r.err());
    assertTrue(r.err().contains("add a font file that has it to 'fonts:' in kit.yaml"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(Files.exists(tmp.resolve("out")), "a failed run wrote output");
  }

  @Test
  void pathLikeNamesStayInsideTheOutputFolder() {
    Kit r = kit("scorecards", "--role", "cto", "--candidate", "../../etc/CON", "--date",
        "2026-12-03", "--format", "pdf", "--out", tmp.toString());
    assertEquals(0, r.exitCode(), r.err());
    for (Path p : r.paths()) {
      assertTrue(p.normalize().startsWith(tmp), p + " escapes the output folder");
    }
  }

  @Test
  void workbenchWithoutADisplaySaysSoInOneLineAndExitsTen() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dinterviewkit.home=" + Kit.HOME, "-Dinterviewkit.config=" + tmp.resolve("config"),
        "-cp", Kit.HOME.resolve("lib") + "/*", "dev.interviewkit.cli.Main", "workbench",
        "--banks", Kit.BANKS.toString());
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    String err = new String(p.getErrorStream().readAllBytes());
    assertEquals(10, p.waitFor(), err);
    assertEquals("", out);
    assertEquals(1, err.strip().lines().count(), err);
    assertTrue(err.startsWith("kit: no display (DISPLAY is not set)"), err);
  }

  @Test
  void usageErrorsExitTwoWithoutATrace() {
    Kit r = kit("packet", "--candidate", "Jane Doe");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--role"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }
}
