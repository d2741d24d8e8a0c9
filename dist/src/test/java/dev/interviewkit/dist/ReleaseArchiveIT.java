package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release archive as a user gets it: unpacked into an empty folder and run through bin/kit
 * with nothing but a Java runtime and a few POSIX tools on PATH (no Maven, no git, no source tree).
 */
class ReleaseArchiveIT {

  static final String BASE = System.getProperty("release.archive");
  static final String TOP = Path.of(BASE).getFileName().toString();
  /** What bin/kit may use besides java: POSIX tools only. */
  static final List<String> TOOLS = List.of("basename", "cat", "cksum", "cp", "dirname", "head",
      "ls", "mkdir", "mktemp", "mv", "readlink", "rm", "sed");

  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)");

  /** Under target/, not a JUnit temp folder: the tool links point outside it. */
  static final Path root = Path.of(System.getProperty("release.work"));
  static Path home;
  static Path path;

  @BeforeAll
  static void unpack() throws Exception {
    if (Files.exists(root)) {
      exec(root.getParent(), List.of("rm", "-rf", root.toString()), Map.of("PATH", "/usr/bin:/bin"));
    }
    Path tools = Files.createDirectories(root.resolve("path"));
    Files.createSymbolicLink(tools.resolve("java"),
        Path.of(System.getProperty("java.home"), "bin", "java"));
    for (String tool : TOOLS) {
      Path real = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool))
          .filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(tool));
      Files.createSymbolicLink(tools.resolve(tool), real);
    }
    path = tools;
    Path unpacked = Files.createDirectories(root.resolve("opt"));
    exec(unpacked, List.of("tar", "xzf", BASE + ".tar.gz"), Map.of("PATH", "/usr/bin:/bin"));
    home = unpacked.resolve(TOP);
  }

  @Test
  void holdsTheLauncherLibrariesPluginsBanksDocsAndLicences() throws IOException {
    for (String entry : List.of("bin/kit", "bin/kit.cmd", "bin/make-image", "LICENSE", "NOTICE",
        "README.md",
        "lib/interview-kit-app-1.0.0.jar", "lib/jasperreports-fonts-6.20.0.jar",
        "plugins/director-of-engineering.jar", "question-banks/systems-design.yaml",
        "docs/cli.md", "docs/installing.md", "licenses/DejaVu-fonts.txt")) {
      assertTrue(Files.isRegularFile(home.resolve(entry)), entry);
    }
    assertTrue(Files.isExecutable(home.resolve("bin/kit")));
    assertTrue(Files.isExecutable(home.resolve("bin/make-image")));
    assertTrue(Files.readString(home.resolve("bin/kit.cmd")).contains("\r\n"), "kit.cmd: CRLF");
    String notice = Files.readString(home.resolve("NOTICE"));
    try (Stream<Path> libs = Files.list(home.resolve("lib"))) {
      for (Path lib : libs.toList()) {
        String jar = lib.getFileName().toString();
        String name = jar.replaceFirst("-[0-9][^-]*\\.jar$", "");
        String version = jar.substring(name.length() + 1, jar.length() - ".jar".length());
        assertTrue(name.startsWith("interview-kit-") || notice.lines().anyMatch(
            l -> l.matches("\\S+:" + name + " +" + java.util.regex.Pattern.quote(version) + " .*")),
            "NOTICE does not list " + jar);
      }
    }
  }

  @Test
  void zipHoldsTheSameFilesAsTheTarball() throws Exception {
    Set<String> tar = new TreeSet<>(exec(root, List.of("tar", "tzf", BASE + ".tar.gz"),
        Map.of("PATH", "/usr/bin:/bin")).lines().filter(l -> !l.endsWith("/")).toList());
    Set<String> zip;
    try (ZipFile z = new ZipFile(BASE + ".zip")) {
      zip = z.stream().map(e -> e.getName()).filter(n -> !n.endsWith("/"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(tar, zip);
    assertTrue(tar.contains(TOP + "/bin/kit"), tar.toString());
  }

  @Test
  void listsTheFourRolesFromAnotherFolder() throws Exception {
    Path cwd = Files.createDirectories(root.resolve("elsewhere"));
    String out = exec(cwd, List.of(home.resolve("bin/kit").toString(), "roles"), env());
    for (String role : List.of("engineering-manager", "director-of-engineering",
        "vp-of-engineering", "cto")) {
      assertTrue(out.contains(role), out);
    }
  }

  @Test
  void writesADirectorLoopThroughASymlinkOnPath() throws Exception {
    Path bin = Files.createDirectories(root.resolve("user-bin"));
    Files.createSymbolicLink(bin.resolve("kit"), home.resolve("bin/kit"));
    Path cwd = Files.createDirectories(root.resolve("work"));
    Path out = root.resolve("packets");
    Map<String, String> env = new java.util.HashMap<>(env());
    env.put("PATH", bin + ":" + env.get("PATH"));
    String printed = exec(cwd, List.of("/bin/sh", "-c",
        "kit packet --role director-of-engineering --candidate 'Jane Doe' --out \"$1\"", "sh",
        out.toString()), env);
    List<Path> pdfs = printed.lines().filter(l -> l.endsWith(".pdf")).map(Path::of).toList();
    assertTrue(pdfs.size() >= 9, printed);
    for (Path pdf : pdfs) {
      assertTrue(pdf.startsWith(out), pdf.toString());
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertTrue(doc.getNumberOfPages() >= 1, pdf.toString());
        String text = new PDFTextStripper().getText(doc);
        if (pdf.getFileName().toString().equals("00-overview.pdf")) {
          assertTrue(text.contains("Jane Doe"), text);
          assertTrue(text.contains("Director of Engineering"), text);
        }
      }
    }
    assertTrue(pdfs.stream().anyMatch(p -> p.getFileName().toString().equals("00-overview.pdf")));
    assertTrue(Files.isRegularFile(home.resolve("cds/app.jsa")), "start-up archive built");
    try (Stream<Path> files = Files.list(cwd)) {
      assertEquals(List.of(), files.toList(), "nothing is written to the working folder");
    }
  }

  @Test
  void usesAnAheadOfTimeCacheOnJava24OrLaterWithoutWarnings() throws Exception {
    Path jdk = Path.of(System.getProperty("interviewkit.newJdk",
        "/usr/lib/jvm/temurin-25-jdk-amd64"));
    Path release = jdk.resolve("release");
    assumeTrue(Files.isRegularFile(release) && newerThan23(Files.readString(release)),
        "no Java 24+ runtime at " + jdk);
    Path unpacked = Files.createDirectories(root.resolve("opt-newer-jdk"));
    exec(unpacked, List.of("tar", "xzf", BASE + ".tar.gz"), Map.of("PATH", "/usr/bin:/bin"));
    Path newHome = unpacked.resolve(TOP);
    Map<String, String> env = new java.util.HashMap<>(env());
    env.put("JAVA_HOME", jdk.toString());
    for (int run = 1; run <= 2; run++) {
      Path out = root.resolve("newer-jdk-packets-" + run);
      Process p = start(root, List.of(newHome.resolve("bin/kit").toString(), "packet", "--role",
          "director-of-engineering", "--candidate", "Jane Doe", "--out", out.toString()), env);
      p.getOutputStream().close();
      String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(300, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), printed + err);
      List<String> said = err.lines().filter(l -> !l.isBlank()).toList();
      assertEquals(run == 1 ? List.of("kit: preparing the start-up cache (first run only) ...")
          : List.of(), said, "no JVM warning reaches the user");
      assertTrue(printed.lines().anyMatch(l -> l.endsWith("00-overview.pdf")), printed);
    }
    assertTrue(Files.isRegularFile(newHome.resolve("cds/app.aot")), "ahead-of-time cache built");
    assertTrue(Files.notExists(newHome.resolve("cds/app.jsa")), "not a class-data archive");
  }

  private static boolean newerThan23(String release) {
    return release.lines().filter(l -> l.startsWith("JAVA_VERSION=")).findFirst()
        .map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0])
        .map(m -> !m.isEmpty() && Integer.parseInt(m) >= 24).orElse(false);
  }

  @Test
  void refusesAMissingJavaInOneLine() throws Exception {
    Map<String, String> env = new java.util.HashMap<>(env());
    Path noJava = Files.createDirectories(root.resolve("no-java"));
    for (String tool : TOOLS) {
      Path link = noJava.resolve(tool);
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, Files.readSymbolicLink(path.resolve(tool)));
      }
    }
    env.put("PATH", noJava.toString());
    Process p = start(root, List.of(home.resolve("bin/kit").toString(), "roles"), env);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(70, p.exitValue(), err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("kit: no Java runtime"), err);
  }

  @Test
  /**
   * {@code bin/kit.cmd} cannot run here (no Windows): its Java command line is taken out of the
   * unpacked file, its variables put in as cmd.exe would, and run on each Java runtime at hand.
   * The options, main class and class path it names must start the kit, with no warning.
   */
  void theWindowsLaunchersJavaLineWritesALoopOnJava17AndTheNewerRuntimeWithoutWarnings()
      throws Exception {
    List<String> line = javaLine(Files.readString(home.resolve("bin/kit.cmd")));
    List<Path> runtimes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
    Path newer = Path.of(System.getProperty("interviewkit.newJdk",
        "/usr/lib/jvm/temurin-25-jdk-amd64"));
    if (Files.isExecutable(newer.resolve("bin/java"))) {
      runtimes.add(newer);
    }
    for (Path runtime : runtimes) {
      List<String> command = new ArrayList<>();
      for (String token : line) {
        String value = token.replace("%JAVA%", runtime.resolve("bin/java").toString())
            .replace("%KIT_HOME%", home.toString())
            .replace("%KIT_CONFIG%", root.resolve("cmd-config").toString())
            .replace("\\", "/");
        if (value.equals("%JAVA_OPTS%")) {
          continue;
        }
        if (value.equals("%*")) { // a recorded loop: the record's driver needs native access
          command.addAll(List.of("packet", "--role", "director-of-engineering", "--candidate",
              "Jane Doe", "--format", "pdf", "--out",
              root.resolve("cmd-packets-" + runtimes.indexOf(runtime)).toString()));
          continue;
        }
        assertTrue(!value.contains("%"), "a variable the test does not know: " + token);
        command.add(value);
      }
      Process p = new ProcessBuilder(command).directory(root.toFile()).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), runtime.toString());
      assertEquals(0, p.exitValue(), runtime + ": " + out + err);
      assertEquals("", err.strip(), runtime + ": no warning reaches the user");
      assertTrue(out.lines().anyMatch(l -> l.endsWith("00-overview.pdf")), runtime + ": " + out);
    }
  }

  /** The tokens of the line that starts Java, its {@code ^} continuations joined. */
  static List<String> javaLine(String cmd) {
    String joined = cmd.replace("\r\n", "\n").replaceAll("\\^\n\\s*", " ");
    String start = joined.lines().filter(l -> l.startsWith("\"%JAVA%\"")).findFirst()
        .orElseThrow(() -> new AssertionError("kit.cmd has no line starting \"%JAVA%\""));
    List<String> tokens = new ArrayList<>();
    java.util.regex.Matcher m = TOKEN.matcher(start);
    while (m.find()) {
      tokens.add(m.group(1) != null ? m.group(1) : m.group(2).replace("\"", ""));
    }
    return tokens;
  }
  static Map<String, String> env() {
    return Map.of("PATH", path.toString(), "HOME", root.resolve("home").toString(),
        "TMPDIR", System.getProperty("java.io.tmpdir"));
  }

  static boolean onPath(String tool) {
    return Stream.of("/usr/bin", "/bin").anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }

  static String exec(Path cwd, List<String> command, Map<String, String> env) throws Exception {
    return exec(cwd, command, env, 300);
  }

  static String exec(Path cwd, List<String> command, Map<String, String> env, int seconds)
      throws Exception {
    Process p = start(cwd, command, env);
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "still running: " + command);
    assertEquals(0, p.exitValue(), command + "\n" + out + err);
    return out;
  }

  static Process start(Path cwd, List<String> command, Map<String, String> env)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.redirectError(ProcessBuilder.Redirect.PIPE);
    return pb.start();
  }
}
