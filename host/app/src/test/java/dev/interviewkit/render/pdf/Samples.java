package dev.interviewkit.render.pdf;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Documents the PDF tests render, and a few helpers to render and save them. */
final class Samples {

  static final String CANDIDATE = "Zoë Ångström-Дмитриев";
  static final String HEADER = CANDIDATE + " · Director of Engineering · Systems design";
  static final String FOOTER = "Confidential — interviewer use only";
  static final LocalDate DATE = LocalDate.of(2026, 11, 25);

  private Samples() {}

  static DocumentInfo info(Paper paper) {
    return new DocumentInfo(
        "Interviewer packet — Systems design",
        HEADER,
        FOOTER,
        paper,
        DATE,
        Map.of(
            "interviewkit.round", "systems-design",
            "interviewkit.candidate", CANDIDATE,
            "interviewkit.seed", "42"));
  }

  static Document document(List<Block> blocks) {
    return new Document(info(Paper.LETTER), blocks);
  }

  static Document document(Paper paper, List<Block> blocks) {
    return new Document(info(paper), blocks);
  }

  static List<Choice> ratings() {
    return List.of(
        new Choice("1", "1 Well below", "Cannot describe a system they ran end to end."),
        new Choice("2", "2 Below", "Describes parts; trade-offs stay vague."),
        new Choice("3", "3 Meets", "Clear design with sound trade-offs for the org's scale."),
        new Choice("4", "4 Clearly above", "Shapes the design around people and cost, unprompted."),
        new Choice("na", "Not assessed", ""));
  }

  static ChoiceGroup competency(String field, String title) {
    return new ChoiceGroup(
        field,
        title,
        "Designs systems and organisations that scale together.",
        ratings(),
        field + "-evidence",
        3);
  }

  static ChoiceGroup recommendation() {
    return new ChoiceGroup(
        "overall",
        "Overall recommendation",
        "",
        List.of(
            new Choice("strong-no", "Strong No", ""),
            new Choice("no", "No", ""),
            new Choice("yes", "Yes", ""),
            new Choice("strong-yes", "Strong Yes", "")),
        "",
        0);
  }

  /** An interviewer packet of a few pages using every kind of block. */
  static Document packet(Paper paper) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Interviewer packet — Systems design", TextStyle.SUBTITLE));
    blocks.add(new Paragraph(CANDIDATE, TextStyle.TITLE));
    blocks.add(
        Paragraph.body(
            "Director of Engineering · 25 November 2026, 10:00–11:00\n"
                + "Interviewer: Priya Raman, VP Engineering · 60 minutes"));
    blocks.add(
        new Paragraph("Competencies: Systems design, Technical judgement", TextStyle.STRONG));
    blocks.add(new Heading(1, "Run sheet"));
    blocks.add(
        new Table(
            List.of("Time", "Segment", "Minutes"),
            List.of(
                List.of("10:00", "Introduction", "5"),
                List.of("10:05", "Q1 · Scaling a platform team", "20"),
                List.of("10:25", "Q2 · Build or buy", "20"),
                List.of("10:45", "The candidate's questions", "10"),
                List.of("10:55", "Wrap-up", "5")),
            List.of(2, 7, 2)));
    blocks.add(new Heading(2, "Before you start"));
    blocks.add(
        new BulletList(
            List.of(
                "Read the role brief.",
                "Don't compare notes with other panelists before you submit.",
                "Write evidence, not impressions.")));
    blocks.add(new Heading(2, "Role brief"));
    blocks.add(
        Paragraph.body(
            "The Director of Engineering leads four teams (about 30 engineers) building the"
                + " payments platform. They own delivery, hiring and the technical direction of"
                + " the platform, and they partner with product and finance leadership on"
                + " planning. This round looks at how they design systems and the organisation"
                + " around them."));
    blocks.add(new PageBreak());
    blocks.add(
        new KeepTogether(
            List.of(
                new Heading(2, "Q1 · 20 min · Systems design"),
                new Callout(
                    "Tell me about a platform you led from a handful of services to many teams."
                        + " What did you change in the architecture, and what in the"
                        + " organisation?"),
                new BulletList(
                    List.of(
                        "What broke first as the number of teams grew?",
                        "How did you decide what to centralise?")),
                new SideBySide(
                    "Strong answers show",
                    List.of(
                        "Trade-offs named and costed", "Org and architecture designed together"),
                    "Red flags",
                    List.of("Only one option considered", "Blames other teams")),
                new NoteLines("Notes", 6, "q1-notes"))));
    blocks.add(
        new KeepTogether(
            List.of(
                new Heading(2, "Q2 · 20 min · Technical judgement"),
                new Callout("When did you decide to buy rather than build, and how did it go?"),
                new NoteLines("Notes", 6, "q2-notes"))));
    blocks.add(new PageBreak());
    blocks.add(new Heading(1, "Scorecard"));
    blocks.add(competency("systems-design", "Systems design"));
    blocks.add(competency("technical-judgement", "Technical judgement"));
    blocks.add(recommendation());
    blocks.add(NoteLines.plain("Key takeaways", 4));
    blocks.add(
        new Paragraph(
            "Score on your own, before the debrief; every score needs evidence.", TextStyle.SMALL));
    return new Document(info(paper), blocks);
  }

  static Table longTable(int rows) {
    List<List<String>> body = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      body.add(List.of("R" + i, "Question " + i, "Row " + i + " of " + rows));
    }
    return new Table(List.of("Id", "Question", "Note"), body, List.of(1, 3, 2));
  }

  static byte[] render(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRenderer().render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Keeps a copy in target/pdf-samples to look at, and returns {@code pdf}. */
  static byte[] save(String name, byte[] pdf) {
    try {
      Path dir = Path.of("target", "pdf-samples");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), pdf);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
