package dev.interviewkit.compose;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.render.pdf.PdfRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A PDF scorecard filled by a third-party tool (PDFBox) in Cyrillic, Greek and Vietnamese, with
 * a six-line evidence answer (twelve lines once wrapped at the field's fixed 9 pt), then flattened,
 * still shows every character and every line: in its text, inside the field's box, and as ink on
 * the rendered page.
 */
class FilledScorecardTest {

  private static final List<String> EVIDENCE = List.of(
      "Разделил монолит по командам, а не по слоям.",
      "Σύγκρινε δύο επιλογές και εξήγησε το κόστος.",
      "Đã hỏi về kế hoạch khôi phục trước khi triển khai.",
      "Named the on-call cost of each option unprompted.",
      "Ёжик: щётка, объём, подъезд — all of Cyrillic.",
      "Ψυχή, ζωή, ἀρετή — Greek with accents.",
      "Người dùng được ưu tiên; chất lượng dịch vụ.",
      "Line eight closes the answer: the plan held up.");
  /** What a two-competency scorecard's evidence box holds at 9 pt: every script, every accent. */
  private static final List<String> ANSWER = EVIDENCE.subList(0, 6);
  private static final String INTERVIEWER = "Дмитрий Σωκράτης Nguyễn Thị Ánh";
  private static final String TAKEAWAYS = "Sẵn sàng dẫn dắt; ανοιχτή ερώτηση για κόστος.";

  private final Loop loop = Fixtures.loop(11, Set.of());

  @ParameterizedTest
  @EnumSource(Paper.class)
  void showsEveryCharacterAndEveryLineOnTheFlattenedPage(Paper paper) throws IOException {
    PlannedRound round = loop.rounds().get(0);
    String id = round.spec().id();
    String evidenceField = LoopDocuments.evidenceField(id, "judgement");
    byte[] blank = render(new LoopDocuments(loop, Fixtures.catalog(), paper).scorecard(round));

    byte[] filled;
    PDRectangle box;
    try (PDDocument doc = Loader.loadPDF(blank)) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      PDTextField evidence = (PDTextField) form.getField(evidenceField);
      assertTrue(evidence.isMultiline(), "evidence is one line");
      assertFalse(evidence.doNotScroll(), "evidence cannot scroll");
      box = evidence.getWidgets().get(0).getRectangle();
      assertDoesNotThrow(() -> evidence.setValue(String.join("\n", ANSWER)));
      assertDoesNotThrow(() -> form.getField(LoopDocuments.interviewerField(id))
          .setValue(INTERVIEWER));
      assertDoesNotThrow(() -> form.getField(LoopDocuments.takeawaysField(id))
          .setValue(TAKEAWAYS));
      ((PDRadioButton) form.getField(LoopDocuments.scoreField(id, "judgement"))).setValue("3");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      filled = out.toByteArray();
    }

    try (PDDocument doc = Loader.loadPDF(filled)) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      form.refreshAppearances();
      form.flatten();
      assertTrue(form.getFields().isEmpty(), "fields left after flattening");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      Files.createDirectories(Path.of("target", "filled"));
      Files.write(Path.of("target", "filled", "scorecard-" + paper + ".pdf"), out.toByteArray());
    }

    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(
        Path.of("target", "filled", "scorecard-" + paper + ".pdf")))) {
      Glyphs glyphs = new Glyphs();
      glyphs.setStartPage(1);
      glyphs.setEndPage(1);
      String text = glyphs.getText(doc).replaceAll("\\s+", " ");
      for (String line : ANSWER) {
        // at the field's fixed 9 pt a long line wraps inside the box
        assertTrue(text.contains(line), "evidence line missing: " + line + "\n" + text);
      }
      assertTrue(text.contains(INTERVIEWER), text);
      assertTrue(text.contains(TAKEAWAYS), text);

      float pageHeight = doc.getPage(0).getMediaBox().getHeight();
      List<TextPosition> inBox = glyphs.within(box, pageHeight);
      String drawn = String.join("", inBox.stream().map(TextPosition::getUnicode).toList());
      String expected = String.join("", ANSWER).replace(" ", "");
      assertEquals(expected, drawn.replace(" ", ""),
          "evidence glyphs outside the field's box would be clipped on paper");

      float scale = 100f / 72f;
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100f);
      ImageIO.write(image, "png",
          Path.of("target", "filled", "scorecard-" + paper + ".png").toFile());
      TextPosition last = inBox.get(inBox.size() - 1);
      int x0 = Math.round(box.getLowerLeftX() * scale);
      int x1 = Math.round(box.getUpperRightX() * scale);
      int y0 = Math.round((pageHeight - box.getUpperRightY()) * scale);
      int y1 = Math.round((pageHeight - box.getLowerLeftY()) * scale);
      int lastTop = Math.round((last.getYDirAdj() - last.getHeightDir()) * scale);
      int lastBottom = Math.round(last.getYDirAdj() * scale) + 1;
      assertTrue(ink(image, x0, x1, y0, y1) > 400, "the evidence box prints blank");
      assertTrue(ink(image, x0, x1, lastTop, lastBottom) > 20,
          "the last evidence line prints blank");
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void theSmallestEvidenceBoxOfAFourCompetencyScorecardPrintsFourLinesAtTheFieldsOwnSize(
      Paper paper)
      throws IOException {
    List<dev.interviewkit.api.doc.Block> blocks = new ArrayList<>();
    List<dev.interviewkit.api.doc.Choice> scores = new ArrayList<>();
    for (int i = 0; i < LoopDocuments.SCORE_VALUES.size(); i++) {
      scores.add(new dev.interviewkit.api.doc.Choice(LoopDocuments.SCORE_VALUES.get(i),
          LoopDocuments.SCORE_LABELS.get(i), ""));
    }
    for (String c : List.of("a", "b", "c", "d")) {
      blocks.add(new dev.interviewkit.api.doc.ChoiceGroup("r:" + c + ":score", "Competency " + c,
          "What it means here.", scores, "r:" + c + ":evidence", LoopDocuments.evidenceLines(4)));
    }
    byte[] blank = render(new dev.interviewkit.api.doc.Document(
        new dev.interviewkit.api.doc.DocumentInfo("Scorecard — R", "R", "", paper,
            java.time.LocalDate.of(2026, 12, 3), java.util.Map.of()), blocks));
    ByteArrayOutputStream flat = new ByteArrayOutputStream();
    PDRectangle box;
    try (PDDocument doc = Loader.loadPDF(blank)) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      PDTextField evidence = (PDTextField) form.getField("r:d:evidence");
      box = evidence.getWidgets().get(0).getRectangle();
      assertTrue(evidence.getDefaultAppearance().matches(".* 9 Tf.*"),
          evidence.getDefaultAppearance());
      evidence.setValue(String.join("\n", EVIDENCE.subList(0, 4)));
      form.refreshAppearances();
      form.flatten();
      doc.save(flat);
    }
    try (PDDocument doc = Loader.loadPDF(flat.toByteArray())) {
      Glyphs glyphs = new Glyphs();
      glyphs.getText(doc);
      String drawn = String.join("", glyphs.within(box, doc.getPage(0).getMediaBox().getHeight())
          .stream().map(TextPosition::getUnicode).toList());
      assertEquals(String.join("", EVIDENCE.subList(0, 4)).replace(" ", ""),
          drawn.replace(" ", ""));
      assertTrue(glyphs.within(box, doc.getPage(0).getMediaBox().getHeight()).stream()
          .allMatch(g -> g.getFontSizeInPt() >= 8f), "evidence printed below 8 pt");
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void formFontIsAFullEmbeddedUnicodeFontAndFieldsNameTheirCompetency(Paper paper)
      throws IOException {
    PlannedRound round = loop.rounds().get(0);
    String id = round.spec().id();
    try (PDDocument doc = Loader.loadPDF(render(
        new LoopDocuments(loop, Fixtures.catalog(), paper).scorecard(round)))) {
      // without PDFBox's fix-up, which adds a Helvetica of its own to every form it opens
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      PDResources dr = form.getDefaultResources();
      List<PDFont> fonts = new ArrayList<>();
      for (COSName name : dr.getFontNames()) {
        fonts.add(dr.getFont(name));
      }
      assertFalse(fonts.isEmpty(), "no /DR font");
      for (PDFont font : fonts) {
        PDType0Font unicode = assertInstanceOf(PDType0Font.class, font, font.getName());
        assertTrue(unicode.isEmbedded(), font.getName() + " is not embedded");
        assertFalse(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
      }
      for (PDField field : form.getFieldTree()) {
        assertFalse(field.getAlternateFieldName() == null
            || field.getAlternateFieldName().isBlank(), field.getFullyQualifiedName());
        if (field instanceof PDTextField text) {
          assertFalse(text.getDefaultAppearance().contains("Helv"), text.getDefaultAppearance());
        }
      }
      PDField score = form.getField(LoopDocuments.scoreField(id, "judgement"));
      assertTrue(score.getAlternateFieldName().contains("Judgement"),
          score.getAlternateFieldName());
      assertTrue(score.getAlternateFieldName().contains(round.spec().title()),
          score.getAlternateFieldName());
      PDField interviewer = form.getField(LoopDocuments.interviewerField(id));
      assertEquals("Priya Raman", interviewer.getValueAsString(), "not pre-filled from the panel");
      assertNotNull(interviewer.getWidgets().get(0).getAppearance());
    }
  }

  @org.junit.jupiter.api.Test
  void wordScorecardStartsWithTheInterviewerAndEveryChoiceUnchosen(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    PlannedRound round = loop.rounds().get(0);
    String id = round.spec().id();
    Path docx = dir.resolve("scorecard.docx");
    try (var out = Files.newOutputStream(docx)) {
      new dev.interviewkit.render.docx.DocxRenderer().render(
          new LoopDocuments(loop, Fixtures.catalog(), Paper.A4).scorecard(round), out);
    }
    var form = dev.interviewkit.render.docx.DocxForms.read(docx);
    assertEquals("Priya Raman", form.fields().get(LoopDocuments.interviewerField(id)));
    assertEquals("", form.fields().get(LoopDocuments.scoreField(id, "judgement")));
    assertEquals("", form.fields().get(LoopDocuments.recommendationField(id)));
  }

  private static byte[] render(dev.interviewkit.api.doc.Document document) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new PdfRenderer().render(document, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dark pixels in a rectangle of the image. */
  private static int ink(BufferedImage image, int x0, int x1, int y0, int y1) {
    int dark = 0;
    for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (grey < 128) {
          dark++;
        }
      }
    }
    return dark;
  }

  /** A text stripper that also keeps where each glyph was drawn. */
  private static final class Glyphs extends PDFTextStripper {

    private final List<TextPosition> positions = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
      positions.addAll(textPositions);
      super.writeString(text, textPositions);
    }

    /** The glyphs wholly inside {@code box} (PDF coordinates), in reading order. */
    List<TextPosition> within(PDRectangle box, float pageHeight) {
      List<TextPosition> inside = new ArrayList<>();
      for (TextPosition p : positions) {
        float baseline = pageHeight - p.getYDirAdj();
        if (p.getXDirAdj() >= box.getLowerLeftX() - 0.5f
            && p.getXDirAdj() + p.getWidthDirAdj() <= box.getUpperRightX() + 0.5f
            && baseline >= box.getLowerLeftY() - 0.5f
            && baseline + p.getHeightDir() <= box.getUpperRightY() + 0.5f) {
          inside.add(p);
        }
      }
      return inside;
    }
  }
}
