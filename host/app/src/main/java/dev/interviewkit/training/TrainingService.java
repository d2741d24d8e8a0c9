package dev.interviewkit.training;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Question;
import dev.interviewkit.output.OutputSet;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Writes practice packs and scores filled practice scorecards; the CLI and workbench call it. */
public final class TrainingService {

  public static final String GUIDE = "00-calibration-guide";
  public static final String KEY_DOCUMENT = "90-answer-key";
  public static final String REPORT = "95-training-score";
  public static final String GUIDE_BY_SPREAD = "96-calibration-guide-by-spread";
  /** The transcript and practice scorecard files of a pack: a forced rewrite removes the rest. */
  static final java.util.regex.Pattern EARLIER_TRANSCRIPTS =
      java.util.regex.Pattern.compile("T\\d{2,}-(transcript|scorecard)\\.(pdf|docx)");

  private final Map<String, Renderer> renderers;
  private final BankCatalog catalog;
  private final Organisation organisation;

  public TrainingService(Map<String, Renderer> renderers, BankCatalog catalog) {
    this(renderers, catalog, Organisation.NONE);
  }

  /** Packs and reports of {@code organisation}: its name and logo in every header. */
  public TrainingService(Map<String, Renderer> renderers, BankCatalog catalog,
      Organisation organisation) {
    this.renderers = renderers;
    this.catalog = catalog;
    this.organisation = java.util.Objects.requireNonNull(organisation, "organisation");
  }

  /** What {@code kit training} asks for. */
  public record PackRequest(RoleDefinition role, Optional<String> round, long seed, int count,
      Paper paper, List<String> formats, LocalDate date, Path out) {

    public PackRequest {
      formats = List.copyOf(formats);
      if (count < 1) {
        throw new KitException(ExitCode.USAGE, "--count must be at least 1, got " + count);
      }
    }
  }

  /** Plans and renders a practice pack in memory; {@link OutputSet#write} puts it on disk. */
  public OutputSet pack(PackRequest request) {
    checkFormats(request.formats());
    RoleDefinition role = request.role();
    List<RoundSpec> rounds = role.rounds();
    if (request.round().isPresent()) {
      String id = request.round().get();
      rounds = role.rounds().stream().filter(r -> r.id().equals(id)).toList();
      if (rounds.isEmpty()) {
        throw new KitException(ExitCode.USAGE, "round '" + id + "' is not a round of role '"
            + role.id() + "'; its rounds are " + String.join(", ",
            role.rounds().stream().map(RoundSpec::id).toList()));
      }
    }
    List<Question> eligible = PackPlanner.eligible(role, rounds, catalog);
    if (eligible.isEmpty()) {
      throw new KitException(ExitCode.NO_PRACTICE, "no question eligible for " + role.id()
          + request.round().map(r -> " round " + r).orElse("") + " has sample answers; add "
          + "'sample_answers' to the banks (docs/bank-format.md)");
    }
    PracticePack pack = PackPlanner.plan(role, request.round().orElse(""), eligible,
        request.seed(), request.count(), request.date());
    PackDocuments docs = new PackDocuments(pack, catalog, role.level(), request.paper());
    OutputSet out = new OutputSet(request.out());
    out.retire(EARLIER_TRANSCRIPTS);
    Map<String, String> sha = new LinkedHashMap<>();
    for (Transcript t : pack.transcripts()) {
      render(out, PackDocuments.transcriptName(t), docs.transcript(t), request.formats(), sha);
      render(out, PackDocuments.scorecardName(t), docs.scorecard(t), request.formats(), sha);
    }
    AnswerKey key = AnswerKey.of(pack, sha);
    render(out, GUIDE, CalibrationGuide.of(key, role.title(), titles(), Optional.empty(),
        request.paper(), request.date()), request.formats(), null);
    render(out, KEY_DOCUMENT, docs.answerKey(sha), request.formats(), null);
    out.add(AnswerKey.FILE, key.toJson().getBytes(StandardCharsets.UTF_8));
    return out;
  }

  /** What {@code kit training score} asks for. */
  public record ScoreRequest(Path key, List<Path> scorecards, String roleTitle, Paper paper,
      LocalDate date, Path out) {

    public ScoreRequest {
      scorecards = List.copyOf(scorecards);
    }
  }

  /** The outcome of scoring: what to write, what was used and what was refused (file: why). */
  public record Scored(OutputSet output, Agreement agreement, Map<String, String> refused) {}

