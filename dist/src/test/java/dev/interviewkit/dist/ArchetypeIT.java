package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interviewkit.install.UserPlugins;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin SDK as a plugin author uses it: the SDK artifacts put into a Maven repository of
 * their own (as 'mvn install' lays them out), a role plugin generated from the archetype into an
 * empty folder, built there with a plain 'mvn package' (its own test included), installed with
 * 'kit plugins install' and listed beside the four built-in roles. Every other artifact comes
 * from this build's Maven repository, read as a mirror, so nothing is downloaded or written there.
 */
class ArchetypeIT {

  private static final Path REPO_ROOT = Path.of(System.getProperty("interviewkit.repo"));
  private static final Path WORK = Path.of(System.getProperty("archetype.work"));
  private static final String VERSION = "1.0.0";
  private static final List<String> BUILT_IN =
      List.of("cto", "director-of-engineering", "engineering-manager", "vp-of-engineering");

  @Test
  void aPluginGeneratedFromTheArchetypeBuildsInstallsAndIsListedBesideTheBuiltInRoles()
      throws Exception {
    Path mvn = onPath("mvn");
    assumeTrue(mvn != null, "Maven is not on PATH");
    delete(WORK);
    Path repo = seedRepository(WORK.resolve("repo"));
    Path settings = Files.writeString(WORK.resolve("settings.xml"), """
        <settings>
          <mirrors>
            <mirror><id>seed</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
          </mirrors>
        </settings>
        """.formatted(Path.of(System.getProperty("maven.seed.repo")).toUri()));
    List<String> maven = List.of(mvn.toString(), "-B", "-s", settings.toString(),
        "-Dmaven.repo.local=" + repo);

    Path projects = Files.createDirectories(WORK.resolve("projects"));
    List<String> generate = new ArrayList<>(maven);
    generate.addAll(List.of("org.apache.maven.plugins:maven-archetype-plugin:"
            + System.getProperty("archetype.version") + ":generate",
        "-DarchetypeGroupId=dev.interviewkit", "-DarchetypeArtifactId=interview-kit-role-archetype",
        "-DarchetypeVersion=" + VERSION, "-DarchetypeCatalog=local", "-DinteractiveMode=false",
        "-DgroupId=com.example.interviews", "-DartifactId=staff-engineer", "-Dversion=0.1.0",
        "-Dpackage=com.example.interviews.staff", "-DroleTitle=Staff Engineer"));
    run(projects, generate, "generate");
    Path project = projects.resolve("staff-engineer");
    for (String file : List.of("pom.xml", "README.md", "src/main/resources/staff-engineer/role.yaml",
        "src/main/resources/staff-engineer/banks/staff-engineer-core.yaml",
        "src/main/java/com/example/interviews/staff/Role.java",
        "src/test/java/com/example/interviews/staff/RoleTest.java")) {
      assertTrue(Files.isRegularFile(project.resolve(file)), file + " was not generated");
    }
    String pom = Files.readString(project.resolve("pom.xml"));
    assertTrue(pom.contains("<artifactId>interview-kit-plugin-parent</artifactId>"), pom);
    assertTrue(pom.length() < 1500, "the generated POM is short: " + pom.length() + " chars");

    List<String> build = new ArrayList<>(maven);
    build.add("package");
    String log = run(project, build, "package");
    assertTrue(log.contains("Tests run: 2, Failures: 0, Errors: 0"), "its own test ran");
    Path jar = project.resolve("target/staff-engineer-0.1.0.jar");
    assertTrue(Files.isRegularFile(jar));

    Path user = WORK.resolve("user-plugins");
    System.setProperty(UserPlugins.PROPERTY, user.toString());
    try {
      Kit install = Kit.run("plugins", "install", jar.toString(), "--banks", Kit.BANKS.toString());
      assertEquals(0, install.exitCode(), install.err());
      Kit roles = Kit.run("roles", "--banks", Kit.BANKS.toString());
      assertEquals(0, roles.exitCode(), roles.err());
      assertEquals("", roles.err());
      assertTrue(roles.out().lines().anyMatch(l -> l.matches(
          "staff-engineer +Staff Engineer +staff-engineer +0\\.1\\.0 +ready")), roles.out());
      for (String id : BUILT_IN) {
        assertTrue(roles.out().lines().anyMatch(l -> l.startsWith(id + " ")
            && l.endsWith("ready")), roles.out());
      }
      Kit validate = Kit.run("validate", "--banks", Kit.BANKS.toString());
      assertEquals(0, validate.exitCode(), validate.err());
      assertTrue(validate.out().startsWith("ok: 11 bank files and 5 role blueprints"),
          validate.out());
    } finally {
      System.clearProperty(UserPlugins.PROPERTY);
    }
  }

  /**
   * The SDK artifacts in the layout 'mvn install' writes: the parent POM, the contract, the host
   * (for the generated test), the plugin parent and the archetype.
   */
  private static Path seedRepository(Path repo) throws IOException {
    String group = "dev/interviewkit/";
    put(repo, group, "interview-kit-parent", "pom", REPO_ROOT.resolve("pom.xml"));
    put(repo, group, "interview-kit-plugin-parent", "pom",
        REPO_ROOT.resolve("sdk/plugin-parent/pom.xml"));
    for (String[] module : new String[][] {{"host/api", "interview-kit-api"},
        {"host/app", "interview-kit-app"}, {"sdk/archetype", "interview-kit-role-archetype"}}) {
      Path dir = REPO_ROOT.resolve(module[0]);
      put(repo, group, module[1], "pom", dir.resolve("pom.xml"));
      Path jar = dir.resolve("target/" + module[1] + "-" + VERSION + ".jar");
      assertTrue(Files.isRegularFile(jar), jar + " is not built");
      put(repo, group, module[1], "jar", jar);
    }
    return repo;
  }

  private static void put(Path repo, String group, String artifact, String ext, Path file)
      throws IOException {
    Path dir = Files.createDirectories(repo.resolve(group + artifact + "/" + VERSION));
    Files.copy(file, dir.resolve(artifact + "-" + VERSION + "." + ext),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Runs a command in {@code dir}, its output in a log file; returns the output. */
  private static String run(Path dir, List<String> command, String name) throws Exception {
    Path log = WORK.resolve(name + ".log");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File(
            "/dev/null"))).start();
    boolean ended = p.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(ended && p.exitValue() == 0, name + " failed; see " + log + ":\n"
        + output.lines().filter(l -> l.contains("ERROR")).limit(20)
            .reduce("", (a, b) -> a + b + "\n"));
    return output;
  }

  private static Path onPath(String tool) {
    String path = System.getenv("PATH");
    return path == null ? null : Stream.of(path.split(File.pathSeparator))
        .map(d -> Path.of(d, tool)).filter(Files::isExecutable).findFirst().orElse(null);
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
