package dev.interviewkit.calibration;

import dev.interviewkit.service.CsvText;
import dev.interviewkit.service.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's figures as CSV (one row per figure, a {@code kind} column saying which) and as
 * JSON. Undefined numbers are empty in the CSV and {@code null} in the JSON.
 */
public final class CalibrationData {

  /** The CSV columns. */
  public static final List<String> CSV_HEADER = List.of("kind", "interviewer", "competency",
      "question", "scorecards", "n", "estimate", "low", "high", "hires", "no_hires", "score_1",
      "score_2", "score_3", "score_4", "note");

  private CalibrationData() {}

  /**
   * Rows of kind {@code offset} (an interviewer's mean offset, competency {@code all} for the
   * overall one), {@code alpha} (agreement on a competency; n is the loops compared) and
   * {@code question} (a question's scores; estimate is its AUC for hires over no-hires).
   */
  public static String csv(Calibration c) {
    StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
    for (Calibration.Interviewer i : c.interviewers()) {
      offsetRow(out, i.name(), Calibration.ALL, String.valueOf(i.scorecards()), i.overall());
      i.byCompetency().forEach((competency, m) -> offsetRow(out, i.name(), competency, "", m));
    }
    for (Calibration.Agreement a : c.agreement()) {
      Krippendorff.Estimate e = a.estimate();
      row(out, "alpha", "", a.competency(), "", "", String.valueOf(e.units()),
          CalibrationText.number(e.alpha()), CalibrationText.number(e.low()),
          CalibrationText.number(e.high()), "", "", "", "", "", "",
          e.units() < Calibration.MIN_SAMPLE ? "small sample" : "");
    }
    for (Calibration.QuestionScores q : c.questions()) {
      List<Integer> n = q.counts();
      String hires = q.separation().map(s -> String.valueOf(s.hires())).orElse("");
      String noHires = q.separation().map(s -> String.valueOf(s.noHires())).orElse("");
      String auc = q.separation().map(s -> CalibrationText.number(s.auc())).orElse("");
      String note = q.separation().map(s -> s.smallSample() ? "small sample" : "")
          .orElse("no decisions");
      row(out, "question", "", "", q.question(), "", String.valueOf(q.scored()), auc, "", "",
          hires, noHires, n.get(0).toString(), n.get(1).toString(), n.get(2).toString(),
          n.get(3).toString(), note);
    }
    return out.toString();
  }

  private static void offsetRow(StringBuilder out, String name, String competency,
      String scorecards, Stats.Mean m) {
    row(out, "offset", name, competency, "", scorecards, String.valueOf(m.n()),
        CalibrationText.number(m.mean()), CalibrationText.number(m.low()),
        CalibrationText.number(m.high()), "", "", "", "", "", "",
        m.n() < Calibration.MIN_SAMPLE ? "small sample" : "");
  }

  /** One row; the text columns (interviewer, competency, question) are formula-neutralised. */
  private static void row(StringBuilder out, String kind, String interviewer, String competency,
      String question, String... rest) {
    List<String> cells = new ArrayList<>(List.of(kind, CsvText.cell(interviewer),
        CsvText.cell(competency), CsvText.cell(question)));
    cells.addAll(List.of(rest));
    out.append(String.join(",", cells)).append("\r\n");
  }

  public static String json(Calibration c, String source) {
    StringBuilder j = new StringBuilder(4096).append("{\n");
    j.append("  \"source\": ").append(JsonText.quote(source)).append(",\n");
    j.append("  \"role\": ").append(c.scope().role().map(JsonText::quote).orElse("null"))
        .append(",\n  \"since\": ").append(c.scope().since().map(d -> JsonText.quote(
            d.toString())).orElse("null"))
        .append(",\n  \"first\": ").append(c.first().map(d -> JsonText.quote(d.toString()))
            .orElse("null"))
        .append(",\n  \"last\": ").append(c.last().map(d -> JsonText.quote(d.toString()))
            .orElse("null"))
        .append(",\n  \"loops\": ").append(c.loops())
        .append(",\n  \"scorecards\": ").append(c.scorecards())
        .append(",\n  \"min_sample\": ").append(Calibration.MIN_SAMPLE)
        .append(",\n  \"resamples\": ").append(Calibration.RESAMPLES)
        .append(",\n  \"interviewers\": [");
    List<Calibration.Interviewer> interviewers = c.interviewers();
    for (int i = 0; i < interviewers.size(); i++) {
      Calibration.Interviewer in = interviewers.get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(JsonText.quote(in.name()))
          .append(", \"scorecards\": ").append(in.scorecards()).append(", \"overall\": ")
          .append(mean(in.overall())).append(", \"competencies\": {");
      int k = 0;
      for (Map.Entry<String, Stats.Mean> e : in.byCompetency().entrySet()) {
        j.append(k++ == 0 ? "" : ", ").append(JsonText.quote(e.getKey())).append(": ")
            .append(mean(e.getValue()));
      }
      j.append("}}");
    }
    j.append("\n  ],\n  \"agreement\": [");
    List<Calibration.Agreement> agreement = c.agreement();
    for (int i = 0; i < agreement.size(); i++) {
      Krippendorff.Estimate e = agreement.get(i).estimate();
      j.append(i == 0 ? "\n" : ",\n").append("    {\"competency\": ")
          .append(JsonText.quote(agreement.get(i).competency())).append(", \"metric\": ")
          .append("\"ordinal\", \"units\": ").append(e.units()).append(", \"values\": ")
          .append(e.values()).append(", \"alpha\": ").append(json(e.alpha()))
          .append(", \"low\": ").append(json(e.low())).append(", \"high\": ")
          .append(json(e.high())).append('}');
    }
    j.append("\n  ],\n  \"questions\": [");
    List<Calibration.QuestionScores> questions = c.questions();
    for (int i = 0; i < questions.size(); i++) {
      Calibration.QuestionScores q = questions.get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(JsonText.quote(q.question()))
          .append(", \"scored\": ").append(q.scored()).append(", \"counts\": ")
          .append(q.counts()).append(", \"mean\": ").append(json(q.mean()))
          .append(", \"separation\": ").append(q.separation().map(s -> "{\"hires\": "
              + s.hires() + ", \"no_hires\": " + s.noHires() + ", \"auc\": " + json(s.auc())
              + ", \"rank_biserial\": " + json(s.rankBiserial()) + "}").orElse("null"))
          .append('}');
    }
    return j.append("\n  ]\n}\n").toString();
  }

  private static String mean(Stats.Mean m) {
    return "{\"n\": " + m.n() + ", \"mean\": " + json(m.mean()) + ", \"low\": " + json(m.low())
        + ", \"high\": " + json(m.high()) + ", \"small_sample\": "
        + (m.n() < Calibration.MIN_SAMPLE) + "}";
  }

  private static String json(double v) {
    String n = CalibrationText.number(v);
    return n.isEmpty() ? "null" : n;
  }
}
