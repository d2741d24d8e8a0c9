package dev.interviewkit.render.docx;

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
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Documents the DOCX tests render: an interviewer packet with a scorecard, and variations. */
final class SampleDocuments {

  static final String CANDIDATE = "Zoë Ångström-Дмитриев";
  static final String HEADER = CANDIDATE + " · Director of Engineering · Systems design";
  static final String FOOTER = "Confidential — interviewer use only";
  static final LocalDate DATE = LocalDate.of(2026, 3, 14);
  static final Map<String, String> PROPERTIES =
      Map.of(
          "candidate", CANDIDATE,
          "round", "systems-design",
          "seed", "42",
          "interviewer", "Priya Raman");

  private SampleDocuments() {}

  static Document packet(Paper paper) {
    return new Document(info(paper), packetBlocks());
  }

  static Document packet() {
    return packet(Paper.LETTER);
  }

  static DocumentInfo info(Paper paper) {
    return new DocumentInfo(
        "Interviewer packet — Systems design — " + CANDIDATE, HEADER, FOOTER, paper, DATE,
        PROPERTIES);
  }

  static Document of(List<Block> blocks) {
    return new Document(info(Paper.LETTER), blocks);
  }

  static List<Block> packetBlocks() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Interviewer packet — Systems design", TextStyle.SUBTITLE));
    blocks.add(new Paragraph(CANDIDATE, TextStyle.TITLE));
    blocks.add(Paragraph.body("Director of Engineering · 14 March 2026, 10:00 · 60 min"));
    blocks.add(new Paragraph("Interviewer: Priya Raman, VP Engineering", TextStyle.STRONG));
    blocks.add(new Heading(1, "Run sheet"));
    blocks.add(
        new Table(
            List.of("Time", "Segment", "Minutes"),
            List.of(
                List.of("10:00", "Introduction", "5"),
                List.of("10:05", "Q1 · Scaling an org's platform", "20"),
                List.of("10:25", "Q2 · Incident retrospective", "20"),
                List.of("10:45", "Candidate's questions", "10"),
                List.of("10:55", "Wrap-up", "5")),
            List.of(1, 4, 1)));
    blocks.add(new Heading(2, "Before you start"));
    blocks.add(
        new BulletList(
            List.of(
                "Read the role brief.",
                "Don't compare notes with other panelists before you submit.",
                "Write evidence, not impressions.")));
    blocks.add(new PageBreak());
    blocks.add(
        new KeepTogether(
            List.of(
                new Heading(2, "Q1 · 20 min · SYSTEMS THINKING"),
                new Callout(
                    "Your platform team supports 40 product teams and deploys are slowing"
                        + " down. Walk me through how you'd find out why, and what you'd change"
                        + " in the first 90 days."),
                new Heading(3, "Follow-ups"),
                new BulletList(
                    List.of(
                        "What would you measure first?",
                        "Who would you bring in, and when?")),
                new SideBySide(
                    "Strong answers show",
                    List.of("Starts from data and users", "Sequences changes, names trade-offs"),
                    "Red flags",
                    List.of("Jumps to a rewrite", "Blames individuals")),
                new NoteLines("Notes", 6, "q1.notes"))));
    blocks.add(new Paragraph("Anchors describe the bar for this role's level.", TextStyle.SMALL));
    blocks.add(new Heading(1, "Scorecard"));
    blocks.add(
        new ChoiceGroup(
            "systems-thinking",
            "Systems thinking",
            "Sees the organisation and the platform as one system.",
            List.of(
                new Choice("1", "1 Well below", "No model of the system"),
                new Choice("2", "2 Below", "Local fixes only"),
                new Choice("3", "3 Meets", "Finds the constraint, sequences change"),
                new Choice("4", "4 Clearly above", "Shapes the system other leaders use"),
                new Choice("na", "Not assessed", "")),
            "systems-thinking.evidence",
            3));
    blocks.add(
        new ChoiceGroup(
            "recommendation",
            "Overall recommendation",
            "",
            List.of(
                new Choice("strong-no", "Strong No", ""),
                new Choice("no", "No", ""),
                new Choice("yes", "Yes", ""),
                new Choice("strong-yes", "Strong Yes", "")),
            "",
            0));
    blocks.add(new NoteLines("Key takeaways", 4, "takeaways"));
    blocks.add(NoteLines.plain("", 2));
    return blocks;
  }

  /** A table with {@code rows} numbered rows. */
  static Table longTable(int rows) {
    return Table.of(
        List.of("#", "Item"),
        IntStream.rangeClosed(1, rows).mapToObj(i -> List.of("" + i, "Row " + i)).toList());
  }
}
