package dev.interviewkit.cli;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.output.OutputException;
import dev.interviewkit.output.Terminal;
import dev.interviewkit.service.BatchPlans;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import dev.interviewkit.cli.BatchFile.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Write many loops in one run from a CSV or YAML list of loops "
        + "(candidate, role, date, panel, seed, format, paper); see docs/cli.md.",
        "Prints every path written; progress, problems and a summary go to standard error.",
        "A bad row is reported by its line and does not stop the others; exits 3 when any row "
            + "failed, 13 when the only failures were loops another run was writing."})
final class BatchCommand implements Callable<Integer> {


  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Parameters(paramLabel = "FILE", description = "The batch file: .csv, or .yaml/.yml; '-' reads standard "
      + "input (CSV or YAML, told apart by its first line).")
  Path file;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: kit.yaml's out, else ./interview-packets).")
  Path out;

  @Option(names = "--force", description = "Replace files from an earlier run of the same loops.")
  boolean force;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Formats for rows without a format (default: pdf,docx).")
  List<String> formats = new ArrayList<>(List.of("pdf", "docx"));

  @Option(names = "--paper", paramLabel = "letter|a4",
      description = "Paper for rows without a paper (default: kit.yaml's paper, else letter).")
  Paper paper;

  BatchCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Context.checkOut(out);
    List<Row> rows = BatchFile.read(file);
    String where = file.toString();
    if (rows.isEmpty()) {
      throw new KitException(ExitCode.BAD_INPUT, where + ": no loops in the batch file");
    }
    dev.interviewkit.service.WarmUp.start(List.of("pdf", "docx"));
    LoopService service = context.service(options);
    paper = paper != null ? paper : service.config().paper();
    out = out != null ? out : service.config().out();
    context.warnAboutPlugins(options);
    Progress progress = new Progress(rows.size());
    int ok = 0;
    java.util.Set<Path> writtenPaths = new java.util.LinkedHashSet<>();
    List<String> failures = new ArrayList<>();
    int locked = 0;
    // Loops are planned and rendered in memory AHEAD rows ahead on worker threads, which keeps
    // both cores busy while one loop's files are written; files are written here, one loop at a
    // time in row order. A row sees the same candidate's earlier rows as recorded loops, and two
    // rows never write one folder: the later one is refused.
    java.util.Map<Path, Integer> folders = new java.util.HashMap<>();
    try (BatchPlans plans = new BatchPlans(service, rows.size(), i -> request(rows.get(i)),
        AHEAD)) {
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        String label = labelOf(row);
        progress.start(i, label);
        try {
          BatchPlans.Rendered rendered = plans.get(i);
          Integer first = folders.putIfAbsent(
              rendered.output().folder().toAbsolutePath().normalize(), row.line());
          if (first != null) {
            throw new KitException(ExitCode.OUTPUT, "the loop folder "
                + rendered.output().folder() + " is also the folder of the row at line " + first
                + "; two rows of one batch never share a folder: remove one or give it another "
                + "date or role");
          }
          List<Path> written = rendered.output().write(rendered.request().force());
          written.forEach(context.out::println);
          context.out.flush();
          ok++;
          writtenPaths.addAll(written);
          progress.done(i, label, null);
        } catch (RuntimeException e) {
          String message = where + ":" + row.line()
              + (row.column() > 0 ? ":" + row.column() : "") + ": " + describe(e);
          failures.add(message);
          locked += e instanceof dev.interviewkit.output.LockedException ? 1 : 0;
          progress.done(i, label, message);
        }
      }
    }
    progress.finish();
    // Counted on disk: the paths of the loops written.
    long files = writtenPaths.stream()
        .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).count();
    context.err.println("batch: " + ok + " of " + rows.size() + " loop"
        + (rows.size() == 1 ? "" : "s") + " written (" + files + " file"
        + (files == 1 ? "" : "s") + " under " + out + "), " + failures.size() + " failed");
    if (!failures.isEmpty()) {
      failures.forEach(f -> context.err.println("  " + Terminal.oneLine(f)));
    }
    return exitCode(failures.size(), locked);
  }

  /**
   * 0 when every row was written; 13 when the only failures were loops another run was writing
   * (run the batch again later); 3 when any row failed for another reason, which needs a fix.
   */
  static int exitCode(int failed, int locked) {
    if (failed == 0) {
      return ExitCode.OK;
    }
    return locked == failed ? ExitCode.LOCKED : ExitCode.BAD_INPUT;
  }

  /** Loops planned and rendered ahead of the one being written. */
  private static final int AHEAD = 2;

  private static String labelOf(Row row) {
    String candidate = row.get("candidate");
    String role = row.get("role");
    String who = candidate != null ? candidate
        : row.get("panel") != null ? "panel " + row.get("panel") : "?";
    return Terminal.shorten(who) + " (" + Terminal.shorten(role == null ? "?" : role) + ")";
  }

  private LoopRequest request(Row row) {
    if (row.values().containsKey(BatchFile.ERROR)) {
      throw new KitException(ExitCode.BAD_INPUT, row.values().get(BatchFile.ERROR));
    }
    String role = row.get("role");
    if (role == null) {
      throw new KitException(ExitCode.USAGE, "the row has no role");
    }
    String candidate = row.get("candidate");
    Path panel = null;
    if (row.get("panel") != null) {
      panel = confined(row.get("panel"));
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
        throw new KitException(ExitCode.USAGE, "date must be YYYY-MM-DD, got '"
            + Terminal.shorten(row.get("date")) + "'");
      }
    }
    Long seed = null;
    if (row.get("seed") != null) {
      try {
        seed = Long.parseLong(row.get("seed"));
      } catch (NumberFormatException e) {
        throw new KitException(ExitCode.USAGE, "seed must be a whole number, got '"
            + Terminal.shorten(row.get("seed")) + "'");
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
            + Terminal.shorten(row.get("paper")) + "'");
      }
    }
    return new LoopRequest(role, candidate, date, panel, Outputs.PACKET, rowFormats, rowPaper,
        seed, List.of(), out, force);
  }

  /**
   * The row's panel file, which must lie in the batch file's folder or below, links resolved:
   * a batch file from someone else cannot make kit read (and quote) any other file.
   */
  private Path confined(String name) {
    Path base = file.toAbsolutePath().getParent();
    Path resolved;
    try {
      resolved = base.resolve(name).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new KitException(ExitCode.BAD_INPUT, "panel file '" + Terminal.shorten(name)
          + "' is not a valid path");
    }
    String refusal = "panel file '" + Terminal.shorten(name) + "' is outside the batch file's "
        + "folder " + base + "; a batch may only name panel files in that folder or below";
    try {
      Path realBase = base.toRealPath();
      if (!resolved.toRealPath().startsWith(realBase)) {
        throw new KitException(ExitCode.BAD_INPUT, refusal);
      }
    } catch (NoSuchFileException e) {
      if (!resolved.startsWith(base)) {
        throw new KitException(ExitCode.BAD_INPUT, refusal);
      }
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "cannot read panel file '"
          + Terminal.shorten(name) + "': " + e.getMessage());
    }
    return resolved;
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

  // ---------------------------------------------------------------------------------- progress

  /** Back to the start of the line and clear it: the only control sequence batch sends. */
  private static final String CLEAR_LINE = "\r\033[K";

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
        TerminalWriter.control(context.err, CLEAR_LINE);
        if (failure != null) {
          context.err.println(Terminal.oneLine(failure));
        }
        bar(index + 1, label);
      } else {
        context.err.println("batch: [" + (index + 1) + "/" + total + "] "
            + Terminal.oneLine(failure == null ? "ok " + label : "FAILED " + failure));
      }
      context.err.flush();
    }

    private void bar(int done, String label) {
      int width = 30;
      int filled = total == 0 ? width : done * width / total;
      String text = "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/"
          + total + " " + label;
      TerminalWriter.control(context.err, CLEAR_LINE);
      // Escaped before it is cut, so a cut never splits an escape into a raw control character.
      String safe = Terminal.oneLine(text);
      context.err.print(safe.length() > 100 ? safe.substring(0, 100) : safe);
      context.err.flush();
    }

    void finish() {
      if (terminal) {
        TerminalWriter.control(context.err, CLEAR_LINE);
      }
    }
  }
}
