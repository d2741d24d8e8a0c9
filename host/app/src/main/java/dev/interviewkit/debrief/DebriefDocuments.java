package dev.interviewkit.debrief;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.Organisation;
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

/**
 * The debrief summary as a document. Each scorecard (one round, one interviewer) is its own
 * column, so an interviewer who ran two rounds appears twice. Panelists' text goes through a
 * {@link DisplayText} of the output format; {@link DebriefData} writes the CSV and JSON.
 */
public final class DebriefDocuments {

  static final String EVIDENCE_FIRST = "Discuss the evidence before the scores.";
  static final String DECIDE_AGAINST_BAR =
      "The hiring manager decides against the bar for the level, not by averaging scores.";
  /** Code points of the candidate's name in the one-line running header. */
  static final int HEADER_NAME = 48;

  private DebriefDocuments() {}

  public static Document summary(Debrief d, Paper paper, DisplayText t) {
    return summary(d, paper, t, Organisation.NONE);
  }

  /** The summary as {@code organisation}'s document: its name, logo and confidentiality line. */
  public static Document summary(Debrief d, Paper paper, DisplayText t,
      Organisation organisation) {
    Shown s = new Shown(d, t);
    List<Block> b = new ArrayList<>();
    String candidate = t.show(d.candidate(), "the loop's candidate name");
    b.add(new Paragraph("Debrief summary", TextStyle.SUBTITLE));
    b.add(new Paragraph(candidate, TextStyle.TITLE));
    b.add(Paragraph.body(t.show(d.roleTitle(), "the role title") + " · " + d.date() + " · "
        + d.scorecards().size() + " scorecard" + (d.scorecards().size() == 1 ? "" : "s")
        + " · loop " + d.loopId()));
    if (d.isPartial()) {
      b.add(new Callout(partial(d, s)));
    }
    b.add(new BulletList(List.of(EVIDENCE_FIRST, DECIDE_AGAINST_BAR)));
    List<Scorecard> cards = d.scorecards();
    b.add(new Heading(1, "Scores by competency"));
    List<String> header = new ArrayList<>(List.of("Competency"));
    cards.forEach(c -> header.add(s.column(c)));
    header.addAll(List.of("Min", "Max", "Mean", "Flag"));
    List<Integer> widths = new ArrayList<>(List.of(22));
    cards.forEach(c -> widths.add(Math.max(7, 39 / Math.max(1, cards.size()))));
    widths.addAll(List.of(7, 7, 8, 17));
    List<List<String>> rows = new ArrayList<>();
    for (Debrief.Row row : d.rows()) {
      List<String> cells = new ArrayList<>(List.of(s.title(row.competency())));
      for (Scorecard c : cards) {
        cells.add(row.of(c).map(String::valueOf).orElse("—"));
      }
      boolean none = row.scores().isEmpty();
      cells.add(none ? "—" : String.valueOf(row.min()));
      cells.add(none ? "—" : String.valueOf(row.max()));
      cells.add(none ? "—" : mean(row));
      cells.add(none ? "Gap: not assessed" : row.disagreement() ? "Disagreement" : "");
      rows.add(cells);
    }
    b.add(new Table(header, rows, widths));
    b.add(new Paragraph("Rounds: " + String.join("; ", cards.stream().map(c -> d.roundNumber(
        c.round()) + " " + t.show(d.roundTitle(c.round()), "a round title")).toList()) + ".",
        TextStyle.SMALL));
    if (!cards.isEmpty()) {
      b.add(new Heading(2, "At a glance: scores by competency and scorecard"));
      List<List<Integer>> values = new ArrayList<>();
      for (Debrief.Row row : d.rows()) {
        values.add(cards.stream().map(c -> row.of(c).orElse(0)).toList());
      }
      b.add(new HeatMap("Competency", cards.stream().map(s::column).toList(),
          d.rows().stream().map(r -> s.title(r.competency())).toList(), values, 4));
      b.add(new Paragraph("Darker and longer means a higher score; — means not scored.",
          TextStyle.SMALL));
    }
    List<String> disagreements = d.rows().stream().filter(Debrief.Row::disagreement)
        .map(r -> s.title(r.competency()) + ": scores from " + r.min() + " to " + r.max() + " ("
            + String.join("; ", r.scores().stream().map(x -> s.who(x.card()) + ": "
                + x.value()).toList()) + ") — hear each panelist's evidence")
        .toList();
    if (!disagreements.isEmpty()) {
      b.add(new Heading(2, "Disagreements (two or more points apart)"));
      b.add(new BulletList(disagreements));
    }
    if (!d.gaps().isEmpty()) {
      b.add(new Heading(2, "Gaps: competencies of the role nobody assessed"));
      b.add(new BulletList(d.gaps().stream().map(s::title).toList()));
    }
    if (!d.missingRounds().isEmpty()) {
      b.add(new Heading(2, "Rounds without a scorecard in this debrief"));
      b.add(new BulletList(d.missingRounds().stream().map(r -> t.show(d.roundTitle(r),
          "a round title") + " (" + r + ")").toList()));
    }
    List<String> incomplete = new ArrayList<>();
    for (Scorecard c : cards) {
      c.gaps().forEach(g -> incomplete.add(s.who(c) + " (" + fileName(c.file()) + "): " + g));
    }
    if (!incomplete.isEmpty()) {
      b.add(new Heading(2, "Incomplete scorecards"));
      b.add(new BulletList(incomplete));
    }
    if (!d.refused().isEmpty()) {
      b.add(new Heading(2, "Files not used"));
      List<String> items = new ArrayList<>();
      d.refused().forEach((file, why) -> why.forEach(w -> items.add(
          t.show(fileName(file) + ": " + w, "the list of files not used"))));
      b.add(new BulletList(items));
    }
    b.add(new Heading(1, "Overall recommendations"));
    List<List<String>> tally = new ArrayList<>();
    for (int i = 0; i < Debrief.RECOMMENDATIONS.size(); i++) {
      String value = Debrief.RECOMMENDATIONS.get(i);
      List<String> who = cards.stream().filter(c -> c.recommendation().equals(value))
          .map(s::who).toList();
      tally.add(List.of(LoopDocuments.RECOMMENDATION_LABELS.get(i),
          String.valueOf(d.tally().get(value)), String.join("; ", who)));
    }
    b.add(new Table(List.of("Recommendation", "Count", "Scorecards"), tally,
        List.of(25, 15, 60)));
    b.add(new Heading(1, "Evidence by competency"));
    for (Debrief.Row row : d.rows()) {
      List<String> quotes = new ArrayList<>();
      for (Scorecard c : cards) {
        if (c.competencies().contains(row.competency())) {
          String text = s.evidence(c, row.competency());
          String score = c.scores().getOrDefault(row.competency(), "");
          quotes.add(s.who(c) + " (" + (score.isEmpty() ? "no score" : score) + "): "
              + (text.isBlank() ? "no evidence written" : "“" + text + "”"));
        }
      }
      b.add(new Heading(3, s.title(row.competency())));
      b.add(quotes.isEmpty() ? Paragraph.body("Not assessed by anyone.") : new BulletList(quotes));
    }
    List<String> takeaways = cards.stream().filter(c -> !c.takeaways().isBlank())
        .map(c -> s.who(c) + ": " + t.show(c.takeaways(), field(c,
            LoopDocuments.takeawaysField(c.round())))).toList();
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
    return new Document(new DocumentInfo("Debrief — " + candidate, headerName(candidate) + " · "
        + t.show(d.roleTitle(), "the role title") + " · Debrief",
        organisation.confidentialityOr(LoopDocuments.CONFIDENTIAL), paper, date,
        Map.of(LoopDocuments.KEY_KIND, "debrief", LoopDocuments.KEY_CANDIDATE, candidate,
            LoopDocuments.KEY_ROLE, d.role(), LoopDocuments.KEY_LOOP, d.loopId()),
        organisation), b);
  }

