package dev.interviewkit.calibration;

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

/** The calibration report as a document: the same look as the packets, in PDF and Word. */
public final class CalibrationDocument {

  static final String FOOTER = "Confidential — hiring managers and interviewer trainers only";

  private CalibrationDocument() {}

  public static Document of(Calibration c, String source, Map<String, String> titles, Paper paper,
      LocalDate date) {
    List<Block> b = new ArrayList<>();
    String scope = c.scope().role().map(r -> "Role " + r).orElse("All roles");
    b.add(new Paragraph("Calibration across loops", TextStyle.SUBTITLE));
    b.add(new Paragraph("Calibration report", TextStyle.TITLE));
    b.add(Paragraph.body(scope + " · " + c.loops() + " loop" + (c.loops() == 1 ? "" : "s")
        + " · " + c.scorecards() + " scorecard" + (c.scorecards() == 1 ? "" : "s")
        + c.first().map(f -> " · loops from " + f + " to " + c.last().orElseThrow()).orElse("")
        + c.scope().since().map(s -> " (since " + s + ")").orElse("") + ". Read from " + source
        + "."));
    interviewers(b, c, titles);
    agreement(b, c, titles);
    questions(b, c);
    b.add(new Heading(1, "How to read this report"));
    b.add(new BulletList(List.of(
        "An offset compares a score with the mean of the other panelists' scores for the same "
            + "candidate and competency: -1.00 means one point below the rest of the panel, on "
            + "average. It says who scores differently, not who is right.",
        "The interval is a 95 % t interval over the compared scorecards. When it lies wholly "
            + "below or above 0 the difference is unlikely to be chance; with fewer than "
            + Calibration.MIN_SAMPLE + " compared scorecards the figure is marked and is a hint "
            + "at most.",
        "Alpha is Krippendorff's alpha for ordinal scores over loops where two or more "
            + "panelists scored the competency: 1 is full agreement, 0 what chance would give. "
            + "Krippendorff suggests relying on data at 0.8 or above and drawing only tentative "
            + "conclusions between 0.667 and 0.8.",
        "A question's AUC is the chance that a hired candidate's score on it beats a rejected "
            + "candidate's (ties count half): 0.5 is no separation. Decisions depend on every "
            + "round, so this shows association, not what the question predicts on the job.",
        "The full figures are in calibration.csv and calibration.json beside this file.")));
    Map<String, String> props = new LinkedHashMap<>();
    props.put("interviewkit.kind", "calibration");
    props.put("interviewkit.calibration.loops", String.valueOf(c.loops()));
    c.scope().role().ifPresent(r -> props.put("interviewkit.calibration.role", r));
    return new Document(new DocumentInfo("Calibration report", "Calibration · " + scope
        + " · " + date, FOOTER, paper, date, props), b);
  }

  private static void interviewers(List<Block> b, Calibration c, Map<String, String> titles) {
    b.add(new Heading(1, "Interviewers: offset from their panels"));
    List<Calibration.Interviewer> shown = c.byDistance();
    if (shown.isEmpty()) {
      b.add(Paragraph.body("No loop has two or more panelists scoring the same competency, so "
          + "no offset can be computed."));
    } else {
      List<Calibration.Interviewer> charted =
          shown.subList(0, Math.min(CalibrationCharts.MAX_INTERVIEWERS, shown.size()));
      b.add(CalibrationCharts.offsets(charted));
      b.add(new Paragraph("Each dot is an interviewer's mean offset (compared scorecards in "
          + "brackets), the bar its 95 % interval; left of the line at 0 is harsher than the "
          + "panel, right is more lenient."
          + (charted.size() < shown.size() ? " The " + charted.size() + " furthest from 0 of "
              + shown.size() + " are shown; the table lists every one." : ""), TextStyle.SMALL));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Calibration.Interviewer i : c.interviewers()) {
      Stats.Mean m = i.overall();
      rows.add(List.of(i.name(), String.valueOf(i.scorecards()), String.valueOf(m.n()),
          CalibrationText.signed(m.mean()), CalibrationText.interval(m.low(), m.high(), true),
          note(m)));
    }
    b.add(new Table(List.of("Interviewer", "Scorecards", "Compared", "Offset", "95 % interval",
        "Note"), rows, List.of(26, 12, 12, 10, 20, 20)));
    b.add(new Heading(2, "Offsets by competency"));
    List<List<String>> detail = new ArrayList<>();
    for (Calibration.Interviewer i : c.interviewers()) {
      i.byCompetency().forEach((competency, m) -> detail.add(List.of(i.name(),
          CalibrationText.competency(competency, titles), String.valueOf(m.n()),
          CalibrationText.signed(m.mean()), CalibrationText.interval(m.low(), m.high(), true),
          note(m))));
    }
    if (detail.isEmpty()) {
      b.add(Paragraph.body("None."));
    } else {
      b.add(new Table(List.of("Interviewer", "Competency", "Compared", "Offset",
          "95 % interval", "Note"), detail, List.of(22, 26, 10, 10, 18, 14)));
    }
  }

