import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cold Director loop on this bench's JDK (17) and on a newer one side by side, each with the
 * launcher's JVM options alone, with a class-data archive, and on JDK 24 or later with an
 * ahead-of-time cache instead (JEP 483/514). The newer JDK is BENCH_NEW_JDK, or Temurin 25 where
 * it is installed; without one these rows are left out.
 */
final class JdkComparison {

  /** The median wall time of a command run cold several times, in seconds. */
  interface Timer {
    double median(List<String> command) throws Exception;
  }

  /** What one row shows: id, measure, median (seconds). */
  record Row(String id, String what, double seconds) {}

  private static final List<String> OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn32m");

  private final Path inst;
  private final Path banks;
  private final Path work;
  private final List<String> packet;

  JdkComparison(Path inst, Path banks, Path work, List<String> packet) {
    this.inst = inst;
    this.banks = banks;
    this.work = work;
    this.packet = packet;
  }

  /** The newer JDK's home, or null when there is none. */
  static Path newerJdk() {
    String env = System.getenv("BENCH_NEW_JDK");
    Path home = env != null && !env.isBlank() ? Path.of(env)
        : Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    return Files.isExecutable(home.resolve("bin/java")) ? home : null;
  }

  List<Row> measure(Path newer, Timer timer) throws Exception {
    Path current = Path.of(System.getProperty("java.home"));
    List<Row> rows = new ArrayList<>();
    for (Path jdk : List.of(current, newer)) {
      String name = "JDK " + version(jdk);
      String java = jdk.resolve("bin/java").toString();
      String tag = jdk.equals(current) ? "a" : "b";
      rows.add(new Row("6" + tag, "cold `packet`, " + name + ": the launcher's options only",
          timer.median(command(java, List.of()))));
      Path jsa = work.resolve("cds-" + tag + ".jsa");
      train(command(java, List.of("-XX:ArchiveClassesAtExit=" + jsa)));
      rows.add(new Row("6" + tag + "-cds", "cold `packet`, " + name + ": + class-data archive "
          + "(AppCDS, dynamic)", timer.median(command(java,
              List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto")))));
      if (feature(jdk) >= 25) {
        Path aot = work.resolve("app-" + tag + ".aot");
        train(command(java, List.of("-XX:AOTCacheOutput=" + aot)));
        rows.add(new Row("6" + tag + "-aot", "cold `packet`, " + name + ": + ahead-of-time "
            + "cache (-XX:AOTCache) instead", timer.median(command(java,
                List.of("-XX:AOTCache=" + aot)))));
      }
    }
    return rows;
  }

  private List<String> command(String java, List<String> extra) {
    List<String> c = new ArrayList<>(List.of(java));
    c.addAll(OPTIONS);
    c.addAll(extra);
    c.addAll(List.of("-Dinterviewkit.home=" + inst, "-Dinterviewkit.banks=" + banks,
        "-Dinterviewkit.config=" + work.resolve("config"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
        "-cp", inst.resolve("lib") + File.separator + "*", "dev.interviewkit.cli.Main"));
    c.addAll(packet);
    return c;
  }

  /** One training run that writes an archive or cache at exit. */
  private void train(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("train.log").toFile()).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("training run failed: " + String.join(" ", command)
          + "\n" + Files.readString(work.resolve("train.log")));
    }
  }

  private static String version(Path jdk) throws Exception {
    for (String line : Files.readAllLines(jdk.resolve("release"))) {
      if (line.startsWith("JAVA_VERSION=")) {
        return line.substring(line.indexOf('=') + 1).replace("\"", "");
      }
    }
    return jdk.getFileName().toString();
  }

  private static int feature(Path jdk) throws Exception {
    String v = version(jdk);
    return Integer.parseInt(v.split("[.+-]")[0]);
  }
}
