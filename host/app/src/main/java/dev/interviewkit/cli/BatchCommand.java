package dev.interviewkit.cli;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.YamlSource;
import dev.interviewkit.output.OutputException;
import dev.interviewkit.output.OutputSet;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Write many loops in one run from a CSV or YAML list of loops "
        + "(candidate, role, date, panel, seed, format, paper); see docs/cli.md.",
        "Prints every path written; progress, problems and a summary go to standard error.",
        "A bad row is reported by its line and does not stop the others; exits 3 when any row "
            + "failed."})
final class BatchCommand implements Callable<Integer> {

  /** The columns (CSV) or keys (YAML) of a row, in their documented order. */
  static final List<String> COLUMNS =
      List.of("candidate", "role", "date", "panel", "seed", "format", "paper");

  /** The key under which a row that cannot be read carries its problem. */
  private static final String ERROR = "\0error";

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Parameters(paramLabel = "FILE", description = "The batch file: .csv, or .yaml/.yml.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: ./interview-packets).")
  Path out = Path.of("interview-packets");

  @Option(names = "--force", description = "Replace files from an earlier run of the same loops.")
  boolean force;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Formats for rows without a format (default: pdf,docx).")
  List<String> formats = new ArrayList<>(List.of("pdf", "docx"));

  @Option(names = "--paper", paramLabel = "letter|a4",
      description = "Paper for rows without a paper (default: letter).")
  Paper paper = Paper.LETTER;

  BatchCommand(Context context) {
    this.context = context;
  }

  /** One loop of the batch file, with the line it starts on. */
  record Row(int line, Map<String, String> values) {
    String get(String key) {
      String v = values.get(key);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }

