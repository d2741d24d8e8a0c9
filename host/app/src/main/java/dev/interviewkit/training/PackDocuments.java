package dev.interviewkit.training;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Level;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.compose.RatingGuide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The documents of a practice pack: transcripts, practice scorecards and the answer key. */
public final class PackDocuments {

  public static final String KIND_TRANSCRIPT = "practice-transcript";
  public static final String KIND_SCORECARD = "practice-scorecard";
  public static final String KIND_KEY = "practice-key";
  public static final String KEY_PACK = "interviewkit.pack";
  public static final String KEY_TRANSCRIPT = "interviewkit.transcript";
  static final String PRACTICE = "Practice material — not a real candidate";
  static final String KEY_FOOTER = "Answer key — for the facilitator only";

  private final PracticePack pack;
  private final BankCatalog catalog;
  private final Level level;
  private final Paper paper;

  public PackDocuments(PracticePack pack, BankCatalog catalog, Level level, Paper paper) {
    this.pack = pack;
    this.catalog = catalog;
    this.level = level;
    this.paper = paper;
  }

  /** What the candidate was asked and said, with no score, why or raise anywhere on it. */
  public Document transcript(Transcript t) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Practice transcript", TextStyle.SUBTITLE));
    b.add(new Paragraph(t.id(), TextStyle.TITLE));
    b.add(Paragraph.body(pack.roleTitle() + " · score it on " + title(t.competency())
        + " · scorecard " + scorecardName(t)));
    b.add(new Heading(1, "The question"));
    b.add(new Callout(t.question().prompt()));
    if (!t.question().candidateBrief().isBlank()) {
      b.add(new Paragraph("The brief the candidate had", TextStyle.STRONG));
      for (String para : t.question().candidateBrief().split("\\n\\s*\\n")) {
        b.add(new Paragraph(para.strip(), TextStyle.SMALL));
      }
    }
    b.add(new Heading(1, "What the candidate said"));
    b.add(Paragraph.body(quoted(t.sample().answer())));
    b.add(new Paragraph("Score it on your own, against the anchors for a " + pack.roleTitle()
        + " on the scorecard, before anyone discusses it. Write the evidence you used and what "
        + "would have raised the score.", TextStyle.SMALL));
    return new Document(info("Practice transcript " + t.id(), t.id(), PRACTICE,
        props(KIND_TRANSCRIPT, t)), b);
  }

  /**
   * The practice scorecard for one transcript: the loop scorecard's row for the competency, with
   * the same field names, using the transcript id as the round ({@code T01:COMPETENCY:score}).
   */
  public Document scorecard(Transcript t) {
    Competency c = catalog.competency(t.competency()).orElseThrow();
    List<Choice> choices = new ArrayList<>();
    for (String value : LoopDocuments.SCORE_VALUES) {
      choices.add(new Choice(value, value.equals("na") ? "Not assessed"
          : RatingGuide.label(Integer.parseInt(value)), ""));
    }
    List<Block> b = new ArrayList<>();
    b.add(new Heading(2, "Practice scorecard — " + t.id()));
    b.add(new Paragraph(pack.roleTitle() + " · transcript " + t.id() + " · pack " + pack.id(),
        TextStyle.STRONG));
    b.add(new KeepTogether(List.of(
        new ChoiceGroup(LoopDocuments.scoreField(t.id(), c.id()), c.title(), c.description(),
            choices, LoopDocuments.evidenceField(t.id(), c.id()), 2, LoopDocuments.RAISE_LABEL,
            LoopDocuments.raiseField(t.id(), c.id())),
        new NoteLines("Your name", 1, LoopDocuments.interviewerField(t.id())))));
    b.add(new Paragraph(LoopDocuments.SCORE_ALONE, TextStyle.SMALL));
    List<String> anchors = c.anchorsFor(level);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < anchors.size(); i++) {
      rows.add(List.of(RatingGuide.label(i + 1), anchors.get(i)));
    }
    b.add(new KeepTogether(List.of(new Heading(3, c.title() + " — what each score means for a "
        + pack.roleTitle()), new Table(List.of("Score", "What the candidate did or said"), rows,
        List.of(18, 82)))));
    Map<String, String> props = props(KIND_SCORECARD, t);
    props.put(LoopDocuments.KEY_COMPETENCIES, c.id());
    return new Document(info("Practice scorecard " + t.id(), t.id() + " scorecard", PRACTICE,
        props), b);
  }

  /** The answer key: each transcript's score with why and what would have raised it. */
  public Document answerKey(Map<String, String> digests) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Answer key", TextStyle.SUBTITLE));
    b.add(new Paragraph(pack.roleTitle() + " practice pack", TextStyle.TITLE));
    b.add(new Paragraph("Keep this away from the trainees until every scorecard is in.",
        TextStyle.STRONG));
    for (Transcript t : pack.transcripts()) {
      b.add(new KeepTogether(List.of(
          new Heading(2, t.id() + " · " + title(t.competency()) + " · key score "
              + RatingGuide.label(t.keyScore())),
          new Paragraph("Question " + t.question().id(), TextStyle.SMALL),
          new Paragraph("Why a " + t.keyScore() + ": " + t.sample().why(), TextStyle.BODY),
          new Paragraph("Would raise it: " + t.sample().raise(), TextStyle.BODY))));
    }
    b.add(new Heading(1, "For reproducibility"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Pack", pack.id()));
    rows.add(List.of("Seed", String.valueOf(pack.seed())));
    rows.add(List.of("Round", pack.round().isEmpty() ? "all rounds" : pack.round()));
    digests.forEach((file, sha) -> rows.add(List.of(file, "SHA-256 " + sha)));
    b.add(new Table(List.of("Item", "Value"), rows, List.of(30, 70)));
    Map<String, String> props = base(KIND_KEY);
    return new Document(info("Answer key " + pack.id(), "answer key", KEY_FOOTER, props), b);
  }

  static String scorecardName(Transcript t) {
    return t.id() + "-scorecard";
  }

  static String transcriptName(Transcript t) {
    return t.id() + "-transcript";
  }

  String title(String competency) {
    return catalog.competency(competency).map(Competency::title).orElse(competency);
  }

  static String quoted(String answer) {
    return "\u201C" + answer.strip().replaceAll("\\s+", " ") + "\u201D";
  }

  private Map<String, String> props(String kind, Transcript t) {
    Map<String, String> props = base(kind);
    props.put(KEY_TRANSCRIPT, t.id());
    props.put(LoopDocuments.KEY_ROUND, t.id());
    return props;
  }

  Map<String, String> base(String kind) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put(LoopDocuments.KEY_KIND, kind);
    props.put(LoopDocuments.KEY_ROLE, pack.roleId());
    props.put(LoopDocuments.KEY_SEED, String.valueOf(pack.seed()));
    props.put(KEY_PACK, pack.id());
    return props;
  }

  DocumentInfo info(String title, String part, String footer, Map<String, String> props) {
    return new DocumentInfo(title, "Practice · " + pack.roleTitle() + " · " + part, footer,
        paper, pack.date(), props);
  }
}
