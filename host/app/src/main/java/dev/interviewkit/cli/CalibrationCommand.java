package dev.interviewkit.cli;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.calibration.CalibrationService;
import dev.interviewkit.calibration.ObservationFile;
import dev.interviewkit.calibration.ObservationSource;
import dev.interviewkit.calibration.RecordObservations;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "calibration", mixinStandardHelpOptions = true,
    description = {"Write the calibration report across loops: per interviewer, scorecards "
        + "written and mean offset from their panels (overall and per competency, with a 95 % "
        + "interval); per competency, agreement as Krippendorff's alpha (ordinal) with a "
        + "bootstrap interval; per question, its scores and how well they separate hires from "
        + "no-hires. Writes calibration.pdf, .docx, .csv and .json into a folder of its own "
        + "under --out.", "Reads the hiring record, or with --observations an export of score "
        + "observations (see docs/calibration.md)."})
final class CalibrationCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Option(names = "--observations", paramLabel = "FILE",
      description = "Read the score observations from a .csv or .json export "
          + "(docs/calibration.md) instead of the hiring record.")
  Path observations;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Folder under which the report's folder is made (default: kit.yaml's out, "
          + "else ./interview-packets).")
  Path out;

  @Option(names = "--role", paramLabel = "ID", description = "Only loops for this role.")
  String role;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD",
      description = "Only loops on or after this date.")
  String since;

  @Option(names = "--paper", paramLabel = "letter|a4",
      description = "Paper size (default: kit.yaml's paper, else letter).")
  Paper paper;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date printed on the report and naming its folder (default: today).")
  String date;

  @Option(names = "--force", description = "Replace an earlier report of the same date and role.")
  boolean force;

  CalibrationCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Context.checkOut(out);
    dev.interviewkit.config.KitConfig config = context.config();
    ObservationSource.Scope scope = new ObservationSource.Scope(Optional.ofNullable(role),
        Optional.ofNullable(since).map(s -> day("--since", s)));
    ObservationSource source = observations != null ? new ObservationFile(observations)
        : new RecordObservations(context.requireRecord());
    CalibrationService service = new CalibrationService(context.host(options).renderers());
    CalibrationService.Report report = service.report(new CalibrationService.Request(
        source, scope, titles(context.catalog(options)),
        paper != null ? paper : config.paper(),
        date == null ? LocalDate.now() : day("--date", date), out != null ? out : config.out(),
        config.organisation()));
    if (report.calibration().loops() == 0) {
      context.err.println("kit: warning: no scores in " + source.describe()
          + role(" for role ") + (since == null ? "" : " since " + since)
          + "; the report is empty");
    }
    report.output().write(force).forEach(context.out::println);
    return ExitCode.OK;
  }

  private String role(String prefix) {
    return role == null ? "" : prefix + role;
  }

  private static Map<String, String> titles(BankCatalog catalog) {
    Map<String, String> titles = new TreeMap<>();
    catalog.competencyIds().forEach(id -> titles.put(id,
        catalog.competency(id).map(Competency::title).orElse(id)));
    return titles;
  }

  private static LocalDate day(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new KitException(ExitCode.USAGE, option + " must be YYYY-MM-DD, got '" + value + "'");
    }
  }
}
