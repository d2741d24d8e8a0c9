package dev.interviewkit.compose;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.PageBreak;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Kind;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.role.RoleBrief;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a planned loop into documents: overview, packets, scorecards and handouts. */
public final class LoopDocuments {

  public static final String CONFIDENTIAL = "Confidential — interviewer use only";
  public static final String CANDIDATE_COPY = "Candidate copy";
  public static final String SCORE_ALONE =
      "Score on your own, before the debrief; every score needs evidence.";
  static final int NOTE_LINES_PER_QUESTION = 8;
  /**
   * Evidence lines per competency, by how many the round scores, so the form fills one page (Letter,
   * 80-character names): the fewer competencies, the taller each box, since typed evidence is set
   * at a fixed readable size rather than shrunk. Word caps what it shows (its rows are stacked).
   * From {@link #COMPACT_FROM} competencies the rows are compact and one line is a box of three
   * typed lines.
   */
  static int evidenceLines(int competencies) {
    return switch (competencies) {
      case 1 -> 16;
      case 2 -> 8;
      case 3 -> 4;
      case 4, 5 -> 2;
      default -> 1;
    };
  }

  /** Competencies from which a scorecard's rows are compact, so four to six fit one page. */
  static final int COMPACT_FROM = 4;

  /** Caption of the field beside the evidence: what would have raised the score. */
  public static final String RAISE_LABEL = "What would have raised the score";

  /** Longest candidate name, in code points, the running header prints uncut. */
  static final int HEADER_NAME = 48;

  /** Metadata keys that identify which loop a document belongs to. */
  public static final String KEY_KIND = "interviewkit.kind";
  public static final String KEY_CANDIDATE = "interviewkit.candidate";
  public static final String KEY_ROLE = "interviewkit.role";
  public static final String KEY_ROUND = "interviewkit.round";
  public static final String KEY_SEED = "interviewkit.seed";
  public static final String KEY_DATE = "interviewkit.date";
  public static final String KEY_LOOP = "interviewkit.loop";
  public static final String KEY_QUESTIONS = "interviewkit.questions";
  public static final String KEY_COMPETENCIES = "interviewkit.competencies";

  /** Scorecard choices, in printing order; values are what a filled form stores. */
  public static final List<String> SCORE_VALUES = List.of("1", "2", "3", "4", "na");
  static final List<String> SCORE_LABELS =
      List.of("1 Well below", "2 Below", "3 Meets", "4 Clearly above", "Not assessed");
  public static final List<String> RECOMMENDATION_VALUES =
      List.of("strong-no", "no", "yes", "strong-yes");
  public static final List<String> RECOMMENDATION_LABELS =
      List.of("Strong No", "No", "Yes", "Strong Yes");

  private final Loop loop;
  private final BankCatalog catalog;
  private final Paper paper;
  private final Organisation organisation;

  private final List<String> kitNotes;
  private final int earlierLoops;

  public LoopDocuments(Loop loop, BankCatalog catalog, Paper paper) {
    this(loop, catalog, paper, Organisation.NONE, List.of(), 0);
  }

  /** Documents of {@code organisation}: its name and logo in every header, its confidentiality line. */
  public LoopDocuments(Loop loop, BankCatalog catalog, Paper paper, Organisation organisation) {
    this(loop, catalog, paper, organisation, List.of(), 0);
  }

  /**
   * @param kitNotes what the overview says about the coordinator's kit; empty for none
   * @param earlierLoops the candidate's earlier loops on record whose questions the planner
   *     avoided (the overview says so when there are any)
   */
  public LoopDocuments(Loop loop, BankCatalog catalog, Paper paper, Organisation organisation,
      List<String> kitNotes, int earlierLoops) {
    this.loop = loop;
    this.catalog = catalog;
    this.paper = paper;
    this.organisation = java.util.Objects.requireNonNull(organisation, "organisation");
    this.kitNotes = List.copyOf(kitNotes);
    this.earlierLoops = earlierLoops;
  }

  /** Form-field names; stable and documented in docs/scorecard-fields.md. PDF field names may not hold dots. */
  public static String scoreField(String round, String competency) {
    return round + ":" + competency + ":score";
  }

