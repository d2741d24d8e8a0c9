import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.calibration.CalibrationService;
import dev.interviewkit.calibration.ObservationFile;
import dev.interviewkit.calibration.ObservationSource;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.host.PluginHost.InstalledRole;
import dev.interviewkit.record.ScoreObservation;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The interview-kit benchmark: run it with {@code bench/run} (the calibration report alone:
 * {@code BENCH_OPTS=-Dbench.calibrationOnly=true bench/run}). Prints one Markdown table; every
 * time is also shown as a multiple of the bare-JVM floor (a main that does nothing) measured in
 * the same run. Not a test: nothing here passes or fails on timing.
 */
public final class Bench {

  private static final String ROLE = "director-of-engineering";
  private static final String DATE = "2026-12-03";
  private static final Path TIME = Path.of("/usr/bin/time");

  private final Path root;
  private final Path inst;
  private final Path classes;
  private final Path work;
  private final int runs;
  private final int batchLoops;
  private final int warmLoops;
  private final List<String[]> rows = new ArrayList<>();
  private double floor;
  private long floorRss;

  private Bench(Path root, Path classes, int runs, int batchLoops, int warmLoops)
      throws IOException {
    this.root = root;
    this.inst = root.resolve("dist/target/interview-kit");
    this.classes = classes;
    this.work = Files.createTempDirectory("kit-bench");
    // The in-JVM loops record into a record of the bench's own, never the user's.
    System.setProperty("interviewkit.record", work.resolve("warm-record.db").toString());
    this.runs = runs;
    this.batchLoops = batchLoops;
    this.warmLoops = warmLoops;
  }

