package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.RenderException;
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
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

  @Test
  void isThePdfFormatExtension() throws IOException {
    assertEquals("pdf", new PdfRenderer().format());
    assertEquals("pdf", new PdfRenderer().fileExtension());
    StringBuilder names = new StringBuilder();
    for (URL index :
        Collections.list(
            PdfRenderer.class.getClassLoader().getResources("META-INF/extensions.idx"))) {
      try (InputStream in = index.openStream()) {
        names.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(
        names.toString().lines().anyMatch(PdfRenderer.class.getName()::equals), names.toString());
  }

  @Test
  void printsHeaderAndPageXOfYFooterOnEveryPage() {
    byte[] pdf = Samples.save("packet.pdf", Samples.render(Samples.packet(Paper.LETTER)));
    List<String> pages = PdfText.pages(pdf);
    assertEquals(3, pages.size());
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      assertTrue(page.contains(Samples.HEADER), "header on page " + (i + 1) + ": " + page);
      assertTrue(page.contains(Samples.FOOTER), "footer on page " + (i + 1));
      assertTrue(page.contains("Page " + (i + 1) + " of 3"), "page label on page " + (i + 1));
    }
  }

  @Test
  void printsEveryHeadingParagraphListItemTableCellAndLabel() {
    Document document = Samples.packet(Paper.LETTER);
    String text = PdfText.flat(PdfText.all(Samples.render(document)));
    List<String> expected = new ArrayList<>();
    document.blocks().forEach(block -> collectTexts(block, expected));
    assertTrue(expected.size() > 60, "the sample covers many texts: " + expected.size());
    for (String piece : expected) {
      assertTrue(text.contains(PdfText.flat(piece)), "missing: " + piece);
    }
  }

  @Test
  void embedsEveryFontThePagesDrawWith() throws IOException {
    byte[] pdf = Samples.render(Samples.packet(Paper.LETTER));
    List<String> fonts = new ArrayList<>();
    try (PDDocument document = PdfText.load(pdf)) {
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
    }
    assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+DejaVuSans embedded")), fonts.toString());
    assertTrue(
        fonts.stream().anyMatch(f -> f.endsWith("+DejaVuSans-Bold embedded")), fonts.toString());
    assertTrue(
        fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans(-Bold)? embedded")),
        "only embedded DejaVu subsets, never a fallback font: " + fonts);
  }

  @Test
  void keepsAll300RowsOfALongTableAndRepeatsItsHeaderOnEveryPage() {
    Document document =
        Samples.document(List.of(new Heading(1, "Long table"), Samples.longTable(300)));
    List<String> pages = PdfText.pages(Samples.save("long-table.pdf", Samples.render(document)));
    assertTrue(pages.size() >= 5, "300 rows take several pages: " + pages.size());
    String all = String.join("\n", pages);
    for (int i = 1; i <= 300; i++) {
      assertTrue(all.contains("Row " + i + " of 300"), "row " + i + " is missing");
      assertEquals(1, count(all, "Question " + i + " "), "row " + i + " printed once");
    }
    for (String page : pages) {
      assertTrue(PdfText.flat(page).contains("Id Question Note"), "header row repeated: " + page);
    }
  }

  @Test
  void printsEdgeCasesInsteadOfDroppingThem() {
    Document document =
        Samples.document(
            List.of(
                Table.of(List.of("Only", "Header"), List.of()),
                new KeepTogether(List.of()),
                new SideBySide("Left empty", List.of(), "Right", List.of("one")),
                new NoteLines("", 2, ""),
                new Heading(3, "Level three"),
                new ChoiceGroup(
                    "bare", "Bare group", "", Samples.ratings().subList(0, 2), "", 0),
                new Heading(1, "Last heading")));
    String text = PdfText.flat(PdfText.all(Samples.render(document)));
    for (String piece :
        List.of("Only Header", "Left empty", "Right", "one", "Level three", "Bare group",
            "1 Well below", "Last heading")) {
      assertTrue(text.contains(piece), piece + " in " + text);
    }
  }

  @Test
  void printsGreekAndCyrillicNamesIntact() {
    String greek = "Ευάγγελος Παπαδόπουλος";
    Document document =
        Samples.document(
            List.of(
                new Paragraph(Samples.CANDIDATE, dev.interviewkit.api.doc.TextStyle.TITLE),
                Paragraph.body("Panel: " + greek),
                Table.of(List.of("Name"), List.of(List.of(Samples.CANDIDATE)))));
    String text = PdfText.all(Samples.render(document));
    assertEquals(3, count(text, Samples.CANDIDATE), "header, title and table cell: " + text);
    assertTrue(text.contains(greek), text);
  }

  @Test
  void refusesACharacterNoFontCanDraw() {
    Document linearB = Samples.document(List.of(Paragraph.body("Zoë \uD800\uDC00")));
    RenderException e =
        assertThrows(RenderException.class, () -> Samples.render(linearB));
    assertTrue(e.getMessage().startsWith("cannot print '\uD800\uDC00' (U+10000) in \"Zoë"
        + " \uD800\uDC00\" (block 1, paragraph): no font has this character (DejaVu Sans"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("); add a font file that has it to 'fonts:' in kit.yaml"
        + " (see docs/configuration.md)"), e.getMessage());

    Document emoji =
        Samples.document(
            List.of(
                Paragraph.body("fine"),
                new KeepTogether(
                    List.of(Table.of(List.of("Name"), List.of(List.of("Ana \uD83D\uDE00")))))));
    e = assertThrows(RenderException.class, () -> Samples.render(emoji));
    assertTrue(e.getMessage().contains("'\uD83D\uDE00' (U+1F600)"), e.getMessage());
    assertTrue(e.getMessage().contains("block 2.1, table row 1 column 1"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void refusesControlCharactersButKeepsLineBreaks() {
    Document tab = Samples.document(List.of(new Callout("a\tb")));
    RenderException e = assertThrows(RenderException.class, () -> Samples.render(tab));
    assertTrue(e.getMessage().contains("U+0009"), e.getMessage());
    assertFalse(e.getMessage().contains("\t"));

    Document lines = Samples.document(List.of(Paragraph.body("first line\nsecond line")));
    List<String> text =
        PdfText.all(Samples.render(lines)).lines().map(String::strip).toList();
    assertTrue(text.contains("first line") && text.contains("second line"), text.toString());
  }

  @Test
  void refusesACharacterInTheRunningHeader() {
    DocumentInfo info = Samples.info(Paper.A4);
    Document document =
        new Document(
            new DocumentInfo(
                info.title(), "\uD800\uDC00 · Director", info.footer(), info.paper(), info.date(),
                info.properties()),
            List.of(Paragraph.body("x")));
    RenderException e = assertThrows(RenderException.class, () -> Samples.render(document));
    assertTrue(e.getMessage().contains("the page header"), e.getMessage());
  }

  @Test
  void writesNothingWhenItRefusesADocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = Samples.document(List.of(Paragraph.body("ok"), Paragraph.body("\uD800\uDC00")));
    assertThrows(RenderException.class, () -> new PdfRenderer().render(document, out));
    assertEquals(0, out.size());
  }

  @Test
  void refusesFormFieldNamesAndValuesAPdfCannotHold() {
    Document twice =
        Samples.document(
            List.of(new NoteLines("A", 2, "notes"), new NoteLines("B", 2, "notes")));
    assertTrue(
        assertThrows(RenderException.class, () -> Samples.render(twice))
            .getMessage()
            .contains("'notes'"));
    Document off =
        Samples.document(
            List.of(
                new ChoiceGroup(
                    "g", "G", "",
                    List.of(new Choice("Off", "Off", ""), new Choice("On", "On", "")), "", 0)));
    assertThrows(RenderException.class, () -> Samples.render(off));
  }

  @Test
  void sizesPagesForLetterAndA4() throws IOException {
    try (PDDocument letter = PdfText.load(Samples.render(Samples.packet(Paper.LETTER)));
        PDDocument a4 = PdfText.load(Samples.render(Samples.packet(Paper.A4)))) {
      for (PDPage page : letter.getPages()) {
        assertEquals(612f, page.getMediaBox().getWidth(), 0.01f);
        assertEquals(792f, page.getMediaBox().getHeight(), 0.01f);
      }
      for (PDPage page : a4.getPages()) {
        assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.1f);
        assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.1f);
      }
    }
  }

  @Test
  void movesAKeptTogetherGroupThatWouldStraddleAPageToTheNextPage() {
    List<Block> group =
        List.of(
            new Heading(2, "Q9 · 15 min · Delivery"),
            new Callout("Walk me through the last time a launch slipped."),
            new NoteLines("Notes", 6, ""),
            Paragraph.body("End of Q9."));
    List<Block> kept = new ArrayList<>(filler(36));
    kept.add(new KeepTogether(group));
    List<String> pages =
        PdfText.pages(Samples.save("keep.pdf", Samples.render(Samples.document(kept))));
    assertEquals(2, pages.size());
    assertFalse(pages.get(0).contains("Q9"), pages.get(0));
    assertTrue(pages.get(1).contains("Q9 · 15 min · Delivery"));
    assertTrue(pages.get(1).contains("End of Q9."));

    List<Block> loose = new ArrayList<>(filler(36));
    loose.addAll(group);
    List<String> control = PdfText.pages(Samples.render(Samples.document(loose)));
    assertTrue(control.get(0).contains("Q9 · 15 min · Delivery"), "without the group it splits");
    assertTrue(control.get(1).contains("End of Q9."), "without the group it splits");
  }

  @Test
  void splitsAKeptTogetherGroupTallerThanAPageWithoutLosingText() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.body("Before the group."));
    blocks.add(
        new KeepTogether(
            List.of(
                new Heading(2, "A very long group"),
                Samples.longTable(80),
                new BulletList(List.of("after the table")),
                new NoteLines("Notes", 40, "long-notes"))));
    blocks.add(Paragraph.body("After the group."));
    byte[] pdf = Samples.save("keep-long.pdf", Samples.render(Samples.document(blocks)));
    String text = PdfText.all(pdf);
    for (int i = 1; i <= 80; i++) {
      assertTrue(text.contains("Row " + i + " of 80"), "row " + i + " is missing");
    }
    assertTrue(text.contains("after the table"));
    assertTrue(text.contains("After the group."));
  }

  @Test
  void splitsSingleBlocksTallerThanAPageWithoutLosingText() {
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    StringBuilder callout = new StringBuilder("Callout line 1.");
    for (int i = 1; i <= 70; i++) {
      left.add("Strong " + i + ".");
      right.add("Flag " + i + ".");
      callout.append("\nCallout line ").append(i + 1).append('.');
    }
    Document document =
        Samples.document(
            List.of(
                new Heading(2, "Tall blocks"),
                new SideBySide("Strong answers show", left, "Red flags", right),
                new Callout(callout.toString()),
                Table.of(List.of("One tall cell"), List.of(List.of(callout.toString())))));
    String text = PdfText.all(Samples.save("tall-blocks.pdf", Samples.render(document)));
    for (int i = 1; i <= 70; i++) {
      assertTrue(text.contains("Strong " + i + "."), "left item " + i);
      assertTrue(text.contains("Flag " + i + "."), "right item " + i);
    }
    for (int i = 1; i <= 71; i++) {
      assertEquals(2, count(text, "Callout line " + i + "."), "callout and cell line " + i);
    }
  }

  @Test
  void keepsAHeadingOnTheSamePageAsTheBlockAfterIt() {
    List<Block> control = new ArrayList<>(filler(38));
    control.add(Paragraph.body("Room for a line."));
    control.add(Paragraph.body("Room for another."));
    assertEquals(1, PdfText.pages(Samples.render(Samples.document(control))).size());

    for (Block next :
        List.of(
            Paragraph.body("Body after the heading."),
            new ChoiceGroup(
                "g", "Body after the heading.", "", Samples.ratings(), "g-evidence", 3),
            new Callout("Body after the heading.\nA callout\nof four\nlines."),
            new NoteLines("Body after the heading.", 6, "notes"))) {
      List<Block> blocks = new ArrayList<>(filler(38));
      blocks.add(new Heading(2, "Kept heading"));
      blocks.add(next);
      List<String> pages = PdfText.pages(Samples.render(Samples.document(blocks)));
      assertEquals(2, pages.size(), next.toString());
      assertTrue(pages.get(1).contains("Kept heading"), next.toString());
      assertTrue(pages.get(1).contains("Body after the heading."), next.toString());
    }
  }

  @Test
  void writesTitleProducerDatesAndPropertiesToMetadata() throws IOException {
    try (PDDocument document = PdfText.load(Samples.render(Samples.packet(Paper.A4)))) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertEquals("Interviewer packet — Systems design — " + Samples.CANDIDATE, info.getTitle());
      assertEquals("interview-kit", info.getProducer());
      assertEquals("interview-kit", info.getCreator());
      for (Calendar date : List.of(info.getCreationDate(), info.getModificationDate())) {
        Calendar utc = (Calendar) date.clone();
        utc.setTimeZone(TimeZone.getTimeZone("UTC"));
        assertEquals(2026, utc.get(Calendar.YEAR));
        assertEquals(Calendar.NOVEMBER, utc.get(Calendar.MONTH));
        assertEquals(25, utc.get(Calendar.DAY_OF_MONTH));
        assertEquals(0, utc.get(Calendar.HOUR_OF_DAY) + utc.get(Calendar.MINUTE));
      }
      assertEquals("systems-design", info.getCustomMetadataValue("interviewkit.round"));
      assertEquals(Samples.CANDIDATE, info.getCustomMetadataValue("interviewkit.candidate"));
      assertEquals("42", info.getCustomMetadataValue("interviewkit.seed"));
    }
  }

  @Test
  void rendersTheSameBytesEveryTime() {
    byte[] first = Samples.render(Samples.packet(Paper.LETTER));
    byte[] second = Samples.render(Samples.packet(Paper.LETTER));
    assertArrayEquals(first, second);
    assertFalse(
        java.util.Arrays.equals(first, Samples.render(Samples.packet(Paper.A4))),
        "a different document is a different file");
    String raw = new String(first, StandardCharsets.ISO_8859_1);
    Matcher id = Pattern.compile("/ID ?\\[<(\\p{XDigit}{32})><(\\p{XDigit}{32})>]").matcher(raw);
    assertTrue(id.find(), "trailer /ID from the content hash");
  }

  @Test
  void rendersTheSameBytesOnParallelThreads() throws Exception {
    byte[] letter = Samples.render(Samples.packet(Paper.LETTER));
    byte[] a4 = Samples.render(Samples.packet(Paper.A4));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Paper paper = i % 2 == 0 ? Paper.LETTER : Paper.A4;
        results.add(pool.submit(() -> Samples.render(Samples.packet(paper))));
      }
      for (int i = 0; i < results.size(); i++) {
        assertArrayEquals(i % 2 == 0 ? letter : a4, results.get(i).get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rendersTheSameBytesInAnotherJvmTimeZoneAndLocale(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path other = dir.resolve("other.pdf");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Pacific/Kiritimati",
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Dfile.encoding=ISO-8859-1",
                "-cp",
                System.getProperty("java.class.path"),
                RenderSample.class.getName(),
                other.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the other JVM finishes");
    assertEquals(0, process.exitValue(), output);
    assertArrayEquals(Samples.render(Samples.packet(Paper.LETTER)), Files.readAllBytes(other));
  }

  @Test
  void rendersAnEmptyDocumentAsOneFramedPage() {
    List<String> pages = PdfText.pages(Samples.render(Samples.document(List.of())));
    assertEquals(1, pages.size());
    assertTrue(pages.get(0).contains("Page 1 of 1"));
  }

  private static List<Block> filler(int lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 1; i <= lines; i++) {
      blocks.add(new Paragraph("Filler line " + i + ".", dev.interviewkit.api.doc.TextStyle.SMALL));
    }
    return blocks;
  }

  private static int count(String text, String piece) {
    int n = 0;
    for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      n++;
    }
    return n;
  }

  private static void collectTexts(Block block, List<String> out) {
    if (block instanceof Heading h) {
      out.add(h.text());
    } else if (block instanceof Paragraph p) {
      out.add(p.text());
    } else if (block instanceof BulletList l) {
      out.addAll(l.items());
    } else if (block instanceof Callout c) {
      out.add(c.text());
    } else if (block instanceof Table t) {
      out.addAll(t.header());
      t.rows().forEach(out::addAll);
    } else if (block instanceof SideBySide s) {
      out.add(s.leftTitle());
      out.addAll(s.left());
      out.add(s.rightTitle());
      out.addAll(s.right());
    } else if (block instanceof NoteLines n) {
      out.add(n.label());
    } else if (block instanceof ChoiceGroup g) {
      out.add(g.title());
      out.add(g.description());
      for (Choice choice : g.choices()) {
        out.add(choice.label());
        out.add(choice.detail());
      }
    } else if (block instanceof KeepTogether k) {
      k.blocks().forEach(b -> collectTexts(b, out));
    }
    out.removeIf(String::isEmpty);
  }

  private static void collectFonts(PDResources resources, List<String> out, int depth)
      throws IOException {
    if (resources == null || depth > 5) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out, depth + 1);
      }
    }
  }

  /** Renders the sample packet in a fresh JVM, for the byte-stability test. */
  static final class RenderSample {

    private RenderSample() {}

    public static void main(String[] args) throws IOException {
      Files.write(Path.of(args[0]), Samples.render(Samples.packet(Paper.LETTER)));
    }

  }
}
