package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

class DocxTableTest {

  @Test
  void headerRowRepeatsIsShadedAndNoRowSplitsAcrossPages() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    XWPFTable runSheet = doc.getTables().get(0);
    XWPFTableRow header = runSheet.getRow(0);
    assertTrue(header.isRepeatHeader());
    assertEquals("E6E6E6", header.getCell(0).getColor());
    assertTrue(header.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
    for (XWPFTableRow row : runSheet.getRows()) {
      assertTrue(row.isCantSplitRow());
    }
    assertFalse(runSheet.getRow(1).isRepeatHeader());
    assertEquals(XWPFTable.XWPFBorderType.SINGLE, runSheet.getTopBorderType());
    assertEquals(XWPFTable.XWPFBorderType.SINGLE, runSheet.getInsideHBorderType());
    assertEquals(XWPFTable.XWPFBorderType.SINGLE, runSheet.getInsideVBorderType());
  }

  @Test
  void threeHundredRowTableKeepsEveryRowAndItsHeaderOnEveryPage() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.of(List.of(SampleDocuments.longTable(300))));

    // cut where the PDF's pages are, each part with the header row again
    List<XWPFTable> parts = doc.getTables();
    assertTrue(parts.size() > 1, "not cut at the PDF's page breaks");
    int next = 1;
    for (XWPFTable part : parts) {
      assertEquals(part.getRow(0).getCell(1).getText(),
          parts.get(0).getRow(0).getCell(1).getText(), "a part without the header");
      for (int r = 1; r < part.getNumberOfRows(); r++) {
        assertEquals("Row " + next++, part.getRow(r).getCell(1).getText());
      }
    }
    assertEquals(301, next);
  }

  @Test
  void columnWidthsAreMeasuredFromTheCellsAndFillTheTextWidth() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    XWPFTable runSheet = doc.getTables().get(0);
    List<BigInteger> grid =
        runSheet.getCTTbl().getTblGrid().getGridColList().stream()
            .map(CTTblGridCol::getW)
            .map(w -> (BigInteger) w)
            .toList();
    List<Integer> widths = grid.stream().map(BigInteger::intValue).toList();
    assertEquals(10080, widths.stream().mapToInt(Integer::intValue).sum(), widths.toString());
    assertTrue(widths.get(1) > widths.get(0) && widths.get(1) > widths.get(2),
        "the segment column holds the longest text: " + widths);
    for (XWPFTableRow row : runSheet.getRows()) {
      for (int i = 0; i < 3; i++) {
        for (String word : row.getCell(i).getText().split("[ \u00A0]+")) {
          assertTrue(WordMetrics.width(word, true, 10f) + 2 * DocxBuilder.CELL_MARGIN / 20f
              <= widths.get(i) / 20f, "'" + word + "' does not fit column " + i + ": " + widths);
        }
      }
    }
    assertEquals(BigInteger.valueOf(10080), runSheet.getCTTbl().getTblPr().getTblW().getW());
    for (XWPFTableRow row : runSheet.getRows()) {
      for (int i = 0; i < 3; i++) {
        assertEquals(grid.get(i), row.getCell(i).getCTTc().getTcPr().getTcW().getW());
      }
    }
  }

  @Test
  void calloutIsOneShadedParagraphInABox() {
    XWPFDocument doc =
        RenderedDocx.render(SampleDocuments.of(List.of(new Callout("Tell me about a time…"))));

    assertEquals(0, doc.getTables().size(), "a paragraph keeps with the next; a table may not");
    org.apache.poi.xwpf.usermodel.XWPFParagraph callout = doc.getParagraphs().stream()
        .filter(p -> p.getText().equals("Tell me about a time…")).findFirst().orElseThrow();
    assertEquals(org.apache.poi.xwpf.usermodel.Borders.SINGLE, callout.getBorderLeft());
    assertEquals(org.apache.poi.xwpf.usermodel.Borders.SINGLE, callout.getBorderBottom());
    assertTrue(callout.getCTP().getPPr().xmlText().contains("w:fill=\"F2F2F2\""),
        callout.getCTP().getPPr().xmlText());
  }

  @Test
  void keptTogetherGroupKeepsEveryParagraphButTheLastWithTheNext() {
    XWPFDocument doc =
        RenderedDocx.render(
            SampleDocuments.of(
                List.of(
                    Paragraph.body("before"),
                    new KeepTogether(
                        List.of(
                            Paragraph.body("one"),
                            Table.of(List.of("A", "B"), List.of(List.of("1", "2"))),
                            Paragraph.body("two"),
                            NoteLines.plain("Notes", 3))),
                    Paragraph.body("after"))));

    List<XWPFParagraph> paragraphs = RenderedDocx.paragraphs(doc);
    List<Boolean> keepNext = paragraphs.stream().map(DocxTableTest::keepsWithNext).toList();
    int one = indexOf(paragraphs, "one");
    int notes = indexOf(paragraphs, "Notes");
    int last = notes + 1;
    assertFalse(keepNext.get(one - 1), "before");
    for (int i = one; i < last; i++) {
      assertTrue(keepNext.get(i), "paragraph " + i + " '" + paragraphs.get(i).getText() + "'");
    }
    assertFalse(keepNext.get(last), "the group's last paragraph");
    assertFalse(keepNext.get(last + 1), "after");
    assertTrue(doc.getTables().get(0).getRows().stream().allMatch(XWPFTableRow::isCantSplitRow));
  }

  @Test
  void choiceGroupStaysTogetherOnOnePage() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    XWPFTable scorecard =
        doc.getTables().stream()
            .filter(t -> t.getText().contains("Systems thinking"))
            .findFirst()
            .orElseThrow();
    for (XWPFTableRow row : scorecard.getRows()) {
      assertTrue(row.isCantSplitRow());
      for (XWPFTableCell cell : row.getTableCells()) {
        cell.getParagraphs().forEach(p -> assertTrue(keepsWithNext(p), p.getText()));
      }
    }
  }

  private static boolean keepsWithNext(XWPFParagraph p) {
    return p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetKeepNext();
  }

  private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).getText().equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no paragraph '" + text + "'");
  }
}
