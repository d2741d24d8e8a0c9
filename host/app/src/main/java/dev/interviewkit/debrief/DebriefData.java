package dev.interviewkit.debrief;

import java.util.List;
import java.util.Map;

/**
 * The debrief's figures as CSV and JSON, holding every panelist's text exactly as read. In the
 * CSV a cell a spreadsheet would run as a formula is neutralised as OWASP recommends; the JSON is
 * never changed.
 */
public final class DebriefData {

  private DebriefData() {}

  /** One row per scorecard and competency. */
  public static String csv(Debrief d) {
    StringBuilder out = new StringBuilder(
        "candidate,role,date,round,panelist,competency,score,evidence,recommendation,raise\r\n");
    for (Scorecard s : d.scorecards()) {
      for (String c : s.competencies()) {
        out.append(String.join(",", List.of(cell(d.candidate()), cell(d.role()), cell(d.date()),
            cell(s.round()), cell(s.panelist()), cell(c), cell(s.scores().getOrDefault(c, "")),
            cell(s.evidence().getOrDefault(c, "")), cell(s.recommendation()),
            cell(s.raise().getOrDefault(c, ""))))).append("\r\n");
      }
    }
    return out.toString();
  }

  /** One CSV cell, formula-neutralised: see {@link dev.interviewkit.service.CsvText}. */
  static String cell(String value) {
    return dev.interviewkit.service.CsvText.cell(value);
  }

  /** The same figures as the summary, and every scorecard's text, as JSON. */
  public static String json(Debrief d) {
    StringBuilder j = new StringBuilder("{\n");
    j.append("  \"loop\": ").append(q(d.loopId())).append(",\n");
    j.append("  \"candidate\": ").append(q(d.candidate())).append(",\n");
    j.append("  \"role\": ").append(q(d.role())).append(",\n");
    j.append("  \"date\": ").append(q(d.date())).append(",\n");
    j.append("  \"complete\": ").append(!d.isPartial()).append(",\n");
    j.append("  \"competencies\": [");
    List<Debrief.Row> rows = d.rows();
    List<String> gaps = d.gaps();
    for (int i = 0; i < rows.size(); i++) {
      Debrief.Row r = rows.get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(q(r.competency()))
          .append(", \"title\": ").append(q(d.title(r.competency()))).append(", \"scores\": [");
      for (int k = 0; k < r.scores().size(); k++) {
        Debrief.Score s = r.scores().get(k);
        j.append(k == 0 ? "" : ", ").append("{\"round\": ").append(q(s.card().round()))
            .append(", \"panelist\": ").append(q(s.card().panelist())).append(", \"score\": ")
            .append(s.value()).append("}");
      }
      j.append("]");
      if (!r.scores().isEmpty()) {
        j.append(", \"min\": ").append(r.min()).append(", \"max\": ").append(r.max())
            .append(", \"mean\": ").append(DebriefDocuments.mean(r));
      }
      j.append(", \"disagreement\": ").append(r.disagreement()).append(", \"gap\": ")
          .append(gaps.contains(r.competency())).append("}");
    }
    j.append("\n  ],\n  \"recommendations\": {");
    int k = 0;
    for (Map.Entry<String, Integer> e : d.tally().entrySet()) {
      j.append(k++ == 0 ? "" : ", ").append(q(e.getKey())).append(": ").append(e.getValue());
    }
    j.append("},\n  \"scorecards\": [");
    for (int i = 0; i < d.scorecards().size(); i++) {
      scorecard(j.append(i == 0 ? "\n" : ",\n"), d.scorecards().get(i));
    }
    j.append("\n  ],\n  \"missing_rounds\": [");
    for (int i = 0; i < d.missingRounds().size(); i++) {
      j.append(i == 0 ? "" : ", ").append(q(d.missingRounds().get(i)));
    }
    j.append("],\n  \"refused\": [");
    k = 0;
    for (Map.Entry<String, List<String>> e : d.refused().entrySet()) {
      j.append(k++ == 0 ? "\n" : ",\n").append("    {\"file\": ")
          .append(q(DebriefDocuments.fileName(e.getKey()))).append(", \"problems\": [");
      for (int p = 0; p < e.getValue().size(); p++) {
        j.append(p == 0 ? "" : ", ").append(q(e.getValue().get(p)));
      }
      j.append("]}");
    }
    j.append(k == 0 ? "]\n}\n" : "\n  ]\n}\n");
    return j.toString();
  }

  private static void scorecard(StringBuilder j, Scorecard s) {
    j.append("    {\"file\": ").append(q(DebriefDocuments.fileName(s.file())))
        .append(", \"round\": ").append(q(s.round())).append(", \"panelist\": ")
        .append(q(s.panelist())).append(", \"interviewer\": ").append(q(s.interviewer()))
        .append(", \"recommendation\": ").append(q(s.recommendation()))
        .append(", \"scores\": {");
    for (int c = 0; c < s.competencies().size(); c++) {
      String id = s.competencies().get(c);
      j.append(c == 0 ? "" : ", ").append(q(id)).append(": ")
          .append(q(s.scores().getOrDefault(id, "")));
    }
    j.append("}, \"evidence\": {");
    for (int c = 0; c < s.competencies().size(); c++) {
      String id = s.competencies().get(c);
      j.append(c == 0 ? "" : ", ").append(q(id)).append(": ")
          .append(q(s.evidence().getOrDefault(id, "")));
    }
    j.append("}, \"raise\": {");
    for (int c = 0; c < s.competencies().size(); c++) {
      String id = s.competencies().get(c);
      j.append(c == 0 ? "" : ", ").append(q(id)).append(": ")
          .append(q(s.raise().getOrDefault(id, "")));
    }
    j.append("}, \"takeaways\": ").append(q(s.takeaways())).append(", \"incomplete\": [");
    List<String> gaps = s.gaps();
    for (int g = 0; g < gaps.size(); g++) {
      j.append(g == 0 ? "" : ", ").append(q(gaps.get(g)));
    }
    j.append("]}");
  }

  static String q(String value) {
    return dev.interviewkit.service.JsonText.quote(value);
  }
}