  public static String evidenceField(String round, String competency) {
    return round + ":" + competency + ":evidence";
  }

  /** The text field for what would have raised a competency's score. */
  public static String raiseField(String round, String competency) {
    return round + ":" + competency + ":raise";
  }

  public static String recommendationField(String round) {
    return round + ":recommendation";
  }

  public static String interviewerField(String round) {
    return round + ":interviewer";
  }

  public static String takeawaysField(String round) {
    return round + ":takeaways";
  }

  /** The coverage matrix's mark for a competency's primary round. */
  public static final String PRIMARY_MARK = "● primary";

  /** The coverage matrix's mark for a round that gives a second view of a competency. */
  public static final String SECOND_MARK = "○ second";

  /** The loop overview for the coordinator and hiring manager. */
  public Document overview() {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Loop overview", TextStyle.SUBTITLE));
    b.add(new Paragraph(loop.candidate(), TextStyle.TITLE));
    b.add(Paragraph.body(loop.role().title() + " · " + loop.date()));
    if (earlierLoops > 0) {
      b.add(Paragraph.body("Returning candidate: the questions of " + earlierLoops + " earlier "
          + (earlierLoops == 1 ? "loop" : "loops") + " on the hiring record were avoided where "
          + "the banks allow."));
    }
    b.add(new Heading(1, "Schedule and panel"));
    List<List<String>> rows = new ArrayList<>();
    for (PlannedRound r : loop.rounds()) {
      rows.add(List.of(
          String.valueOf(r.number()),
          r.spec().title(),
          r.interviewer().time().isEmpty() ? "—" : r.interviewer().time(),
          r.spec().minutes() + " min",
          interviewerLine(r),
          String.join(", ", r.scored().stream().map(this::competencyTitle).toList()),
          String.join(", ", r.questions().stream().map(Question::id).toList())));
    }
    b.add(new Table(List.of("#", "Round", "Time", "Length", "Interviewer", "Competencies",
        "Questions"), rows, List.of(3, 17, 7, 9, 15, 23, 26)));
    b.add(new Heading(1, "Coverage"));
    Map<String, List<String>> coverage = coverage(loop);
    List<String> header = new ArrayList<>();
    header.add("Competency");
    List<Integer> widths = new ArrayList<>();
    widths.add(30);
    for (PlannedRound r : loop.rounds()) {
      header.add(r.number() + " " + r.spec().title());
      widths.add(Math.max(8, 60 / loop.rounds().size()));
    }
    header.add("Rounds");
    widths.add(10);
    List<List<String>> matrix = new ArrayList<>();
    List<String> thin = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : coverage.entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(competencyTitle(e.getKey()));
      String primary = primaryRound(loop, e.getKey(), e.getValue());
      for (PlannedRound r : loop.rounds()) {
        row.add(!e.getValue().contains(r.spec().id()) ? ""
            : r.spec().id().equals(primary) ? PRIMARY_MARK : SECOND_MARK);
      }
      int n = e.getValue().size();
      row.add(n < 2 ? n + " — too few" : String.valueOf(n));
      if (n < 2) {
        thin.add(competencyTitle(e.getKey()));
      }
      matrix.add(row);
    }
    b.add(new Table(header, matrix, widths));
    b.add(Paragraph.body(PRIMARY_MARK + ": the round that owns the competency (it holds it in "
        + "every loop). " + SECOND_MARK + ": another panelist scores it as well."));
    b.add(Paragraph.body("Each round's scorecard lists exactly the competencies its questions "
        + "assess; every competency a round scores has at least one question asking about it."));
    b.add(thin.isEmpty()
        ? Paragraph.body("Every competency of the role is assessed in at least two rounds.")
        : new Paragraph("Assessed in fewer than two rounds: " + String.join(", ", thin)
            + ". Its evidence comes from one panelist; weigh it in the debrief, or fix that "
            + "round's questions with a panel file.", TextStyle.STRONG));
    b.add(new Heading(1, "Timing"));
    List<List<String>> timing = new ArrayList<>();
    for (PlannedRound r : loop.rounds()) {
      timing.add(List.of(r.spec().title(), r.spec().introMinutes() + " min",
          r.questionMinutes() + " min", r.spec().candidateMinutes() + " min",
          r.wrapUpMinutes() + " min", r.spec().minutes() + " min"));
    }
    b.add(new Table(List.of("Round", "Introduction", "Questions", "Candidate's questions",
        "Wrap-up", "Time box"), timing, List.of(30, 14, 14, 16, 12, 14)));
    List<String> ahead = new ArrayList<>();
    for (PlannedRound r : loop.rounds()) {
      for (Question q : exercises(r)) {
        if (q.briefAhead()) {
          ahead.add(r.spec().title() + ": send the candidate the exercise brief ("
              + handoutName(r, q) + ") before the day; the round has no preparation time.");
        }
      }
    }
    if (!ahead.isEmpty()) {
      b.add(new Heading(2, "Send before the day"));
      b.add(new BulletList(ahead));
    }
    if (!kitNotes.isEmpty()) {
      b.add(new Heading(2, "The coordinator's kit"));
      b.add(new BulletList(kitNotes));
    }
    b.add(new Heading(1, "Debrief guidance"));
    b.add(new BulletList(List.of(
        "Every panelist submits their scorecard before any discussion.",
        "Go competency by competency; hear the evidence before anyone says a score.",
        "Where scores differ by two or more points, ask what each panelist saw.",
        "Decide against the bar for this level, not by averaging the scores.")));
    b.add(new Heading(1, "For reproducibility"));
    List<List<String>> repro = new ArrayList<>();
    repro.add(List.of("Seed", String.valueOf(loop.seed())));
    repro.add(List.of("Question ids", String.join(", ", loop.questionIds())));
    loop.bankVersions().forEach((id, v) -> repro.add(List.of("Bank " + id, "version " + v)));
    repro.add(List.of("Role plugin", loop.pluginId() + " " + loop.pluginVersion()));
    if (!loop.avoided().isEmpty()) {
      repro.add(List.of(earlierLoops > 0 ? "Reused despite --avoid or earlier loops"
          : "Reused despite --avoid", String.join(", ", loop.avoided())));
    }
    b.add(new Table(List.of("Item", "Value"), repro, List.of(25, 75)));
    Map<String, String> props = identity("overview", "");
    props.put(KEY_QUESTIONS, String.join(",", loop.questionIds()));
    return new Document(info("Loop overview — " + loop.candidate(), "Loop overview",
        CONFIDENTIAL, props), b);
  }

  /** The interviewer packet for one round, ending with the round's scorecard. */
  public Document packet(PlannedRound round) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Interviewer packet — " + round.spec().title(), TextStyle.SUBTITLE));
    b.add(new Paragraph(loop.candidate(), TextStyle.TITLE));
    b.add(new Table(List.of("Round detail", ""), List.of(
        List.of("Role", loop.role().title()),
        List.of("Date and time", loop.date() + (round.interviewer().time().isEmpty()
            ? "  at ________" : "  at " + round.interviewer().time())),
        List.of("Interviewer", interviewerLine(round)),
        List.of("Persona", round.spec().interviewer()),
        List.of("Duration", round.spec().minutes() + " minutes"),
        List.of("Competencies you score", String.join(", ",
            round.scored().stream().map(this::competencyTitle).toList()))),
        List.of(28, 72)));
    if (!round.spec().focus().isEmpty()) {
      b.add(new Heading(2, "What this round is for"));
      b.add(Paragraph.body(round.spec().focus()));
    }
    b.add(new Heading(1, "Run sheet"));
    b.add(new Table(List.of("Starts", "Segment", "Minutes"), runSheet(round), List.of(15, 65, 20)));
    b.add(new Heading(1, "Before you start"));
    b.add(new BulletList(List.of(
        "Read the role brief below; score against this level, not against yourself.",
        "Do not compare notes with other panelists before you submit your scorecard.",
        "Write evidence — what the candidate said and did — not impressions.",
        "Ask every question as written; use the follow-ups to get to specifics.")));
    b.addAll(brief());
    b.add(new PageBreak());
    b.add(new Heading(1, "Questions"));
    int n = 1;
    for (Question q : round.questions()) {
      List<Block> block = new ArrayList<>();
      int planned = round.minutes().get(n - 1);
      block.add(new Heading(2, "Q" + n + " · " + planned + " min · "
          + String.join(" + ", assessedHere(round, q).stream().map(this::competencyTitle)
              .toList())));
      block.add(new Callout(q.prompt()));
      if (q.kind() == Kind.DESIGN && !q.candidateBrief().isEmpty()) {
        block.add(new Paragraph("Hand the candidate the design handout (" + handoutName(round, q)
            + ") at the start of this question.", TextStyle.SMALL));
      }
      if (q.kind() == Kind.EXERCISE) {
        block.add(new Paragraph((q.briefAhead()
            ? "The candidate had the exercise brief (" + handoutName(round, q) + ") before the "
                + "day; bring a copy."
            : "Hand the candidate the exercise handout (" + handoutName(round, q) + ") at the "
                + "start of this question.") + q.timing().map(t -> " Timing: prepare "
            + t.prepare() + " min, present " + t.present() + " min, discuss "
            + (t.discuss() + planned - q.minutes()) + " min.").orElse(""), TextStyle.SMALL));
        if (!q.interviewerScript().isEmpty()) {
          block.add(new Paragraph("Your part in the role-play (never show the candidate)",
              TextStyle.STRONG));
          for (String para : q.interviewerScript().split("\\n\\s*\\n")) {
            block.add(Paragraph.body(para.strip()));
          }
        }
      }
      block.add(new Paragraph("Follow-ups", TextStyle.STRONG));
      block.add(new BulletList(q.followUps()));
      block.add(new SideBySide("Strong answers show", q.signals(), "Red flags", q.redFlags()));
      for (dev.interviewkit.bank.Assessment also : q.alsoAssesses()) {
        if (round.scored().contains(also.competency())) {
          block.add(new Paragraph("Also evidence for " + competencyTitle(also.competency()),
              TextStyle.STRONG));
          block.add(new BulletList(also.signals()));
        }
      }
      block.add(NoteLines.plain("Notes · " + q.id(), NOTE_LINES_PER_QUESTION));
      b.add(new KeepTogether(block));
      b.addAll(RatingGuide.blocks(q, loop.role().title()));
      n++;
    }
    b.add(new PageBreak());
    b.addAll(scorecardBlocks(round));
    return new Document(info("Interviewer packet — " + round.spec().title(),
        round.spec().title(), CONFIDENTIAL, identity("packet", round.spec().id())), b);
  }

  /** File name stem of the hiring manager's reference-check guide. */
  public static final String REFERENCE_CHECK = "30-reference-check";

  /** The hiring manager's reference-check guide for this loop. */
  public Document referenceCheck() {
    return new Document(info("Reference-check guide — " + loop.candidate(),
        "Reference-check guide", CONFIDENTIAL, identity("reference-check", "")),
        ReferenceCheckGuide.blocks(loop, catalog));
  }

  /** The scorecard for one round, on its own. */
  public Document scorecard(PlannedRound round) {
    Map<String, String> props = identity("scorecard", round.spec().id());
    props.put(KEY_COMPETENCIES, String.join(",", round.scored()));
    return new Document(info("Scorecard — " + round.spec().title(), round.spec().title(),
        CONFIDENTIAL, props), scorecardBlocks(round));
  }

  /** The candidate-safe handout for an exercise question: its brief and nothing else. */
  public Document handout(PlannedRound round, Question question) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Exercise brief", TextStyle.SUBTITLE));
    b.add(new Paragraph(loop.candidate(), TextStyle.TITLE));
    b.add(Paragraph.body(loop.role().title() + " · " + round.spec().title() + " · about "
        + question.minutes() + " minutes"));
    b.add(new Heading(1, "The exercise"));
    b.addAll(BriefMarkup.blocks(question.candidateBrief(), 1));
    b.add(NoteLines.plain("Your working", 12));
    Map<String, String> props = new LinkedHashMap<>();
    props.put(KEY_KIND, "handout");
    return new Document(new DocumentInfo("Exercise brief — " + round.spec().title(),
        headerName() + " · " + loop.role().title() + " · " + round.spec().title(),
        CANDIDATE_COPY, paper, loop.date(), props, organisation), b);
  }

  /** The questions of a round with a candidate brief (exercises, design reviews): a handout each. */
  public static List<Question> exercises(PlannedRound round) {
    return round.questions().stream()
        .filter(q -> (q.kind() == Kind.EXERCISE || q.kind() == Kind.DESIGN)
            && !q.candidateBrief().isEmpty()).toList();
  }

  /** File name stem of a handout, e.g. {@code 23-hiring-org-design-handout}. */
  public static String handoutName(PlannedRound round, Question question) {
    List<Question> all = exercises(round);
    String suffix = all.size() > 1 ? "-" + (all.indexOf(question) + 1) : "";
    return String.format("%02d-%s-handout%s", 20 + round.number(), round.spec().id(), suffix);
  }

  private List<Block> scorecardBlocks(PlannedRound round) {
    String id = round.spec().id();
    List<Block> b = new ArrayList<>();
    b.add(new Heading(1, "Scorecard — " + round.spec().title()));
    b.add(new Paragraph(loop.candidate() + " · " + loop.role().title() + " · " + loop.date(),
        TextStyle.STRONG));
    List<Block> guide = new ArrayList<>();
    guide.add(new Heading(1, "Scoring guide — what each score means for a "
        + loop.role().title()));
    boolean compact = round.scored().size() >= COMPACT_FROM;
    for (String c : round.scored()) {
      Competency competency = catalog.competency(c).orElseThrow();
      List<String> anchors = competency.anchorsFor(loop.role().level());
      List<Choice> choices = new ArrayList<>();
      for (int i = 0; i < SCORE_VALUES.size(); i++) {
        choices.add(new Choice(SCORE_VALUES.get(i), SCORE_LABELS.get(i), ""));
      }
      b.add(new ChoiceGroup(scoreField(id, c), competency.title(), competency.description(),
          choices, evidenceField(id, c), evidenceLines(round.scored().size()),
          RAISE_LABEL, raiseField(id, c), compact));
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < anchors.size(); i++) {
        rows.add(List.of(SCORE_LABELS.get(i), anchors.get(i)));
      }
      guide.add(new KeepTogether(List.of(new Heading(2, competency.title()),
          new Table(List.of("Score", "What the candidate did or said"), rows, List.of(18, 82)))));
    }
    List<Choice> recommendation = new ArrayList<>();
    for (int i = 0; i < RECOMMENDATION_VALUES.size(); i++) {
      recommendation.add(new Choice(RECOMMENDATION_VALUES.get(i), RECOMMENDATION_LABELS.get(i),
          ""));
    }
    b.add(new KeepTogether(List.of(
        new ChoiceGroup(recommendationField(id), "Overall recommendation",
            "There is no neutral choice. Key takeaways in the box "
                + (compact ? "below." : "beside it."), recommendation,
            takeawaysField(id), compact ? evidenceLines(round.scored().size()) : 2, "", "",
            compact),
        new NoteLines("Interviewer name", 1, interviewerField(id), round.interviewer().name()),
        new Paragraph(SCORE_ALONE + " The anchors for each score are on the next page.",
            TextStyle.SMALL))));
    b.add(new PageBreak());
    b.addAll(guide);
    return b;
  }

  private List<Block> brief() {
    RoleBrief brief = loop.role().brief();
    List<Block> b = new ArrayList<>();
    b.add(new Heading(1, "Role brief — " + loop.role().title()));
    b.add(Paragraph.body(brief.summary()));
    b.add(new BulletList(brief.scope()));
    b.add(new Table(List.of("Aspect", ""), List.of(
        List.of("Reports to", brief.reportsTo()),
        List.of("Planning horizon", brief.horizon()),
        List.of("Unlike the level below", brief.differsFromBelow()),
        List.of("Unlike the level above", brief.differsFromAbove())), List.of(25, 75)));
    b.add(new Paragraph("What the loop must find out", TextStyle.STRONG));
    b.add(new BulletList(brief.loopMustFind()));
    return b;
  }

  private Map<String, String> identity(String kind, String round) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put(KEY_KIND, kind);
    props.put(KEY_CANDIDATE, loop.candidate());
    props.put(KEY_ROLE, loop.role().id());
    props.put(KEY_DATE, loop.date().toString());
    props.put(KEY_SEED, String.valueOf(loop.seed()));
    props.put(KEY_LOOP, loopId(loop));
    if (!round.isEmpty()) {
      props.put(KEY_ROUND, round);
    }
    return props;
  }

  /** A short id naming one loop: a hash of candidate, role, date and seed. */
  public static String loopId(Loop loop) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest((loop.candidate()
          + "\n" + loop.role().id() + "\n" + loop.date() + "\n" + loop.seed())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private DocumentInfo info(String title, String part, String footer, Map<String, String> props) {
    return new DocumentInfo(title, headerName() + " · " + loop.role().title() + " · " + part,
        footer.equals(CONFIDENTIAL) ? organisation.confidentialityOr(CONFIDENTIAL) : footer, paper,
        loop.date(), props, organisation);
  }

  /**
   * The candidate's name for the one-line running header: a very long name is cut with "…" there
   * so the header fits; the document's title and scorecard print the name in full.
   */
  private String headerName() {
    return headerName(loop.candidate());
  }

  /** {@code name} for a one-line running header: cut with "…" past {@link #HEADER_NAME}. */
  public static String headerName(String name) {
    if (name.codePointCount(0, name.length()) <= HEADER_NAME) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, HEADER_NAME - 1)).stripTrailing() + "…";
  }

  private String interviewerLine(PlannedRound r) {
    if (r.interviewer().isBlank()) {
      return "______________________";
    }
    return r.interviewer().title().isEmpty() ? r.interviewer().name()
        : r.interviewer().name() + ", " + r.interviewer().title();
  }

  private String competencyTitle(String id) {
    return catalog.competency(id).map(Competency::title).orElse(id);
  }

  /** The round's run sheet rows: every segment with its start, adding up to the time box. */
  List<List<String>> runSheet(PlannedRound round) {
    List<List<String>> plan = new ArrayList<>();
    for (dev.interviewkit.plan.Segment seg : round.segments()) {
      String label = seg.label();
      if (seg.question() >= 0) {
        Question q = round.questions().get(seg.question());
        label = seg.label() + " · " + String.join(" + ", assessedHere(round, q).stream()
            .map(this::competencyTitle).toList()) + " (" + q.kind().id() + ")";
      }
      plan.add(List.of(clock(seg.start()), label, seg.minutes() + " min"));
    }
    plan.add(List.of("", "Total", round.spec().minutes() + " min"));
    return plan;
  }

  /** The competencies {@code q} gives evidence on that the round scores, its own first. */
  static List<String> assessedHere(PlannedRound round, Question q) {
    List<String> scored = round.scored();
    return q.assesses().stream().filter(scored::contains).toList();
  }

  /**
   * The id of {@code competency}'s primary round: the one holding it in its
   * {@code competencies}, or, for a competency only {@code may_score} brings in, the first round
   * that scores it; null when no round scores it.
   */
  static String primaryRound(Loop loop, String competency, List<String> scoring) {
    return loop.rounds().stream().filter(r -> r.primaryFor(competency))
        .map(r -> r.spec().id()).filter(scoring::contains).findFirst()
        .orElse(scoring.isEmpty() ? null : scoring.get(0));
  }

  /** Competency id to the ids of the rounds that score it in this loop. */
  static Map<String, List<String>> coverage(Loop loop) {
    Map<String, List<String>> coverage = new LinkedHashMap<>();
    loop.role().competencies().forEach(c -> coverage.put(c, new ArrayList<>()));
    for (PlannedRound r : loop.rounds()) {
      for (String c : r.scored()) {
        coverage.computeIfAbsent(c, k -> new ArrayList<>()).add(r.spec().id());
      }
    }
    return coverage;
  }

  private static String clock(int minutes) {
    return String.format("+%d:%02d", minutes / 60, minutes % 60);
  }
}
