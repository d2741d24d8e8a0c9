package dev.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.role.BlueprintParser;
import dev.interviewkit.role.RoleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kit new-role} against a minimal copy of the repository layout. */
class NewRoleCommandTest {

  private static final String PLUGINS_POM = """
      <project>
        <modules>
          <module>x</module>
          <!-- new-role inserts modules above this line -->
        </modules>
      </project>
      """;

  private static final String DIST_POM = """
      <project>
        <dependencies>
          <dependency>
            <groupId>dev.interviewkit.plugins</groupId>
            <artifactId>x</artifactId>
            <version>${project.version}</version>
            <scope>provided</scope>
          </dependency>
          <!-- new-role inserts dependencies above this line -->

          <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter</artifactId>
            <scope>test</scope>
          </dependency>
        </dependencies>
      </project>
      """;

  /** A parseable blueprint with a comment after the id and a title folded over two lines. */
  private static final String X_BLUEPRINT = """
      # The X loop.
      role: x            # the id users pass to --role
      title: >
        Head of
        X
      level: vp
      brief:
        summary: >
          Runs X.
        scope:
          - All of X.
        reports_to: CTO
        horizon: A year.
        differs_from_below: >
          Below runs part of X.
        differs_from_above: >
          Above runs everything.
        loop_must_find:
          - Has run X.
      competencies:
        - delivery-predictability
      rounds:
        - id: one
          title: One
          interviewer: A peer
          minutes: 60
          competencies: [delivery-predictability]
          draw:
            - bank: delivery-execution
              count: 1
        - id: two
          title: Two
          interviewer: A report
          minutes: 60
          competencies: [delivery-predictability]
          draw:
            - bank: delivery-execution
              count: 1
        - id: three
          title: Three
          interviewer: The hiring manager
          minutes: 60
          competencies: [delivery-predictability]
          draw:
            - bank: delivery-execution
              count: 1
      """;

  @TempDir Path repo;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private String savedRepo;

  @BeforeEach
  void layout() throws IOException {
    write(repo.resolve("plugins/pom.xml"), PLUGINS_POM);
    write(repo.resolve("dist/pom.xml"), DIST_POM);
    write(repo.resolve("plugins/x/src/main/resources/x/role.yaml"), X_BLUEPRINT);
    savedRepo = System.getProperty(NewRoleCommand.REPO_PROPERTY);
    System.setProperty(NewRoleCommand.REPO_PROPERTY, repo.toString());
  }

  @AfterEach
  void restoreProperty() {
    if (savedRepo == null) {
      System.clearProperty(NewRoleCommand.REPO_PROPERTY);
    } else {
      System.setProperty(NewRoleCommand.REPO_PROPERTY, savedRepo);
    }
  }

