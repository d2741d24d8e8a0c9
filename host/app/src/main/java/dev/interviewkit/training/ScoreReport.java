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
import java.util.Locale;
import java.util.Map;

/** The agreement of each trainee with the key, as a document, CSV and JSON. */
public final class ScoreReport {

  /** The CSV columns; {@code competency} is {@code all} on each trainee's overall row. */
  public static final List<String> CSV_HEADER = List.of("trainee", "competency", "scored",
      "exact", "within_one", "exact_pct", "within_one_pct", "offset");

  private ScoreReport() {}

  public static Document document(Agreement a, String roleTitle, Map<String, String> titles,
      Map<String, String> refused, Paper paper, LocalDate date) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Practice scores against the key", TextStyle.SUBTITLE));
    b.add(new Paragraph(roleTitle + " practice pack", TextStyle.TITLE));
    b.add(Paragraph.body("Pack " + a.key().pack() + " · " + a.key().entries().size()
        + " transcripts · " + a.trainees().size() + " interviewer"
        + (a.trainees().size() == 1 ? "" : "s") + ". Offset is the interviewer's score minus "
        + "the key's, on average: positive is more lenient than the key, negative harsher."));
    b.add(new Heading(1, "Agreement by interviewer"));
    List<List<String>> rows = new ArrayList<>();
    for (Agreement.Trainee t : a.trainees()) {
      rows.add(row(t.name(), "All competencies", t.overall()));
      t.byCompetency().forEach((c, tally) ->
          rows.add(row("", titles.getOrDefault(c, c), tally)));
    }
    b.add(new Table(List.of("Interviewer", "Competency", "Scored", "Exact", "Within one",
        "Offset"), rows, List.of(22, 30, 10, 12, 13, 13)));
    b.add(new Heading(1, "Transcripts by spread"));
    List<List<String>> spread = new ArrayList<>();
    for (Agreement.Spread s : a.spreads()) {
      spread.add(List.of(s.transcript(), String.valueOf(s.key()),
          s.scores().isEmpty() ? "—" : String.valueOf(s.width()),
          String.join(", ", s.scores().entrySet().stream()
              .map(x -> x.getKey() + " " + x.getValue()).toList())));
    }
    b.add(new Table(List.of("Transcript", "Key", "Spread", "Scores given"), spread,
        List.of(14, 8, 10, 68)));
    List<String> notes = new ArrayList<>();
    a.trainees().forEach(t -> t.unscored().forEach(u -> notes.add(t.name() + " left " + u
        + " unscored or 'not assessed'")));
    refused.forEach((f, why) -> notes.add("Refused " + f + ": " + why));
    if (!notes.isEmpty()) {
      b.add(new Heading(1, "Not counted"));
      b.add(new BulletList(notes));
    }
    Map<String, String> props = new LinkedHashMap<>();
    props.put("interviewkit.kind", "practice-score");
    props.put(PackDocuments.KEY_PACK, a.key().pack());
    return new Document(new DocumentInfo("Practice scores " + a.key().pack(),
        "Practice · " + roleTitle + " · scores", PackDocuments.KEY_FOOTER, paper, date, props),
        b);
  }

  private static List<String> row(String name, String competency, Agreement.Tally t) {
    return List.of(name, competency, String.valueOf(t.scored()), percent(t.exactShare()),
        percent(t.withinOneShare()), offset(t.offset()));
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  /** An offset with its sign: {@code +1.00}, {@code -0.50}, {@code 0.00}. */
  static String offset(double value) {
    return (value > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", value + 0.0);
  }

  public static String csv(Agreement a) {
    StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
    for (Agreement.Trainee t : a.trainees()) {
      csvRow(out, t.name(), "all", t.overall());
      t.byCompetency().forEach((c, tally) -> csvRow(out, t.name(), c, tally));
    }
    return out.toString();
  }

  private static void csvRow(StringBuilder out, String name, String competency,
      Agreement.Tally t) {
    out.append(cell(name)).append(',').append(competency).append(',').append(t.scored())
        .append(',').append(t.exact()).append(',').append(t.withinOne()).append(',')
        .append(String.format(Locale.ROOT, "%.1f", t.exactShare() * 100)).append(',')
        .append(String.format(Locale.ROOT, "%.1f", t.withinOneShare() * 100)).append(',')
        .append(Json.number(t.offset() + 0.0)).append("\r\n");
  }

  /** A CSV cell, formula-neutralised: see {@link dev.interviewkit.service.CsvText}. */
  static String cell(String value) {
    return dev.interviewkit.service.CsvText.cell(value);
  }

  public static String json(Agreement a) {
    StringBuilder j = new StringBuilder("{\n  \"pack\": ").append(Json.string(a.key().pack()))
        .append(",\n  \"trainees\": [");
    List<Agreement.Trainee> trainees = a.trainees();
    for (int i = 0; i < trainees.size(); i++) {
      Agreement.Trainee t = trainees.get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(Json.string(t.name()))
          .append(", \"overall\": ").append(tally(t.overall())).append(", \"competencies\": {");
      int k = 0;
      for (Map.Entry<String, Agreement.Tally> e : t.byCompetency().entrySet()) {
        j.append(k++ == 0 ? "" : ", ").append(Json.string(e.getKey())).append(": ")
            .append(tally(e.getValue()));
      }
      j.append("}, \"unscored\": [").append(String.join(", ",
          t.unscored().stream().map(Json::string).toList())).append("]}");
    }
    j.append("\n  ],\n  \"spread\": [");
    List<Agreement.Spread> spreads = a.spreads();
    for (int i = 0; i < spreads.size(); i++) {
      Agreement.Spread s = spreads.get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"transcript\": ")
          .append(Json.string(s.transcript())).append(", \"key\": ").append(s.key())
          .append(", \"width\": ").append(s.width()).append(", \"scores\": {")
          .append(String.join(", ", s.scores().entrySet().stream()
              .map(e -> Json.string(e.getKey()) + ": " + e.getValue()).toList()))
          .append("}}");
    }
    return j.append("\n  ]\n}\n").toString();
  }

  private static String tally(Agreement.Tally t) {
    return "{\"scored\": " + t.scored() + ", \"exact\": " + t.exact() + ", \"within_one\": "
        + t.withinOne() + ", \"exact_share\": " + Json.number(t.exactShare())
        + ", \"within_one_share\": " + Json.number(t.withinOneShare()) + ", \"offset\": "
        + Json.number(t.offset() + 0.0) + "}";
  }
}
