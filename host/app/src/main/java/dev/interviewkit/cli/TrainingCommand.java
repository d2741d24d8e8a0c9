package dev.interviewkit.cli;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.training.AnswerKey;
import dev.interviewkit.training.TrainingService;
import dev.interviewkit.training.PackPlanner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "training", mixinStandardHelpOptions = true,
    description = {"Write a practice pack for calibrating interviewers: unlabelled answer "
        + "transcripts made from the banks' sample answers, a scorecard per transcript, an "
        + "answer key (PDF, Word and key.json) and a calibration session guide.",
        "'kit training score' compares filled practice scorecards with the key."},
    subcommands = TrainingCommand.Score.class)
final class TrainingCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Option(names = "--role", paramLabel = "ID", description = "Role id; see 'kit roles'.")
  String role;

  @Option(names = "--round", paramLabel = "ID",
      description = "Only questions one round of the role may draw (default: every round).")
  String round;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the practice pack.")
  Path out;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed for choosing and shuffling the transcripts (default: 1).")
  long seed = 1;

  @Option(names = "--count", paramLabel = "N",
      description = "Transcripts in the pack (default: " + PackPlanner.DEFAULT_COUNT + ").")
  int count = PackPlanner.DEFAULT_COUNT;

  @Option(names = "--paper", paramLabel = "letter|a4",
      description = "Paper size (default: kit.yaml's paper, else letter).")
  Paper paper;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Output formats, comma-separated (default: pdf,docx).")
  List<String> formats = new ArrayList<>(List.of("pdf", "docx"));

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date printed on the pack (default: today).")
  String date;

  @Option(names = "--force", description = "Replace the files of an earlier pack in --out; "
      + "its transcripts and practice scorecards the new pack does not have are removed.")
  boolean force;

  TrainingCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (role == null) {
      throw new KitException(ExitCode.USAGE, "training needs --role ID (or 'training score')");
    }
    if (out == null) {
      throw new KitException(ExitCode.USAGE, "training needs --out DIR");
    }
    RoleDefinition definition = context.service(options).findRole(role).definition()
        .orElseThrow();
    BankCatalog catalog = context.catalog(options);
    TrainingService service = new TrainingService(context.host(options).renderers(), catalog,
        context.config().organisation());
    service.pack(new TrainingService.PackRequest(definition, Optional.ofNullable(round), seed,
        count, paper != null ? paper : context.config().paper(), formats, date(date), out)).write(force).forEach(context.out::println);
    return ExitCode.OK;
  }

  static LocalDate date(String date) {
    if (date == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new KitException(ExitCode.USAGE, "--date must be YYYY-MM-DD, got '" + date + "'");
    }
  }

  @Command(name = "score", mixinStandardHelpOptions = true,
      description = {"Compare filled practice scorecards with the pack's key: each "
          + "interviewer's exact and within-one agreement per competency and their average "
          + "offset, written as PDF, Word, CSV and JSON, plus the calibration guide ordered by "
          + "spread.", "Prints every path written, then each scorecard refused (exit 12)."})
  static final class Score implements Callable<Integer> {

    private final Context context;
    @Mixin HostOptions options = new HostOptions();

    @Option(names = "--key", required = true, paramLabel = "FILE",
        description = "The pack's key.json.")
    Path key;

    @Parameters(paramLabel = "SCORECARD", arity = "1..*",
        description = "Filled practice scorecards (PDF or Word).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
        description = "Output folder (default: the folder of the key).")
    Path out;

    @Option(names = "--paper", paramLabel = "letter|a4",
        description = "Paper size (default: kit.yaml's paper, else letter).")
    Paper paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "Date printed on the report (default: today).")
    String date;

    @Option(names = "--force", description = "Replace an earlier report in --out.")
    boolean force;

    Score(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      BankCatalog catalog = context.catalog(options);
      TrainingService service = new TrainingService(context.host(options).renderers(), catalog,
          context.config().organisation());
      Path folder = out != null ? out
          : Optional.ofNullable(key.toAbsolutePath().getParent()).orElse(Path.of("."));
      String roleTitle = roleTitle();
      TrainingService.Scored scored = service.score(new TrainingService.ScoreRequest(key, files,
          roleTitle, paper != null ? paper : context.config().paper(), date(date), folder));
      scored.output().write(force).forEach(context.out::println);
      scored.refused().forEach((f, why) -> context.err.println("kit: refused " + f + ": " + why));
      scored.agreement().trainees().forEach(t -> t.unscored().forEach(u -> context.err.println(
          "kit: incomplete: " + t.name() + " did not score " + u)));
      return scored.refused().isEmpty() ? ExitCode.OK : ExitCode.SCORECARDS_REFUSED;
    }

    /** The title of the key's role, or its id when the role is not installed. */
    private String roleTitle() {
      String id;
      try {
        id = AnswerKey.read(key).role();
      } catch (java.io.IOException e) {
        throw new KitException(ExitCode.BAD_INPUT, "cannot read the key " + key + ": "
            + e.getMessage());
      }
      return context.host(options).roles().stream().flatMap(r -> r.definition().stream())
          .filter(r -> r.id().equals(id)).map(RoleDefinition::title).findFirst().orElse(id);
    }
  }
}
