package dev.interviewkit.cli;

import dev.interviewkit.record.HiringRecord;
import dev.interviewkit.record.LoopFiles;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "records", mixinStandardHelpOptions = true,
    description = {"The hiring record and privacy: export what is held about a candidate, forget "
        + "a candidate, purge old loops, record a hiring decision. Each is audited.",
        "See docs/record.md. Exit 17 for a candidate or loop not on record."},
    subcommands = {RecordsCommand.Export.class, RecordsCommand.Forget.class,
        RecordsCommand.Purge.class, RecordsCommand.Decide.class})
final class RecordsCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.USAGE;
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Print everything held about a candidate as JSON: loops, rounds, questions, "
          + "files with their SHA-256, every scorecard version and the loops' history.")
  static final class Export implements Callable<Integer> {
    private final Context context;

    @Option(names = "--candidate", required = true, paramLabel = "NAME",
        description = "The candidate's name (matched normalised) or email.")
    String candidate;

    Export(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.out.print(context.requireRecord().export(candidate));
      context.out.flush();
      return ExitCode.OK;
    }
  }

  @Command(name = "forget", mixinStandardHelpOptions = true,
      description = {"Erase every row of the record naming a candidate. After a confirmation "
          + "(or with --yes), also delete the loop files the record names: only those, only "
          + "inside their loop folders, filled-in copies included."})
  static final class Forget implements Callable<Integer> {
    private final Context context;

    @Option(names = "--candidate", required = true, paramLabel = "NAME",
        description = "The candidate's name (matched normalised) or email.")
    String candidate;

    @Option(names = "--yes", description = "Delete the loop files without asking.")
    boolean yes;

    Forget(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      HiringRecord record = context.requireRecord();
      List<Path> files = record.recordedFiles(candidate);
      boolean delete = yes || confirm(context, files.size());
      LoopFiles.Deleted done = record.forget(candidate, delete);
      context.out.println("Forgot the candidate: every row naming them is erased from "
          + record.settings().describe() + ".");
      if (delete) {
        context.out.println("Deleted " + done.deleted().size() + " of the " + files.size()
            + " loop files on record.");
        done.kept().forEach(k -> context.err.println("kit: kept " + k));
      } else if (!files.isEmpty()) {
        context.out.println("The " + files.size() + " loop files were kept; delete them by hand"
            + " or run forget with --yes before erasing next time.");
      }
      return ExitCode.OK;
    }

    /** Asks on the console whether to delete {@code count} loop files; no without a console. */
    static boolean confirm(Context context, int count) throws IOException {
      if (count == 0 || System.console() == null) {
        return false;
      }
      context.out.print("Also delete the " + count + " loop files the record names? [y/N] ");
      context.out.flush();
      String answer = new BufferedReader(new InputStreamReader(System.in,
          StandardCharsets.UTF_8)).readLine();
      return answer != null && answer.strip().equalsIgnoreCase("y");
    }
  }

  @Command(name = "purge", mixinStandardHelpOptions = true,
      description = {"Erase every loop dated before the retention period, with its rounds, "
          + "files, scorecards and history, and candidates left without a loop. After a "
          + "confirmation (or with --yes), also delete the loop files the record names, as "
          + "forget does, but only while unchanged: a file whose SHA-256 differs is kept and "
          + "named."})
  static final class Purge implements Callable<Integer> {
    private static final Pattern AGE = Pattern.compile("([1-9][0-9]{0,3})([ymd])");
    private final Context context;

    @Option(names = "--older-than", required = true, paramLabel = "AGE",
        description = "The retention period: Ny, Nm or Nd (e.g. 2y, 18m, 400d).")
    String olderThan;

    @Option(names = "--yes", description = "Delete the loop files without asking.")
    boolean yes;

    Purge(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      Matcher m = AGE.matcher(olderThan);
      if (!m.matches()) {
        throw new KitException(ExitCode.USAGE, "--older-than must be a number and y, m or d "
            + "(2y, 18m, 400d), got '" + olderThan + "'");
      }
      int n = Integer.parseInt(m.group(1));
      Period age = switch (m.group(2)) {
        case "y" -> Period.ofYears(n);
        case "m" -> Period.ofMonths(n);
        default -> Period.ofDays(n);
      };
      LocalDate cutoff = LocalDate.now().minus(age);
      HiringRecord record = context.requireRecord();
      List<Path> files = record.purgeableFiles(cutoff);
      boolean delete = yes || Forget.confirm(context, files.size());
      HiringRecord.Purged done = record.purge(cutoff, delete);
      int loops = done.loops();
      context.out.println("Purged " + loops + " loop" + (loops == 1 ? "" : "s")
          + " dated before " + cutoff + ".");
      if (delete) {
        context.out.println("Deleted " + done.files().deleted().size() + " of the "
            + files.size() + " loop files on record.");
        done.files().kept().forEach(k -> context.err.println("kit: kept " + k));
      } else if (!files.isEmpty()) {
        context.out.println("The " + files.size() + " loop files were kept; delete them by hand"
            + " or run purge with --yes.");
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "decide", mixinStandardHelpOptions = true,
      description = "Record the hiring decision of a loop (used by the calibration report).")
  static final class Decide implements Callable<Integer> {
    private final Context context;

    @Option(names = "--loop", required = true, paramLabel = "ID", description = "The loop id.")
    String loop;

    @Option(names = "--decision", required = true, paramLabel = "hire|no-hire",
        description = "The decision.")
    String decision;

    Decide(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      if (!loop.matches("[0-9a-f]{16}")) {
        throw new KitException(ExitCode.USAGE, "--loop must be a loop id of 16 hexadecimal "
            + "digits, got '" + loop + "'");
      }
      context.requireRecord().decide(loop, decision);
      context.out.println("Recorded decision " + decision + " for loop " + loop + ".");
      return ExitCode.OK;
    }
  }
}
