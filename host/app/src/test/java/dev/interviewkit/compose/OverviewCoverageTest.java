package dev.interviewkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.Planner;
import dev.interviewkit.plan.Shipped;
import dev.interviewkit.render.docx.DocxRenderer;
import dev.interviewkit.render.pdf.PdfRenderer;
import dev.interviewkit.role.RoleDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Director overview's coverage matrix, read back from the rendered PDF and Word files:
 * each competency's primary round and its second views are marked apart, and the "too few"
 * warning is gone for the competencies two rounds score.
 */
class OverviewCoverageTest {

  private static final RoleDefinition ROLE = Shipped.role("director-of-engineering");
  private static final BankCatalog CATALOG = Shipped.catalog();
  private static final List<String> SECOND = List.of("Team topology", "Technical risk",
      "Hiring process", "Coaching managers", "Delivery predictability");

  private static Loop loop(long seed) {
    return Planner.plan(ROLE, CATALOG, new Planner.Request("Ada Lovelace",
        LocalDate.of(2026, 12, 3), seed, Map.of(), Set.of()), "p", "1");
  }

  private static Document overview(Loop loop, Paper paper) {
    return new LoopDocuments(loop, CATALOG, paper).overview();
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void pdfMarksPrimaryAndSecondRoundsAndDropsTooFew(Paper paper) throws IOException {
    for (long seed : new long[] {1, 77, 4_242}) {
      Loop loop = loop(seed);
      String text;
      try (PDDocument pdf = Loader.loadPDF(render(new PdfRenderer(), overview(loop, paper)))) {
        text = new PDFTextStripper().getText(pdf);
      }
      // The legend says each mark once, followed by a colon.
      assertEquals(LoopDocuments.coverage(loop).size(), count(text, "primary")
          - count(text, "primary:"), "seed " + seed + ": one primary mark per competency\n" + text);
      assertTrue(count(text, "second") - count(text, "second:") >= SECOND.size(),
          "seed " + seed + ": a second mark for each competency two rounds score\n" + text);
      assertTrue(text.contains("●") && text.contains("○"), text);
      assertTrue(count(text, "too few") <= ROLE.competencies().size() - SECOND.size(),
          "seed " + seed + ": too few where two rounds score it\n" + text);
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void wordMarksPrimaryAndSecondInTheMatrixCells(Paper paper) throws IOException {
    Loop loop = loop(77);
    byte[] word = render(new DocxRenderer(), overview(loop, paper));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word))) {
      // The matrix may be set as several tables, each repeating the header row.
      List<XWPFTableRow> body = doc.getTables().stream()
          .filter(t -> t.getRow(0).getCell(0).getText().equals("Competency"))
          .flatMap(t -> t.getRows().stream().skip(1)).toList();
      int rows = 0;
      for (XWPFTableRow row : body) {
        List<String> cells = row.getTableCells().stream().map(c -> c.getText()).toList();
        List<String> marks = cells.subList(1, cells.size() - 1);
        assertEquals(1, marks.stream().filter(LoopDocuments.PRIMARY_MARK::equals).count(),
            "one primary round: " + cells);
        long seconds = marks.stream().filter(LoopDocuments.SECOND_MARK::equals).count();
        if (SECOND.contains(cells.get(0))) {
          assertTrue(seconds >= 1, "a second view: " + cells);
          assertFalse(cells.get(cells.size() - 1).contains("too few"), cells.toString());
        }
        rows++;
      }
      assertEquals(LoopDocuments.coverage(loop).size(), rows);
    }
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      n++;
    }
    return n;
  }

  private static byte[] render(Renderer renderer, Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(document, out);
    return out.toByteArray();
  }
}