  private static String partial(Debrief d, Shown s) {
    List<String> parts = new ArrayList<>();
    if (!d.refused().isEmpty()) {
      parts.add(d.refused().size() + " file" + (d.refused().size() == 1 ? " was" : "s were")
          + " refused and left out (see “Files not used”)");
    }
    if (!d.missingRounds().isEmpty()) {
      parts.add("there is no scorecard for " + String.join(", ", d.missingRounds().stream()
          .map(r -> s.t.show(d.roundTitle(r), "a round title")).toList()));
    }
    return "This debrief is incomplete: " + String.join("; ", parts) + ".";
  }

  /** Scorecard texts as the format shows them, each named by file and field for warnings. */
  private record Shown(Debrief d, DisplayText t) {

    String who(Scorecard c) {
      String name = c.interviewer().isBlank() ? "(no name)"
          : t.show(c.interviewer(), field(c, LoopDocuments.interviewerField(c.round())));
      return name + ", " + t.show(d.roundTitle(c.round()), "a round title");
    }

    String column(Scorecard c) {
      String name = c.interviewer().isBlank() ? "(no name)"
          : t.show(c.interviewer(), field(c, LoopDocuments.interviewerField(c.round())));
      return name + "\nround " + d.roundNumber(c.round());
    }

    String evidence(Scorecard c, String competency) {
      return t.show(c.evidence().getOrDefault(competency, ""),
          field(c, LoopDocuments.evidenceField(c.round(), competency)));
    }

    String title(String competency) {
      return t.show(d.title(competency), "a competency title");
    }
  }

  private static String field(Scorecard c, String name) {
    return c.file() + ": field '" + name + "'";
  }

  static String headerName(String name) {
    if (name.codePointCount(0, name.length()) <= HEADER_NAME) {
      return name;
    }
    return name.substring(0, name.offsetByCodePoints(0, HEADER_NAME - 1)).stripTrailing() + "…";
  }

  static String mean(Debrief.Row row) {
    return String.format(Locale.ROOT, "%.2f", row.mean().orElse(0));
  }

  static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
