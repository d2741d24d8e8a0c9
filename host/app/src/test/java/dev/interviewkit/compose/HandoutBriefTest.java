package dev.interviewkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.render.docx.DocxRenderer;
import dev.interviewkit.render.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** A brief written with a Markdown table, subhead and list prints them as such in both formats. */
class HandoutBriefTest {

  private final Loop loop = Fixtures.loop(11, Set.of());
  private final PlannedRound round = loop.rounds().get(1);
  private final Question exercise = LoopDocuments.exercises(round).get(0);
  private final Document handout =
      new LoopDocuments(loop, Fixtures.catalog(), Paper.LETTER).handout(round, exercise);

  @Test
  void wordHandoutHasARealTableHeadingAndBulletList() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(handout, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<XWPFTable> tables = doc.getTables();
      assertEquals(1, tables.size());
      XWPFTable table = tables.get(0);
      assertEquals(3, table.getNumberOfRows());
      assertEquals("Services", table.getRow(0).getCell(2).getText());
      assertEquals("cart-api, payments-adapter", table.getRow(1).getCell(2).getText());
      List<String> bullets = new ArrayList<>();
      String subhead = null;
      for (XWPFParagraph p : doc.getParagraphs()) {
        if ("ListBullet".equals(p.getStyleID())) {
          bullets.add(p.getText());
        }
        if ("What to produce".equals(p.getText())) {
          subhead = p.getStyleID();
        }
      }
      assertEquals(List.of("the new team boundaries", "the order of the changes"), bullets);
      assertEquals("Heading2", subhead);
    }
  }

  @Test
  void pdfHandoutSetsTheTableInColumnsAndTheListWithBullets() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(handout, out);
    List<TextPosition> glyphs = new ArrayList<>();
    String text;
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String s, List<TextPosition> positions) throws IOException {
          glyphs.addAll(positions);
        }
      };
      PDFTextStripper sorted = new PDFTextStripper();
      sorted.setSortByPosition(true);
      text = sorted.getText(doc);
      stripper.getText(doc);
    }
    // Sorted by position, PDFBox may split a word where the glyphs sit apart; compare letters.
    String letters = text.replaceAll("\\s+", "");
    assertTrue(letters.contains("•thenewteamboundaries"), text);
    assertTrue(letters.contains("•theorderofthechanges"), text);
    assertTrue(!text.contains("| Team"), "pipes printed literally: " + text);
    float team = x(glyphs, "Team");
    float checkout = x(glyphs, "Checkout");
    float services = x(glyphs, "Services");
    float adapter = x(glyphs, "cart-api,");
    assertEquals(team, checkout, 0.5f, "the first column is aligned");
    assertEquals(services, adapter, 0.5f, "the third column is aligned");
    assertTrue(services > team + 100f, "the columns stand apart");
  }

  /** Where a word starts on the page. */
  private static float x(List<TextPosition> glyphs, String word) {
    StringBuilder all = new StringBuilder();
    for (TextPosition g : glyphs) {
      all.append(g.getUnicode());
    }
    int at = all.indexOf(word);
    assertTrue(at >= 0, "'" + word + "' not on the page");
    return glyphs.get(at).getXDirAdj();
  }
}