  public static void main(String[] args) throws Exception {
    Path root = null;
    Path classes = null;
    int runs = 7;
    int batch = 30;
    int warm = 20;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--root" -> root = Path.of(args[++i]);
        case "--classes" -> classes = Path.of(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--warm" -> warm = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: bench/run [--runs N] [--batch N] [--warm N]");
      }
    }
    Bench bench = new Bench(root, classes, Math.max(5, runs), batch, warm);
    try {
      bench.run();
    } finally {
      bench.deleteWork();
    }
  }

  private void run() throws Exception {
    try {
      measure();
    } finally {
      print();
    }
  }

  private void measure() throws Exception {
    if (Boolean.getBoolean("bench.banksOnly")) {
      banks();
      return;
    }
    if (Boolean.getBoolean("bench.calibrationOnly")) {
      calibration();
      return;
    }
    if (Boolean.getBoolean("bench.recordOnly")) {
      recording(List.of("packet", "--role", ROLE, "--candidate", "Jane Doe", "--date", DATE,
          "--out", work.resolve("cold").toString(), "--force"));
      return;
    }
    if (Boolean.getBoolean("bench.workbenchOnly")) {
      Stats noop = cold(List.of(java(), "-cp", classes.toString(), "Noop"), Map.of());
      floor = noop.median;
      floorRss = noop.peakKb;
      row("0", "bare-JVM floor: `java Noop` (a main that does nothing)", noop, "", "");
      workbench();
      return;
    }
    System.err.printf("bench: JDK %s, %d cores, load average %s; %d cold runs each after a "
        + "warm-up%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), loadAverage(), runs);

    Stats noop = cold(List.of(java(), "-cp", classes.toString(), "Noop"), Map.of());
    floor = noop.median;
    floorRss = noop.peakKb;
    row("0", "bare-JVM floor: `java Noop` (a main that does nothing)", noop, "", "");

    List<String> packet = List.of("packet", "--role", ROLE, "--candidate", "Jane Doe",
        "--date", DATE, "--out", work.resolve("cold").toString(), "--force");
    Stats plain = cold(plainJava(packet), Map.of());
    row("1a", "cold `packet`, Director loop, pdf+docx: plain `java`, no options (before)",
        plain, "", "");
    Stats tiered = cold(kit(packet), Map.of("KIT_CDS", "off"));
    row("1b", "cold `packet`: `./kit` with KIT_CDS=off (TieredStopAtLevel=1 only)", tiered,
        "", "");
    Stats shipped = cold(kit(packet), Map.of());
    row("1", "cold `packet`: `./kit` as shipped (AppCDS + TieredStopAtLevel=1)", shipped,
        "<= 0.45 s", met(shipped.median <= 0.45));

    Path newer = JdkComparison.newerJdk();
    if (newer != null) {
      for (JdkComparison.Row r : new JdkComparison(inst, root.resolve("question-banks"), work,
          packet).measure(newer, c -> cold(c, Map.of()).median)) {
        rows.add(new String[] {r.id(), r.what(), ms(r.seconds()), x(r.seconds()), "<= 0.45 s",
            met(r.seconds() <= 0.45)});
      }
    }

    recording(packet);

    Stats rolesPlain = cold(plainJava(List.of("roles")), Map.of());
    row("2a", "cold `roles`: plain `java` (before)", rolesPlain, "", "");
    Stats roles = cold(kit(List.of("roles")), Map.of());
    row("2", "cold `roles`: `./kit` as shipped", roles, "<= 0.3 s", met(roles.median <= 0.3));

    workbench();

    warm();

    Stats batch = batch(batchLoops);
    Stats longBatch = batch(3 * batchLoops);
    double steady = 2 * batchLoops / (longBatch.median - batch.median);
    rows.add(new String[] {"4", "batch throughput at steady state: `./kit batch` of "
        + 3 * batchLoops + " minus " + batchLoops + " Director loops (start-up excluded)",
        fmt(steady) + " loops/s", "", ">= 10 loops/s", met(steady >= 10)});
    for (Stats s : List.of(batch, longBatch)) {
      int loops = s == batch ? batchLoops : 3 * batchLoops;
      double perSecond = loops / s.median;
      rows.add(new String[] {"4b", "`./kit batch` of " + loops + " Director loops, cold, "
          + "end to end", fmt(perSecond) + " loops/s (" + fmt(s.median) + " s)",
          x(s.median), ">= 10 loops/s", met(perSecond >= 10)});
    }
    rows.add(new String[] {"5", "peak RSS, one cold `./kit packet` (max of runs)",
        shipped.peakKb / 1024 + " MB", ratio(shipped.peakKb, floorRss), "<= 300 MB",
        met(shipped.peakKb > 0 && shipped.peakKb <= 300 * 1024)});
    rows.add(new String[] {"5b", "peak RSS, `./kit batch` of " + batchLoops + " loops",
        batch.peakKb / 1024 + " MB", ratio(batch.peakKb, floorRss), "", ""});
    rows.add(new String[] {"5c", "peak RSS, `./kit roles`", roles.peakKb / 1024 + " MB",
        ratio(roles.peakKb, floorRss), "", ""});

    banks();
    calibration();
  }

  // ------------------------------------------------------------------------------- workbench

  /**
   * Time to the first window of {@code ./kit workbench} as shipped, and until it is ready to use
   * (plugins started, banks read): the launcher exits when it gets there
   * (KIT_WORKBENCH_EXIT), so the wall time from start to exit is the time a user waits.
   */
  /**
   * Rows 1r and 1s: a cold loop with the record off and recorded in an existing SQLite record,
   * run alternately so that drift in the machine's load falls on both alike.
   */
  private void recording(List<String> packet) throws Exception {
    List<String> command = kit(packet);
    Map<String, String> off = Map.of("KIT_RECORD", "off");
    Map<String, String> on = Map.of("KIT_RECORD",
        work.resolve("record").resolve("record.db").toString());
    once(command, off);
    once(command, on);
    double[] unrecorded = new double[runs];
    double[] recorded = new double[runs];
    long[] peakOff = new long[1];
    long[] peakOn = new long[1];
    for (int i = 0; i < runs; i++) {
      long[] rss = new long[1];
      unrecorded[i] = once(command, off, rss);
      peakOff[0] = Math.max(peakOff[0], rss[0]);
      recorded[i] = once(command, on, rss);
      peakOn[0] = Math.max(peakOn[0], rss[0]);
    }
    Stats plain = new Stats(median(unrecorded), peakOff[0]);
    Stats kept = new Stats(median(recorded), peakOn[0]);
    row("1r", "cold `packet` with the hiring record off (KIT_RECORD=off)", plain, "", "");
    double cost = (kept.median - plain.median) / plain.median;
    rows.add(new String[] {"1s", "cold `packet` recorded in an existing SQLite record: the cost"
        + " of recording (read before planning, one transaction after writing; runs alternate"
        + " with 1r)",
        ms(kept.median) + String.format(java.util.Locale.ROOT, " (%+.1f %%)", 100 * cost),
        x(kept.median), "<= +10 %", met(cost <= 0.10)});
  }

  private void workbench() throws Exception {
    String display = System.getenv("DISPLAY");
    if (display == null || display.isBlank()) {
      rows.add(new String[] {"6", "cold `./kit workbench` to its first window", "skipped: "
          + "no DISPLAY (start Xvfb and set DISPLAY)", "", "<= 1 s", ""});
      return;
    }
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", work.resolve("xdg").toString());
    Stats first = cold(kit(List.of("workbench")), with(env, "first-window"));
    row("6", "cold `./kit workbench` to its first window (shipped launcher)", first, "<= 1 s",
        met(first.median <= 1.0));
    Stats ready = cold(kit(List.of("workbench")), with(env, "ready"));
    row("6b", "cold `./kit workbench` until ready (plugins started, banks read, loop planned)",
        ready, "", "");
  }

  private static Map<String, String> with(Map<String, String> env, String exit) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("KIT_WORKBENCH_EXIT", exit);
    return all;
  }

  // ------------------------------------------------------------------------------ warm, in-JVM

  private void warm() throws Exception {
    try (PluginHost host = PluginHost.start(inst.resolve("plugins"), work.resolve("config"))) {
      LoopService service = new LoopService(host, () -> catalog(host, root.resolve("question-banks")));
      Path out = work.resolve("warm");
      // Enough loops for the optimising compiler to settle (a batch takes ~30 loops to).
      for (int i = 0; i < 40; i++) {
        service.generate(request("Warm Up " + (i % 10), out));
      }
      double[] times = new double[warmLoops];
      for (int i = 0; i < warmLoops; i++) {
        long t = System.nanoTime();
        service.generate(request("Candidate " + (i % 10), out));
        times[i] = (System.nanoTime() - t) / 1e9;
      }
      double median = median(times);
      rows.add(new String[] {"3", "warm full loop in one JVM (LoopService.generate, median of "
          + warmLoops + ")", ms(median), x(median), "", ""});
    }
  }

  /** {@code ./kit batch} of {@code loops} Director loops, cold: the median of up to 3 runs. */
  private Stats batch(int loops) throws Exception {
    Path file = work.resolve("batch-" + loops + ".csv");
    StringBuilder csv = new StringBuilder("candidate,role,date\n");
    for (int i = 0; i < loops; i++) {
      csv.append("Candidate ").append(i).append(',').append(ROLE).append(',').append(DATE)
          .append('\n');
    }
    Files.writeString(file, csv);
    return cold(kit(List.of("batch", file.toString(), "--out",
        work.resolve("batch").toString(), "--force")), Map.of(), Math.min(runs, 3));
  }

  private static LoopRequest request(String candidate, Path out) {
    return new LoopRequest(ROLE, candidate, LocalDate.parse(DATE), null, Outputs.PACKET,
        List.of("pdf", "docx"), Paper.LETTER, null, List.of(), out, true);
  }

  private static BankCatalog catalog(PluginHost host, Path banks) {
    try {
      List<BankSource> sources = new ArrayList<>(BankCatalog.folder(banks, "question-banks"));
      sources.addAll(host.pluginBanks());
      return BankCatalog.loadStrict(sources);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------- bank scaling

  private void banks() throws Exception {
    try (PluginHost host = PluginHost.start(inst.resolve("plugins"), work.resolve("config"))) {
      List<InstalledRole> roles = host.roles();
      int[] sizes = {0, 100, 1_000, 10_000};
      for (int n : sizes) {
        Path dir = work.resolve("banks-" + n);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(root.resolve("question-banks"))) {
          for (Path f : files.toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
          }
        }
        generate(dir, n);
      }
      for (int i = 0; i < 3; i++) {
        loadAndValidate(work.resolve("banks-10000"), roles);
      }
      double base = 0;
      for (int n : sizes) {
        Path dir = work.resolve("banks-" + n);
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
          long t = System.nanoTime();
          loadAndValidate(dir, roles);
          times[i] = (System.nanoTime() - t) / 1e9;
        }
        double median = median(times);
        if (n == 0) {
          base = median;
          rows.add(new String[] {"6", "load+validate the shipped banks (8 files) and 4 role "
              + "blueprints, warm", ms(median), x(median), "", ""});
        } else {
          double perQuestion = (median - base) / n * 1e6;
          rows.add(new String[] {"6", "load+validate shipped banks + " + String.format("%,d", n)
              + " synthetic questions (" + Math.max(1, n / 1000) + " file"
              + (n > 1000 ? "s" : "") + "), warm", ms(median) + " (" + fmt(perQuestion)
              + " us/question)", x(median), n == 10_000 ? "<= 1 s" : "",
              n == 10_000 ? met(median <= 1.0) : ""});
        }
      }
    }
  }

  private static void loadAndValidate(Path dir, List<InstalledRole> roles) throws IOException {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BankCatalog.load(BankCatalog.folder(dir, "question-banks"), problems);
    for (InstalledRole role : roles) {
      role.definition().ifPresent(d -> problems.addAll(BlueprintChecker.check(d, catalog)));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("synthetic banks are invalid: " + problems.get(0));
    }
  }

  /** Writes {@code n} valid questions in banks of at most 1,000 (a bank file is capped at 4 MB). */
  private static void generate(Path dir, int n) throws IOException {
    String[] levels = {"engineering-manager", "director", "vp", "cto"};
    String[] kinds = {"behavioural", "scenario", "design"};
    for (int b = 0; b * 1000 < n; b++) {
      int count = Math.min(1000, n - b * 1000);
      String id = "synthetic-" + b;
      StringBuilder y = new StringBuilder();
      y.append("bank: ").append(id).append("\ntitle: Synthetic bank ").append(b)
          .append("\nversion: \"1.0.0\"\ndescription: >\n  Generated by the benchmark.\n")
          .append("\ncompetencies:\n");
      for (int c = 0; c < 10; c++) {
        y.append("  - id: ").append(id).append("-c").append(c).append('\n')
            .append("    title: Synthetic competency ").append(c).append('\n')
            .append("    description: >\n      A generated competency for measuring the loader.\n")
            .append("    anchors:\n");
        for (int a = 1; a <= 4; a++) {
          y.append("      ").append(a).append(": >\n        Anchor ").append(a)
              .append(" describes what a score of ").append(a).append(" looks like.\n");
        }
      }
      y.append("\nquestions:\n");
      for (int q = 0; q < count; q++) {
        y.append("  - id: ").append(id).append("-q").append(q).append('\n')
            .append("    competency: ").append(id).append("-c").append(q % 10).append('\n')
            .append("    levels: [").append(levels[q % 4]).append(", ")
            .append(levels[(q + 1) % 4]).append("]\n")
            .append("    kind: ").append(kinds[q % 3]).append('\n')
            .append("    minutes: ").append(5 + q % 20).append('\n')
            .append("    prompt: >\n      Tell us about a time you had to make a hard call on ")
            .append("question ").append(q).append(", what you weighed, whom you\n")
            .append("      consulted and how it turned out a quarter later.\n")
            .append("    follow_ups:\n      - What would you do differently now?\n")
            .append("      - Who disagreed, and how did you find out?\n")
            .append("    signals:\n      - Names the trade-off and the evidence behind it.\n")
            .append("      - Involves the people affected before deciding.\n")
            .append("      - Checks the outcome against a measure set in advance.\n")
            .append("    red_flags:\n      - Decides alone and announces it.\n")
            .append("      - Cannot say what happened afterwards.\n")
            .append("    tags: [synthetic]\n\n");
      }
      Files.writeString(dir.resolve(id + ".yaml"), y, StandardCharsets.UTF_8);
    }
  }

  // ------------------------------------------------------------------------------ calibration

  private static final int CAL_LOOPS = 10_000;

  /**
   * The calibration report over 10,000 loops of four rounds (40,000 scorecards by 200
   * interviewers, each scoring three of eight competencies, four of which two rounds score:
   * 120,000 scores), warm: figures and all four files rendered in memory, from observations in
   * memory and from their CSV export.
   */
  private void calibration() throws Exception {
    List<ScoreObservation> history = history();
    Path export = work.resolve("calibration-history.csv");
    writeCsv(history, export);
    try (PluginHost host = PluginHost.start(inst.resolve("plugins"), work.resolve("config"))) {
      CalibrationService service = new CalibrationService(host.renderers());
      ObservationSource memory = new ObservationSource() {
        @Override
        public List<ScoreObservation> observations(Scope scope) {
          return history;
        }

        @Override
        public String describe() {
          return "the benchmark's history";
        }
      };
      Timed inMemory = timeReport(service, memory);
      rows.add(new String[] {"7", "calibration report, warm: " + String.format("%,d", CAL_LOOPS)
          + " loops, 40,000 scorecards (120,000 scores), figures + pdf, docx, csv, json in "
          + "memory (median of 5; process CPU time in brackets)", ms(inMemory.wall()) + " ("
          + ms(inMemory.cpu()) + " CPU)", x(inMemory.wall()), "<= 2 s",
          met(inMemory.wall() <= 2.0)});
      Timed fromFile = timeReport(service, new ObservationFile(export));
      rows.add(new String[] {"7b", "the same, reading the observations from their CSV export ("
          + Files.size(export) / (1024 * 1024) + " MB)", ms(fromFile.wall()) + " ("
          + ms(fromFile.cpu()) + " CPU)", x(fromFile.wall()), "<= 2 s",
          met(fromFile.wall() <= 2.0)});
    }
  }

  /** Wall and process CPU seconds of one report, the median of five after three warm-ups. */
  private record Timed(double wall, double cpu) {}

  private Timed timeReport(CalibrationService service, ObservationSource source) {
    CalibrationService.Request request = new CalibrationService.Request(source,
        ObservationSource.Scope.all(), Map.of(), Paper.LETTER, LocalDate.parse(DATE),
        work.resolve("calibration"));
    for (int i = 0; i < 3; i++) {
      service.report(request);
    }
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double[] times = new double[5];
    double[] cpu = new double[5];
    for (int i = 0; i < times.length; i++) {
      long c = os.getProcessCpuTime();
      long t = System.nanoTime();
      service.report(request);
      times[i] = (System.nanoTime() - t) / 1e9;
      cpu[i] = (os.getProcessCpuTime() - c) / 1e9;
    }
    return new Timed(median(times), median(cpu));
  }

  private static List<ScoreObservation> history() {
    java.util.Random random = new java.util.Random(11);
    List<ScoreObservation> out = new ArrayList<>(CAL_LOOPS * 12);
    String[] competencies = new String[8];
    for (int c = 0; c < competencies.length; c++) {
      competencies[c] = "competency-" + c;
    }
    LocalDate start = LocalDate.parse(DATE).minusDays(730);
    for (int l = 0; l < CAL_LOOPS; l++) {
      String loop = "loop-" + l;
      int[] truth = new int[competencies.length];
      for (int c = 0; c < truth.length; c++) {
        truth[c] = 1 + random.nextInt(4);
      }
      Optional<String> decision = l % 5 == 0 ? Optional.empty()
          : Optional.of(truth[0] + truth[1] >= 5 ? "hire" : "no-hire");
      int first = random.nextInt(4);
      for (int r = 0; r < 4; r++) {
        String interviewer = "Interviewer " + random.nextInt(200);
        for (int c : new int[] {(first + r) % 4, (first + r + 1) % 4, 4 + (first + r) % 4}) {
          int score = Math.max(1, Math.min(4, truth[c] + random.nextInt(3) - 1));
          out.add(new ScoreObservation(loop, start.plusDays(l % 730), ROLE, "candidate-" + l,
              "round-" + r, interviewer, competencies[c], List.of("q-" + c + "-" + l % 12),
              score, score >= 3 ? "yes" : "no", decision));
        }
      }
    }
    return out;
  }

  private static void writeCsv(List<ScoreObservation> history, Path file) throws IOException {
    StringBuilder csv = new StringBuilder(history.size() * 110).append("loop,date,role,candidate,"
        + "round,interviewer,competency,questions,score,recommendation,decision\n");
    for (ScoreObservation o : history) {
      csv.append(o.loopId()).append(',').append(o.loopDate()).append(',').append(o.role())
          .append(',').append(o.candidateKey()).append(',').append(o.roundId()).append(',')
          .append(o.interviewer()).append(',').append(o.competency()).append(',')
          .append(String.join(";", o.questionIds())).append(',').append(o.score()).append(',')
          .append(o.recommendation()).append(',').append(o.decision().orElse("")).append('\n');
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }

  // --------------------------------------------------------------------------- child processes

  private record Stats(double median, long peakKb) {}

  private Stats cold(List<String> command, Map<String, String> env) throws Exception {
    return cold(command, env, runs);
  }

  private Stats cold(List<String> command, Map<String, String> env, int n) throws Exception {
    once(command, env);
    double[] times = new double[n];
    long peak = 0;
    for (int i = 0; i < n; i++) {
      long[] rss = new long[1];
      times[i] = once(command, env, rss);
      peak = Math.max(peak, rss[0]);
    }
    return new Stats(median(times), peak);
  }

  private double once(List<String> command, Map<String, String> env) throws Exception {
    return once(command, env, new long[1]);
  }

  /** Runs a child process once; returns its wall time in seconds and stores its peak RSS. */
  private double once(List<String> command, Map<String, String> env, long[] rss)
      throws Exception {
    List<String> full = new ArrayList<>();
    boolean timed = Files.isExecutable(TIME);
    if (timed) {
      full.addAll(List.of(TIME.toString(), "-f", "KIT_BENCH_RSS_KB=%M"));
    }
    full.addAll(command);
    Path errFile = work.resolve("child.err");
    ProcessBuilder pb = new ProcessBuilder(full)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(errFile.toFile());
    pb.environment().put("XDG_DATA_HOME", work.resolve("data").toString());
    pb.environment().putAll(env);
    long t = System.nanoTime();
    Process p = pb.start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - t) / 1e9;
    String err = Files.readString(errFile);
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + code + ":\n"
          + err);
    }
    rss[0] = err.lines().filter(l -> l.startsWith("KIT_BENCH_RSS_KB=")).mapToLong(
        l -> Long.parseLong(l.substring(l.indexOf('=') + 1).trim())).max().orElse(0);
    return seconds;
  }

  private List<String> kit(List<String> args) {
    List<String> c = new ArrayList<>(List.of(root.resolve("kit").toString()));
    c.addAll(args);
    return c;
  }

  private List<String> plainJava(List<String> args) {
    List<String> c = new ArrayList<>(List.of(java(),
        "-Dinterviewkit.home=" + inst,
        "-Dinterviewkit.banks=" + root.resolve("question-banks"),
        "-Dinterviewkit.config=" + work.resolve("config"),
        "-cp", inst.resolve("lib") + File.separator + "*", "dev.interviewkit.cli.Main"));
    c.addAll(args);
    return c;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  // ------------------------------------------------------------------------------------ output

  private void row(String id, String what, Stats s, String target, String met) {
    rows.add(new String[] {id, what, ms(s.median) + (s.peakKb > 0 ? ", " + s.peakKb / 1024
        + " MB" : ""), id.equals("0") ? "1.0x" : x(s.median), target, met});
  }

  private void print() {
    System.out.println("| # | Measure | Median | x floor | Target | Met |");
    System.out.println("|---|---|---|---|---|---|");
    for (String[] r : rows) {
      System.out.println("| " + String.join(" | ", r) + " |");
    }
    System.out.printf(Locale.ROOT, "%nFloor: %s wall, %d MB RSS. JDK %s, %d cores, load average "
        + "at the end %s.%n", ms(floor), floorRss / 1024, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), loadAverage());
  }

  private String x(double seconds) {
    return floor > 0 ? String.format(Locale.ROOT, "%.1fx", seconds / floor) : "";
  }

  private static String ratio(long kb, long floorKb) {
    return floorKb > 0 && kb > 0 ? String.format(Locale.ROOT, "%.1fx", (double) kb / floorKb)
        : "";
  }

  private static String ms(double seconds) {
    return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
  }

  private static String met(boolean yes) {
    return yes ? "yes" : "**no**";
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private void deleteWork() throws IOException {
    try (Stream<Path> all = Files.walk(work)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