  /** Reads the key and every scorecard, refusing bad ones by name, and renders the report. */
  public Scored score(ScoreRequest request) {
    AnswerKey key;
    try {
      key = AnswerKey.read(request.key());
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "cannot read the key " + request.key() + ": "
          + e.getMessage());
    }
    Map<String, String> refused = new LinkedHashMap<>();
    Map<String, PracticeScorecard> used = new TreeMap<>();
    for (Path file : request.scorecards()) {
      PracticeScorecard card;
      try {
        card = PracticeScorecard.read(file);
      } catch (IOException | RuntimeException e) {
        refused.put(file.toString(), "cannot be read: " + e.getMessage());
        continue;
      }
      Optional<String> why = fault(card, key);
      if (why.isEmpty() && used.containsKey(card.trainee() + "\n" + card.transcript())) {
        why = Optional.of("a second scorecard for " + card.transcript() + " from '"
            + card.trainee() + "' (first: " + used.get(card.trainee() + "\n"
            + card.transcript()).file() + ")");
      }
      if (why.isPresent()) {
        refused.put(file.toString(), why.get());
      } else {
        used.put(card.trainee() + "\n" + card.transcript(), card);
      }
    }
    if (used.isEmpty()) {
      throw new KitException(ExitCode.SCORECARDS_REFUSED, "no usable practice scorecard among "
          + request.scorecards().size() + " file" + (request.scorecards().size() == 1 ? "" : "s")
          + refused.entrySet().stream().findFirst().map(e -> "; " + e.getKey() + ": "
          + e.getValue()).orElse(""));
    }
    Agreement agreement = new Agreement(key, List.copyOf(used.values()));
    OutputSet out = new OutputSet(request.out());
    Map<String, String> titles = titles();
    render(out, REPORT, ScoreReport.document(agreement, request.roleTitle(), titles, refused,
        request.paper(), request.date()), List.of("pdf", "docx"), null);
    out.add(REPORT + ".csv", ScoreReport.csv(agreement).getBytes(StandardCharsets.UTF_8));
    out.add(REPORT + ".json", ScoreReport.json(agreement).getBytes(StandardCharsets.UTF_8));
    render(out, GUIDE_BY_SPREAD, CalibrationGuide.of(key, request.roleTitle(), titles,
        Optional.of(agreement), request.paper(), request.date()), List.of("pdf", "docx"), null);
    return new Scored(out, agreement, refused);
  }

  private static Optional<String> fault(PracticeScorecard card, AnswerKey key) {
    if (!card.pack().equals(key.pack())) {
      return Optional.of("belongs to practice pack " + card.pack() + ", not to " + key.pack());
    }
    Optional<AnswerKey.Entry> entry = key.entry(card.transcript());
    if (entry.isEmpty()) {
      return Optional.of("transcript '" + card.transcript() + "' is not in the key");
    }
    if (!entry.get().competency().equals(card.competency())) {
      return Optional.of("scores " + card.competency() + ", but the key's " + card.transcript()
          + " is " + entry.get().competency());
    }
    if (card.trainee().isBlank()) {
      return Optional.of("no name was entered, so it cannot be told whose it is");
    }
    if (!card.score().isEmpty() && !card.score().equals("na") && !card.scored()) {
      return Optional.of("score '" + card.score() + "' is not 1, 2, 3, 4 or na");
    }
    return Optional.empty();
  }

  private Map<String, String> titles() {
    Map<String, String> titles = new TreeMap<>();
    catalog.competencyIds().forEach(id -> titles.put(id,
        catalog.competency(id).map(Competency::title).orElse(id)));
    return titles;
  }

  private void checkFormats(List<String> formats) {
    for (String format : formats) {
      if (!renderers.containsKey(format)) {
        throw new KitException(ExitCode.UNKNOWN_FORMAT, "unknown format '" + format
            + "'; available: " + String.join(", ", new java.util.TreeSet<>(renderers.keySet())));
      }
    }
  }

  /** Renders {@code doc} in each format and, when {@code sha} is given, records each digest. */
  private void render(OutputSet out, String stem, Document composed, List<String> formats,
      Map<String, String> sha) {
    Document doc = new Document(composed.info().withOrganisation(organisation), composed.blocks());
    for (String format : formats) {
      Renderer renderer = renderers.get(format);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        renderer.render(doc, bytes);
      } catch (IOException e) {
        throw new KitException(ExitCode.INTERNAL, "cannot render " + stem + ": " + e.getMessage());
      }
      String name = stem + "." + renderer.fileExtension();
      out.add(name, bytes.toByteArray());
      if (sha != null && stem.endsWith("-transcript")) {
        sha.put(name, sha256(bytes.toByteArray()));
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
