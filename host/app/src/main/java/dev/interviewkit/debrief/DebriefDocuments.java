package dev.interviewkit.debrief;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.compose.LoopDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The debrief summary as a document, and the same figures as CSV and JSON. */
public final class DebriefDocuments {

  static final String EVIDENCE_FIRST = "Discuss the evidence before the scores.";
  static final String DECIDE_AGAINST_BAR =
      "The hiring manager decides against the bar for the level, not by averaging scores.";

  private DebriefDocuments() {}

  public static Document summary(Debrief d, Paper paper) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Debrief summary", TextStyle.SUBTITLE));
    b.add(new Paragraph(d.candidate(), TextStyle.TITLE));
    b.add(Paragraph.body(d.roleTitle() + " · " + d.date() + " · " + d.scorecards().size()
        + " scorecard" + (d.scorecards().size() == 1 ? "" : "s")));
    b.add(new BulletList(List.of(EVIDENCE_FIRST, DECIDE_AGAINST_BAR)));
    List<String> panelists = d.scorecards().stream().map(Scorecard::panelist).distinct().toList();
    b.add(new Heading(1, "Scores by competency"));
    List<String> header = new ArrayList<>(List.of("Competency"));
    header.addAll(panelists);
    header.addAll(List.of("Min", "Max", "Mean", "Flag"));
    List<Integer> widths = new ArrayList<>(List.of(26));
    panelists.forEach(p -> widths.add(Math.max(8, 36 / Math.max(1, panelists.size()))));
    widths.addAll(List.of(10, 10, 11, 22));
    List<List<String>> rows = new ArrayList<>();
    for (Debrief.Row row : d.rows()) {
      List<String> cells = new ArrayList<>(List.of(d.title(row.competency())));
      for (String p : panelists) {
        Integer s = row.scores().get(p);
        cells.add(s == null ? "—" : String.valueOf(s));
      }
      boolean none = row.scores().isEmpty();
      cells.add(none ? "—" : String.valueOf(row.min()));
      cells.add(none ? "—" : String.valueOf(row.max()));
      cells.add(none ? "—" : mean(row));
      cells.add(none ? "Gap: not assessed" : row.disagreement() ? "Disagreement" : "");
      rows.add(cells);
    }
    b.add(new Table(header, rows, widths));
    if (!panelists.isEmpty()) {
      b.add(new Heading(2, "At a glance: scores by competency and panelist"));
      List<List<Integer>> values = new ArrayList<>();
      for (Debrief.Row row : d.rows()) {
        values.add(panelists.stream().map(p -> row.scores().getOrDefault(p, 0)).toList());
      }
      b.add(new HeatMap("Competency", panelists,
          d.rows().stream().map(r -> d.title(r.competency())).toList(), values, 4));
      b.add(new Paragraph("Darker and longer means a higher score; — means not scored.",
          TextStyle.SMALL));
    }
    List<String> disagreements = d.rows().stream().filter(Debrief.Row::disagreement)
        .map(r -> d.title(r.competency()) + ": scores from " + r.min() + " to " + r.max()
            + " — hear each panelist's evidence")
        .toList();
    if (!disagreements.isEmpty()) {
      b.add(new Heading(2, "Disagreements (two or more points apart)"));
      b.add(new BulletList(disagreements));
    }
    if (!d.gaps().isEmpty()) {
      b.add(new Heading(2, "Gaps: competencies of the role nobody assessed"));
      b.add(new BulletList(d.gaps().stream().map(d::title).toList()));
    }
    List<String> incomplete = new ArrayList<>();
    for (Scorecard s : d.scorecards()) {
      s.gaps().forEach(g -> incomplete.add(s.panelist() + " (" + fileName(s.file()) + "): " + g));
    }
    if (!incomplete.isEmpty()) {
      b.add(new Heading(2, "Incomplete scorecards"));
      b.add(new BulletList(incomplete));
    }
    if (!d.refused().isEmpty()) {
      b.add(new Heading(2, "Files not used"));
      b.add(new BulletList(d.refused().entrySet().stream()
          .map(e -> fileName(e.getKey()) + ": " + e.getValue()).toList()));
    }
    b.add(new Heading(1, "Overall recommendations"));
    List<List<String>> tally = new ArrayList<>();
    for (int i = 0; i < Debrief.RECOMMENDATIONS.size(); i++) {
      String value = Debrief.RECOMMENDATIONS.get(i);
      List<String> who = d.scorecards().stream().filter(s -> s.recommendation().equals(value))
          .map(Scorecard::panelist).toList();
      tally.add(List.of(LoopDocuments.RECOMMENDATION_LABELS.get(i),
          String.valueOf(d.tally().get(value)), String.join(", ", who)));
    }
    b.add(new Table(List.of("Recommendation", "Count", "Panelists"), tally,
        List.of(25, 15, 60)));
    b.add(new Heading(1, "Evidence by competency"));
    for (Debrief.Row row : d.rows()) {
      List<String> quotes = new ArrayList<>();
      for (Scorecard s : d.scorecards()) {
        String text = s.evidence().getOrDefault(row.competency(), "");
        if (s.competencies().contains(row.competency())) {
          String score = s.scores().getOrDefault(row.competency(), "");
          quotes.add(s.panelist() + " (" + (score.isEmpty() ? "no score" : score) + "): "
              + (text.isBlank() ? "no evidence written" : "“" + text + "”"));
        }
      }
      b.add(new Heading(3, d.title(row.competency())));
      b.add(quotes.isEmpty() ? Paragraph.body("Not assessed by anyone.") : new BulletList(quotes));
    }
    List<String> takeaways = d.scorecards().stream().filter(s -> !s.takeaways().isBlank())
        .map(s -> s.panelist() + ": " + s.takeaways()).toList();
    if (!takeaways.isEmpty()) {
      b.add(new Heading(1, "Key takeaways"));
      b.add(new BulletList(takeaways));
    }
    LocalDate date;
    try {
      date = LocalDate.parse(d.date());
    } catch (RuntimeException e) {
      date = LocalDate.of(2000, 1, 1);
    }
    return new Document(new DocumentInfo("Debrief — " + d.candidate(), d.candidate() + " · "
        + d.roleTitle() + " · Debrief", LoopDocuments.CONFIDENTIAL, paper, date,
        Map.of(LoopDocuments.KEY_KIND, "debrief", LoopDocuments.KEY_CANDIDATE, d.candidate(),
            LoopDocuments.KEY_ROLE, d.role())), b);
  }

  /** One row per scorecard and competency. */
  public static String csv(Debrief d) {
    StringBuilder out = new StringBuilder(
        "candidate,role,date,round,panelist,competency,score,evidence,recommendation\r\n");
    for (Scorecard s : d.scorecards()) {
      for (String c : s.competencies()) {
        out.append(String.join(",", List.of(csv(d.candidate()), csv(d.role()), csv(d.date()),
            csv(s.round()), csv(s.panelist()), csv(c), csv(s.scores().getOrDefault(c, "")),
            csv(s.evidence().getOrDefault(c, "")), csv(s.recommendation())))).append("\r\n");
      }
    }
    return out.toString();
  }

  /** The same figures as the summary, as JSON. */
  public static String json(Debrief d) {
    StringBuilder j = new StringBuilder("{\n");
    j.append("  \"candidate\": ").append(q(d.candidate())).append(",\n");
    j.append("  \"role\": ").append(q(d.role())).append(",\n");
    j.append("  \"date\": ").append(q(d.date())).append(",\n");
    j.append("  \"competencies\": [");
    List<Debrief.Row> rows = d.rows();
    for (int i = 0; i < rows.size(); i++) {
      Debrief.Row r = rows.get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(q(r.competency()))
          .append(", \"title\": ").append(q(d.title(r.competency()))).append(", \"scores\": {");
      int k = 0;
      for (Map.Entry<String, Integer> e : r.scores().entrySet()) {
        j.append(k++ == 0 ? "" : ", ").append(q(e.getKey())).append(": ").append(e.getValue());
      }
      j.append("}");
      if (!r.scores().isEmpty()) {
        j.append(", \"min\": ").append(r.min()).append(", \"max\": ").append(r.max())
            .append(", \"mean\": ").append(mean(r));
      }
      j.append(", \"disagreement\": ").append(r.disagreement()).append(", \"gap\": ")
          .append(d.gaps().contains(r.competency())).append("}");
    }
    j.append("\n  ],\n  \"recommendations\": {");
    int k = 0;
    for (Map.Entry<String, Integer> e : d.tally().entrySet()) {
      j.append(k++ == 0 ? "" : ", ").append(q(e.getKey())).append(": ").append(e.getValue());
    }
    j.append("},\n  \"scorecards\": [");
    for (int i = 0; i < d.scorecards().size(); i++) {
      Scorecard s = d.scorecards().get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"file\": ").append(q(fileName(s.file())))
          .append(", \"round\": ").append(q(s.round())).append(", \"panelist\": ")
          .append(q(s.panelist())).append(", \"recommendation\": ").append(q(s.recommendation()))
          .append(", \"incomplete\": [");
      List<String> gaps = s.gaps();
      for (int g = 0; g < gaps.size(); g++) {
        j.append(g == 0 ? "" : ", ").append(q(gaps.get(g)));
      }
      j.append("]}");
    }
    j.append("\n  ],\n  \"refused\": {");
    k = 0;
    for (Map.Entry<String, String> e : d.refused().entrySet()) {
      j.append(k++ == 0 ? "" : ", ").append(q(fileName(e.getKey()))).append(": ")
          .append(q(e.getValue()));
    }
    j.append("}\n}\n");
    return j.toString();
  }

  static String mean(Debrief.Row row) {
    return String.format(Locale.ROOT, "%.2f", row.mean().orElse(0));
  }

  private static String fileName(String path) {
    return java.nio.file.Path.of(path).getFileName().toString();
  }

  private static String csv(String value) {
    return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String q(String value) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