  @Override
  public Integer call() {
    List<Row> rows = read(file);
    String where = file.toString();
    if (rows.isEmpty()) {
      throw new KitException(ExitCode.BAD_INPUT, where + ": no loops in the batch file");
    }
    dev.interviewkit.service.WarmUp.start(List.of("pdf", "docx"));
    LoopService service = context.service(options);
    context.warnAboutPlugins(options);
    Progress progress = new Progress(rows.size());
    int ok = 0;
    int files = 0;
    List<String> failures = new ArrayList<>();
    // Loops are planned and rendered in memory AHEAD rows ahead on worker threads, which keeps
    // both cores busy while one loop's files are written; files are written here, one loop at a
    // time in row order, so the outcome (including two rows naming the same loop) is the same as
    // running the rows one by one.
    ExecutorService workers = Executors.newFixedThreadPool(AHEAD, r -> {
      Thread t = new Thread(r, "batch");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Rendered>> jobs = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        while (jobs.size() < rows.size() && jobs.size() <= i + AHEAD) {
          Row next = rows.get(jobs.size());
          jobs.add(workers.submit(() -> {
            LoopRequest request = request(next);
            return new Rendered(service.render(service.plan(request), request), request);
          }));
        }
        Row row = rows.get(i);
        String label = labelOf(row);
        progress.start(i, label);
        try {
          Rendered rendered = result(jobs.get(i));
          jobs.set(i, null);
          List<Path> written = rendered.output().write(rendered.request().force());
          written.forEach(context.out::println);
          context.out.flush();
          ok++;
          files += written.size();
          progress.done(i, label, null);
        } catch (RuntimeException e) {
          String message = where + ":" + row.line() + ": " + describe(e);
          failures.add(message);
          progress.done(i, label, message);
        }
      }
    } finally {
      workers.shutdownNow();
    }
    progress.finish();
    context.err.println("batch: " + ok + " of " + rows.size() + " loop"
        + (rows.size() == 1 ? "" : "s") + " written (" + files + " file"
        + (files == 1 ? "" : "s") + " under " + out + "), " + failures.size() + " failed");
    if (!failures.isEmpty()) {
      failures.forEach(f -> context.err.println("  " + f));
    }
    return failures.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  /** Loops planned and rendered ahead of the one being written. */
  private static final int AHEAD = 2;

  private record Rendered(OutputSet output, LoopRequest request) {}

  /** The job's result, or the exception it failed with. */
  private static Rendered result(Future<Rendered> job) {
    try {
      return job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KitException(ExitCode.INTERNAL, "interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String labelOf(Row row) {
    String candidate = row.get("candidate");
    String role = row.get("role");
    String who = candidate != null ? candidate
        : row.get("panel") != null ? "panel " + row.get("panel") : "?";
    return who + " (" + (role == null ? "?" : role) + ")";
  }

  private LoopRequest request(Row row) {
    if (row.values().containsKey(ERROR)) {
      throw new KitException(ExitCode.BAD_INPUT, row.values().get(ERROR));
    }
    String role = row.get("role");
    if (role == null) {
      throw new KitException(ExitCode.USAGE, "the row has no role");
    }
    String candidate = row.get("candidate");
    Path panel = null;
    if (row.get("panel") != null) {
      Path given = Path.of(row.get("panel"));
      Path base = file.toAbsolutePath().getParent();
      panel = given.isAbsolute() || base == null ? given : base.resolve(given).normalize();
    }
    if (candidate == null && panel == null) {
      throw new KitException(ExitCode.USAGE, "the row has no candidate (give one, or a panel "
          + "file that names one)");
    }
    LocalDate date = null;
    if (row.get("date") != null) {
      try {
        date = LocalDate.parse(row.get("date"));
      } catch (DateTimeParseException e) {
        throw new KitException(ExitCode.USAGE, "date must be YYYY-MM-DD, got '" + row.get("date")
            + "'");
      }
    }
    Long seed = null;
    if (row.get("seed") != null) {
      try {
        seed = Long.parseLong(row.get("seed"));
      } catch (NumberFormatException e) {
        throw new KitException(ExitCode.USAGE, "seed must be a whole number, got '"
            + row.get("seed") + "'");
      }
    }
    List<String> rowFormats = formats;
    if (row.get("format") != null) {
      rowFormats = Arrays.stream(row.get("format").split("[;,|\\s]+"))
          .filter(s -> !s.isBlank()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
    Paper rowPaper = paper;
    if (row.get("paper") != null) {
      try {
        rowPaper = Paper.valueOf(row.get("paper").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new KitException(ExitCode.USAGE, "paper must be letter or a4, got '"
            + row.get("paper") + "'");
      }
    }
    return new LoopRequest(role, candidate, date, panel, Outputs.PACKET, rowFormats, rowPaper,
        seed, List.of(), out, force);
  }

  /** A failure as one line, the way {@link Main#handle} words it for a single loop. */
  private static String describe(RuntimeException e) {
    if (e instanceof KitException || e instanceof RenderException
        || e instanceof OutputException) {
      return e.getMessage();
    }
    if (e instanceof InvalidInputException invalid) {
      return String.join("; ", invalid.problems().stream().map(Problem::toString).toList());
    }
    return "internal error: " + e + " (please report this; set KIT_DEBUG=1 for details)";
  }

  // ------------------------------------------------------------------------------ reading rows

  private static List<Row> read(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw new KitException(ExitCode.BAD_INPUT, "batch file " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw new KitException(ExitCode.BAD_INPUT, file + ": not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "cannot read batch file " + file + ": "
          + e.getMessage());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return csv(file.toString(), text);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return yaml(file.toString(), text);
    }
    throw new KitException(ExitCode.USAGE, "batch file " + file + " must end in .csv, .yaml or "
        + ".yml");
  }

  /** CSV with a header row; blank lines and lines starting with # are skipped. */
  static List<Row> csv(String path, String text) {
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int number = i + 1;
      List<String> cells = cells(path, number, line);
      if (header == null) {
        header = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
          if (!COLUMNS.contains(column)) {
            throw new KitException(ExitCode.BAD_INPUT, path + ":" + number + ": unknown column '"
                + column + "'; columns are " + String.join(", ", COLUMNS));
          }
        }
        if (!header.contains("role")) {
          throw new KitException(ExitCode.BAD_INPUT, path + ":" + number + ": the header needs "
              + "a 'role' column; columns are " + String.join(", ", COLUMNS));
        }
        continue;
      }
      if (cells.size() > header.size()) {
        rows.add(tooMany(number, cells.size(), header.size()));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        values.put(header.get(c), cells.get(c));
      }
      rows.add(new Row(number, values));
    }
    return rows;
  }

  private static Row tooMany(int line, int cells, int columns) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ERROR, cells + " values but the header has " + columns + " columns");
    return new Row(line, values);
  }

  /** One CSV line: comma-separated, double quotes around a value, "" for a quote inside one. */
  private static List<String> cells(String path, int number, String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"' && cell.toString().isBlank()) {
        cell.setLength(0);
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      throw new KitException(ExitCode.BAD_INPUT, path + ":" + number + ": a quoted value is not "
          + "closed");
    }
    cells.add(cell.toString());
    return cells;
  }

  /** A YAML list of mappings, or a mapping whose {@code loops} key holds that list. */
  static List<Row> yaml(String path, String text) {
    Optional<Node> root;
    try {
      root = YamlSource.parse(path, text);
    } catch (InvalidInputException e) {
      throw new KitException(ExitCode.BAD_INPUT, String.join("; ",
          e.problems().stream().map(Problem::toString).toList()));
    }
    if (root.isEmpty()) {
      return List.of();
    }
    Node list = root.get();
    if (list instanceof MappingNode map) {
      list = null;
      for (NodeTuple t : map.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
        if (key.equals("loops")) {
          list = t.getValueNode();
        } else {
          throw new KitException(ExitCode.BAD_INPUT, path + ":" + line(t.getKeyNode())
              + ": unknown key '" + key + "'; a batch file is a list of loops, or 'loops:' "
              + "holding one");
        }
      }
    }
    if (!(list instanceof SequenceNode sequence)) {
      throw new KitException(ExitCode.BAD_INPUT, path + ":" + (list == null ? 1 : line(list))
          + ": expected a list of loops, each with candidate, role and date");
    }
    List<Row> rows = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      Map<String, String> values = new LinkedHashMap<>();
      if (!(item instanceof MappingNode mapping)) {
        values.put(ERROR, "expected a mapping with candidate, role and date");
        rows.add(new Row(line(item), values));
        continue;
      }
      for (NodeTuple t : mapping.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        Node value = t.getValueNode();
        if (!COLUMNS.contains(key)) {
          values.put(ERROR, "unknown key '" + key + "'; keys are "
              + String.join(", ", COLUMNS));
        } else if (value instanceof ScalarNode s) {
          values.put(key, s.getValue());
        } else if (key.equals("format") && value instanceof SequenceNode formats) {
          values.put(key, String.join(",", formats.getValue().stream()
              .map(n -> n instanceof ScalarNode s ? s.getValue() : "?").toList()));
        } else {
          values.put(ERROR, "'" + key + "' must be a single value");
        }
      }
      rows.add(new Row(line(item), values));
    }
    return rows;
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  // ---------------------------------------------------------------------------------- progress

  /** A redrawn bar on a terminal; one plain line per loop otherwise. */
  private final class Progress {
    private final int total;
    private final boolean terminal = System.console() != null;

    Progress(int total) {
      this.total = total;
    }

    void start(int index, String label) {
      if (terminal) {
        bar(index, label);
      }
    }

    void done(int index, String label, String failure) {
      if (terminal) {
        context.err.print("\r\033[K");
        if (failure != null) {
          context.err.println(failure);
        }
        bar(index + 1, label);
      } else {
        context.err.println("batch: [" + (index + 1) + "/" + total + "] "
            + (failure == null ? "ok " + label : "FAILED " + failure));
      }
      context.err.flush();
    }

    private void bar(int done, String label) {
      int width = 30;
      int filled = total == 0 ? width : done * width / total;
      String text = "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/"
          + total + " " + label;
      context.err.print("\r\033[K" + (text.length() > 100 ? text.substring(0, 100) : text));
      context.err.flush();
    }

    void finish() {
      if (terminal) {
        context.err.print("\r\033[K");
        context.err.flush();
      }
    }
  }
}