  private static String note(Stats.Mean m) {
    if (m.n() < Calibration.MIN_SAMPLE) {
      return m.n() == 0 ? "never compared" : "small sample (under " + Calibration.MIN_SAMPLE
          + ")";
    }
    if (m.excludesZero()) {
      return m.mean() < 0 ? "harsher than panels" : "more lenient than panels";
    }
    return "";
  }

  private static void agreement(List<Block> b, Calibration c, Map<String, String> titles) {
    b.add(new Heading(1, "Agreement by competency"));
    List<Calibration.Agreement> rows = c.agreement().stream()
        .filter(a -> !Double.isNaN(a.estimate().alpha())).toList();
    if (rows.isEmpty()) {
      b.add(Paragraph.body("Agreement needs loops where two or more panelists scored the same "
          + "competency, with some variation in the scores; there are none yet."));
    } else {
      b.add(CalibrationCharts.agreement(rows, titles));
      b.add(new Paragraph("Each dot is Krippendorff's alpha (ordinal) for a competency, the bar "
          + "its 95 % bootstrap interval (" + Calibration.RESAMPLES + " resamples of loops); "
          + "dashed lines at 0.667 and 0.8.", TextStyle.SMALL));
    }
    List<List<String>> table = new ArrayList<>();
    for (Calibration.Agreement a : c.agreement()) {
      Krippendorff.Estimate e = a.estimate();
      table.add(List.of(CalibrationText.competency(a.competency(), titles),
          String.valueOf(e.units()), String.valueOf(e.values()), CalibrationText.fixed(e.alpha()),
          CalibrationText.interval(e.low(), e.high(), false), reading(e)));
    }
    if (!table.isEmpty()) {
      b.add(new Table(List.of("Competency", "Loops", "Scores", "Alpha", "95 % interval",
          "Reading"), table, List.of(30, 10, 10, 10, 20, 20)));
    }
  }

  private static String reading(Krippendorff.Estimate e) {
    if (Double.isNaN(e.alpha())) {
      return e.units() == 0 ? "no loop with two panelists" : "no variation in scores";
    }
    String level = e.alpha() >= 0.8 ? "reliable" : e.alpha() >= 0.667 ? "tentative" : "low";
    return e.units() < Calibration.MIN_SAMPLE ? level + ", small sample" : level;
  }

  private static void questions(List<Block> b, Calibration c) {
    b.add(new Heading(1, "Questions: scores and separation"));
    if (c.questions().isEmpty()) {
      b.add(Paragraph.body("No score names the question it was given for."));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Calibration.QuestionScores q : c.questions()) {
      List<Integer> n = q.counts();
      rows.add(List.of(q.question(), String.valueOf(q.scored()), n.get(0).toString(),
          n.get(1).toString(), n.get(2).toString(), n.get(3).toString(),
          CalibrationText.fixed(q.mean()),
          q.separation().map(s -> s.hires() + " / " + s.noHires()).orElse("—"),
          q.separation().map(s -> CalibrationText.fixed(s.auc())
              + (s.smallSample() ? " (small sample)" : "")).orElse("no decisions")));
    }
    b.add(new Table(List.of("Question", "Scored", "1", "2", "3", "4", "Mean", "Hire / no hire",
        "AUC"), rows, List.of(28, 9, 6, 6, 6, 6, 8, 13, 18)));
  }
}
