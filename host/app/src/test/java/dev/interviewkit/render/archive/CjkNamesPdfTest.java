package dev.interviewkit.render.archive;

import static dev.interviewkit.render.archive.PdfArchivalTest.assertPdfA2b;
import static dev.interviewkit.render.archive.PdfArchivalTest.render;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Interviewer;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.Planner;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.render.pdf.CjkFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * A loop whose candidate, interviewer and organisation are named in Chinese, Japanese and Korean
 * gets every PDF, with each name whole in the text, its fonts embedded and PDF/A-2b kept, and
 * scorecard fields that take Chinese and Japanese. Needs a CJK font (.ci/run installs
 * fonts-wqy-microhei); on CI a missing one fails rather than skips.
 */
class CjkNamesPdfTest {

  static final String CANDIDATE = "王小明";
  static final String INTERVIEWER = "山田 太郎";
  static final String ORGANISATION = "김민준 컨설팅";
  private static final Loop LOOP = Planner.plan(Fixtures.role(), Fixtures.catalog(),
      new Planner.Request(CANDIDATE, LocalDate.of(2026, 12, 3), 11L,
          Map.of("one", new Interviewer(INTERVIEWER, "主任エンジニア", "09:00")), Set.of()),
      "test-plugin", "1.2.3");

  @BeforeAll
  static void needsACjkFont() {
    VeraGreenfieldFoundryProvider.initialise();
    CjkFont.required();
  }

  private static LoopDocuments docs(Paper paper) {
    return new LoopDocuments(LOOP, Fixtures.catalog(), paper,
        new Organisation(ORGANISATION, Optional.empty(), ""));
  }

  private static List<Document> everyPdf(Paper paper) {
    LoopDocuments docs = docs(paper);
    List<Document> all = new ArrayList<>(List.of(docs.overview(), docs.referenceCheck()));
    for (PlannedRound round : LOOP.rounds()) {
      all.add(docs.packet(round));
      all.add(docs.scorecard(round));
      LoopDocuments.exercises(round).forEach(q -> all.add(docs.handout(round, q)));
    }
    return all;
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void everyPdfPrintsTheNamesWholeInEmbeddedFontsAndEachKindIsPdfA2b(Paper paper) throws IOException {
    List<Document> documents = everyPdf(paper);
    for (int i = 0; i < documents.size(); i++) {
      Document document = documents.get(i);
      byte[] pdf = render(document);
      String name = "cjk-" + paper + "-" + i;
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc);
        assertTrue(text.contains(CANDIDATE), name + " lost the candidate: " + text);
        assertTrue(text.contains(ORGANISATION), name + " lost the organisation: " + text);
        assertFalse(text.contains("\uFFFD"), name + " printed a placeholder");
        List<PDFont> fonts = fonts(doc);
        fonts.forEach(f -> assertTrue(f.isEmbedded(), name + ": " + f.getName() + " embedded"));
        assertTrue(fonts.stream().anyMatch(f -> !f.getName().contains("DejaVu")),
            name + " has no fallback font: " + fonts);
      }
      if (i < 4) { // overview, reference check, first packet and scorecard: each kind once
        assertPdfA2b(name, pdf);
      }
    }
    String packets = new PDFTextStripper().getText(Loader.loadPDF(render(
        docs(paper).packet(LOOP.rounds().get(0)))));
    assertTrue(packets.contains(INTERVIEWER), "the interviewer's name: " + packets);
  }

  @Test
  void theSameLoopGivesTheSameBytes() {
    Document scorecard = docs(Paper.A4).scorecard(LOOP.rounds().get(0));
    assertArrayEquals(render(scorecard), render(scorecard));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void aScorecardFilledInChineseAndJapaneseByPdfBoxShowsItInAnEmbeddedFont(Paper paper)
      throws IOException {
    PlannedRound round = LOOP.rounds().get(0);
    String id = round.spec().id();
    String evidence = "王小明は設計を説明した。Kubernetes の移行も話した。";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = Loader.loadPDF(render(docs(paper).scorecard(round)))) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      form.getField(LoopDocuments.evidenceField(id, "judgement")).setValue(evidence);
      PDTextField who = (PDTextField) form.getField(LoopDocuments.interviewerField(id));
      who.setValue("山田 太郎 (Taro)");
      PDAnnotationWidget widget = who.getWidgets().get(0);
      PDResources resources = widget.getNormalAppearanceStream().getResources();
      boolean drawn = false;
      for (COSName fontName : resources.getFontNames()) {
        PDFont font = resources.getFont(fontName);
        assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        drawn |= encodes(font, "山田太郎 (Taro)");
      }
      assertTrue(drawn, "no font of the appearance has a glyph for 山");
      doc.save(out);
    }
    byte[] filled = out.toByteArray();
    assertPdfA2b("cjk-scorecard-filled-" + paper, filled);
    try (PDDocument doc = Loader.loadPDF(filled)) {
      doc.getDocumentCatalog().getAcroForm(null).flatten();
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertTrue(text.contains(evidence.replaceAll("\\s+", "")), text);
      assertTrue(text.contains("山田太郎(Taro)"), text);
    }
  }

  /** Whether {@code font} has a glyph for every character of {@code text}. */
  private static boolean encodes(PDFont font, String text) throws IOException {
    try {
      font.encode(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false; // PDFBox: "No glyph for U+5C71 in font ..."
    }
  }

  private static List<PDFont> fonts(PDDocument doc) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
    }
    return fonts;
  }
}