  @Test
  void copiesTheBlueprintAndRegistersTheModule() throws IOException {
    int code = kit("new-role", "staff-engineer", "--title", "Staff Engineer", "--from", "x");

    assertEquals(ExitCode.OK, code, err.toString());
    assertEquals("", err.toString());
    Path module = repo.resolve("plugins/staff-engineer");
    Path yaml = module.resolve("src/main/resources/staff-engineer/role.yaml");
    Path java = module.resolve(
        "src/main/java/dev/interviewkit/roles/staffengineer/StaffEngineer.java");
    assertTrue(Files.isRegularFile(module.resolve("pom.xml")));
    assertTrue(Files.isRegularFile(java));

    String copied = Files.readString(yaml);
    assertEquals(X_BLUEPRINT.replace("role: x            # the id users pass to --role",
        "role: staff-engineer").replace("title: >\n  Head of\n  X\n", "title: Staff Engineer\n"),
        copied, "only the id and the title change");
    RoleDefinition role = parse(yaml);
    assertEquals("staff-engineer", role.id());
    assertEquals("Staff Engineer", role.title());

    String pom = Files.readString(module.resolve("pom.xml"));
    assertTrue(pom.contains("<artifactId>interview-kit-plugins</artifactId>"), pom);
    assertTrue(pom.contains("<artifactId>staff-engineer</artifactId>"), pom);
    assertTrue(pom.contains("<name>Staff Engineer</name>"), pom);

    assertEquals(PLUGINS_POM.replace("    <!-- new-role",
        "    <module>staff-engineer</module>\n    <!-- new-role"),
        Files.readString(repo.resolve("plugins/pom.xml")));
    assertEquals(DIST_POM.replace("    <!-- new-role inserts", ""
        + "    <dependency>\n"
        + "      <groupId>dev.interviewkit.plugins</groupId>\n"
        + "      <artifactId>staff-engineer</artifactId>\n"
        + "      <version>${project.version}</version>\n"
        + "      <scope>provided</scope>\n"
        + "    </dependency>\n"
        + "    <!-- new-role inserts"),
        Files.readString(repo.resolve("dist/pom.xml")));

    String printed = out.toString();
    assertTrue(printed.contains("created plugins/staff-engineer/pom.xml"), printed);
    assertTrue(printed.contains("created plugins/staff-engineer/src/main/java/dev/interviewkit/"
        + "roles/staffengineer/StaffEngineer.java"), printed);
    assertTrue(printed.contains(
        "created plugins/staff-engineer/src/main/resources/staff-engineer/role.yaml"), printed);
    assertTrue(printed.contains("./kit roles"), printed);
  }

  @Test
  void theExtensionClassCompilesAndIsIndexed(@TempDir Path classes) throws IOException {
    assertEquals(ExitCode.OK, kit("new-role", "staff-engineer", "--title", "Staff Engineer"));
    Path java = repo.resolve("plugins/staff-engineer/src/main/java/dev/interviewkit/roles/"
        + "staffengineer/StaffEngineer.java");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    String classPath = System.getProperty("java.class.path");
    boolean ok = javac.getTask(diagnostics, null, null, List.of("-d", classes.toString(),
        "-classpath", classPath, "-processorpath", classPath,
        "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor", "-Xlint:all,-processing",
        "-Werror"), null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
        .getJavaFileObjects(java.toFile())).call();

    assertTrue(ok, diagnostics.toString());
    assertEquals("dev.interviewkit.roles.staffengineer.StaffEngineer",
        Files.readString(classes.resolve("META-INF/extensions.idx")).lines()
            .filter(l -> !l.startsWith("#")).findFirst().orElse(""));
  }

  @Test
  void theStarterBlueprintIsADirectorLoopThatValidatesAgainstTheSharedBanks() throws IOException {
    assertEquals(ExitCode.OK, kit("new-role", "head-of-platform", "--title", "Head of Platform"),
        err.toString());

    RoleDefinition role = parse(repo.resolve(
        "plugins/head-of-platform/src/main/resources/head-of-platform/role.yaml"));
    assertEquals("head-of-platform", role.id());
    assertEquals("Head of Platform", role.title());
    assertEquals("director", role.level().id());

    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BankCatalog.load(
        BankCatalog.folder(sharedBanks(), "question-banks"), problems);
    problems.addAll(BlueprintChecker.check(role, catalog));
    assertEquals(List.of(), problems);
    BlueprintChecker.coverage(role).forEach((competency, rounds) ->
        assertTrue(rounds.size() >= 2, competency + " is scored in " + rounds));
  }

  @Test
  void titlesThatYamlWouldMisreadAreQuoted() throws IOException {
    for (String title : List.of("VP: Platform #1", "No", "\"Chief\" Architect", "10x Lead")) {
      String id = "r" + Integer.toHexString(title.hashCode() & 0xffff);
      assertEquals(ExitCode.OK, kit("new-role", id, "--title", title, "--from", "x"),
          err.toString());
      RoleDefinition role = parse(repo.resolve(
          "plugins/" + id + "/src/main/resources/" + id + "/role.yaml"));
      assertEquals(title, role.title());
    }
  }

