package dev.interviewkit.training;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hiring manager's guide to a 45-minute calibration meeting over a practice pack: agenda,
 * the order to discuss the transcripts in and a sheet to record the agreed scores.
 */
public final class CalibrationGuide {

  /** The agenda: minutes and what happens; adds up to {@link #MINUTES}. */
  static final List<Map.Entry<Integer, String>> AGENDA = List.of(
      Map.entry(5, "Open: why we calibrate; the rules: evidence before scores, the key is a "
          + "reference to argue with, not a verdict"),
      Map.entry(25, "Discuss the transcripts in the order below, about 5 minutes each: everyone "
          + "reads out their score and evidence, then the facilitator reads the key's score, why "
          + "and what would have raised it"),
      Map.entry(7, "Patterns: who is lenient or harsh and on which competency (the score "
          + "report); which anchor words caused the spread"),
      Map.entry(5, "Agree a score for each discussed transcript and record it on the sheet"),
      Map.entry(3, "Close: each interviewer names one thing they will listen for next time"));
  static final int MINUTES = 45;
  static final int DISCUSSED = 5;
  static final String FOOTER = "Facilitator's copy — keep it with the answer key";

  private CalibrationGuide() {}

  /**
   * The guide.
   *
   * @param titles competency id to title
   * @param agreement the trainees' scores, when the guide is written after scoring: the
   *     transcripts are then ordered by spread; before scoring, by the key's 2-versus-3 cases
   */
  public static Document of(AnswerKey key, String roleTitle, Map<String, String> titles,
      Optional<Agreement> agreement, Paper paper, LocalDate date) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Calibration session guide", TextStyle.SUBTITLE));
    b.add(new Paragraph(roleTitle + " practice pack", TextStyle.TITLE));
    int n = key.entries().size();
    b.add(Paragraph.body("For the hiring manager running the meeting. " + n + " transcript"
        + (n == 1 ? "" : "s") + "; pack " + key.pack() + "."));
    b.add(new Heading(1, "Before the meeting"));
    b.add(new BulletList(List.of(
        "Give each interviewer every transcript (T01-transcript ...) and one blank scorecard "
            + "per transcript (T01-scorecard ...). Keep the answer key and key.json yourself.",
        "Everyone scores alone, writes evidence and what would have raised the score, and "
            + "enters their own name on every scorecard.",
        "Collect the filled scorecards and run 'kit training score --key key.json "
            + "SCORECARDS...': the report shows each interviewer's agreement with the key and "
            + "orders the transcripts by spread.")));
    b.add(new Heading(1, "Agenda — " + MINUTES + " minutes"));
    List<List<String>> rows = new ArrayList<>();
    int at = 0;
    for (Map.Entry<Integer, String> item : AGENDA) {
      rows.add(List.of(String.format("+0:%02d", at), item.getKey() + " min", item.getValue()));
      at += item.getKey();
    }
    rows.add(List.of("", at + " min", "Total"));
    b.add(new Table(List.of("Starts", "Minutes", "What happens"), rows, List.of(12, 12, 76)));
    b.add(new Heading(1, "Which transcripts to discuss first"));
    List<String> order;
    if (agreement.isPresent()) {
      b.add(Paragraph.body("Ordered by spread: the widest disagreement between interviewers "
          + "first, then the farthest from the key. Discuss the first " + DISCUSSED + "; the "
          + "rest if time allows."));
      List<List<String>> spread = new ArrayList<>();
      for (Agreement.Spread s : agreement.get().spreads()) {
        AnswerKey.Entry e = key.entry(s.transcript()).orElseThrow();
        spread.add(List.of(s.transcript(), titles.getOrDefault(e.competency(), e.competency()),
            s.scores().isEmpty() ? "—" : String.valueOf(s.width()),
            String.join(", ", s.scores().entrySet().stream()
                .map(x -> x.getKey() + " " + x.getValue()).toList())));
      }
      b.add(new Table(List.of("Transcript", "Competency", "Spread", "Scores given"), spread,
          List.of(14, 28, 10, 48)));
      order = agreement.get().spreads().stream().map(Agreement.Spread::transcript).toList();
    } else {
      b.add(Paragraph.body("No scores yet, so the order puts first the transcripts on the hire "
          + "line — the key's boundary cases between 2 and 3 — then the rest. After scoring, "
          + "'kit training score' writes this guide again ordered by spread."));
      List<AnswerKey.Entry> sorted = boundaryFirst(key);
      List<List<String>> list = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        AnswerKey.Entry e = sorted.get(i);
        list.add(List.of(String.valueOf(i + 1), e.transcript(),
            titles.getOrDefault(e.competency(), e.competency()),
            i < DISCUSSED ? "discuss" : "if time allows"));
      }
      b.add(new Table(List.of("#", "Transcript", "Competency", ""), list, List.of(8, 16, 46, 30)));
      order = sorted.stream().map(AnswerKey.Entry::transcript).toList();
    }
    b.add(new Heading(1, "Agreed scores"));
    b.add(Paragraph.body("Fill in during the meeting. Read the key's score from the answer key "
        + "only after the group has agreed its own."));
    List<List<String>> sheet = new ArrayList<>();
    for (String t : order) {
      AnswerKey.Entry e = key.entry(t).orElseThrow();
      sheet.add(List.of(t, titles.getOrDefault(e.competency(), e.competency()), "", "", ""));
    }
    b.add(new Table(List.of("Transcript", "Competency", "Agreed score", "Key score",
        "What we agreed to listen for"), sheet, List.of(15, 24, 12, 11, 38)));
    Map<String, String> props = new LinkedHashMap<>();
    props.put("interviewkit.kind", "calibration-guide");
    props.put(PackDocuments.KEY_PACK, key.pack());
    return new Document(new DocumentInfo("Calibration session guide " + key.pack(),
        "Practice · " + roleTitle + " · calibration guide", FOOTER, paper,
        date, props), b);
  }

  /** The key's transcripts with the 2s and 3s first, each group in pack order. */
  static List<AnswerKey.Entry> boundaryFirst(AnswerKey key) {
    return key.entries().stream().sorted(java.util.Comparator.comparingInt(
        (AnswerKey.Entry e) -> e.score() == 2 || e.score() == 3 ? 0 : 1)).toList();
  }
}