  @Test
  void namesStayLegalJava() {
    assertEquals("StaffEngineer", NewRoleCommand.className("staff-engineer"));
    assertEquals("Role2ndLine", NewRoleCommand.className("2nd-line"));
    assertEquals("OverrideRole", NewRoleCommand.className("override"));
    assertEquals("RoleKitRole", NewRoleCommand.className("role-kit"));
    assertEquals("dev.interviewkit.roles.staffengineer",
        NewRoleCommand.packageName("staff-engineer"));
    assertEquals("dev.interviewkit.roles.role2ndline", NewRoleCommand.packageName("2nd-line"));
    assertEquals("dev.interviewkit.roles.rolenew", NewRoleCommand.packageName("new"));
  }

  @Test
  void anInvalidIdIsAUsageError() throws IOException {
    Map<Path, String> before = snapshot();
    assertEquals(ExitCode.USAGE, kit("new-role", "Staff_Engineer", "--title", "Staff Engineer"));
    assertOneLine("invalid role id 'Staff_Engineer'");
    assertEquals(before, snapshot());
  }

  @Test
  void anExistingModuleIsNeverOverwritten() throws IOException {
    Map<Path, String> before = snapshot();
    assertEquals(ExitCode.OUTPUT, kit("new-role", "x", "--title", "X"));
    assertOneLine("plugins/x already exists");
    assertEquals(before, snapshot());
  }

  @Test
  void anUnknownSourceRoleNamesTheKnownOnes() throws IOException {
    Map<Path, String> before = snapshot();
    assertEquals(ExitCode.UNKNOWN_ROLE,
        kit("new-role", "staff-engineer", "--title", "Staff Engineer", "--from", "cfo"));
    assertOneLine("unknown role 'cfo' for --from");
    assertTrue(err.toString().contains("roles in plugins/: x"), err.toString());
    assertEquals(before, snapshot());
  }

  @Test
  void aMissingMarkerChangesNothing() throws IOException {
    write(repo.resolve("dist/pom.xml"), "<project/>\n");
    Map<Path, String> before = snapshot();
    assertEquals(ExitCode.BAD_INPUT, kit("new-role", "staff-engineer", "--title", "Staff"));
    assertOneLine("dist/pom.xml has no '<!-- new-role inserts dependencies above this line -->'");
    assertEquals(before, snapshot());
  }

  @Test
  void withoutTheRepoPropertyItSaysHowToRunIt() {
    System.clearProperty(NewRoleCommand.REPO_PROPERTY);
    assertEquals(ExitCode.USAGE, kit("new-role", "staff-engineer", "--title", "Staff Engineer"));
    assertOneLine("interviewkit.repo is not set");
  }

  @Test
  void theTitleIsRequired() {
    assertEquals(ExitCode.USAGE, kit("new-role", "staff-engineer"));
    assertTrue(err.toString().contains("--title"), err.toString());
  }

  private int kit(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private void assertOneLine(String expected) {
    String text = err.toString();
    assertEquals(1, text.lines().count(), text);
    assertTrue(text.startsWith("kit: ") && text.contains(expected), text);
    assertFalse(out.toString().contains("created"), out.toString());
  }

  private static RoleDefinition parse(Path yaml) throws IOException {
    try (InputStream in = Files.newInputStream(yaml)) {
      return BlueprintParser.parse(yaml.toString(), in);
    }
  }

  /** The repository's own banks: host/app is two levels below the root. */
  private static Path sharedBanks() {
    Path banks = Path.of("").toAbsolutePath().resolve("../../question-banks").normalize();
    assertTrue(Files.isDirectory(banks), banks + " is missing");
    return banks;
  }

  private Map<Path, String> snapshot() throws IOException {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(repo)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(repo.relativize(p), Files.readString(p));
      }
    }
    return files;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
