package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxPageTest {

  @ParameterizedTest
  @CsvSource({"LETTER, 12240, 15840", "A4, 11906, 16838"})
  void pageSizeFollowsThePaperWithThreeQuarterInchMargins(Paper paper, int width, int height) {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet(paper));

    CTSectPr section = doc.getDocument().getBody().getSectPr();
    assertEquals(BigInteger.valueOf(width), section.getPgSz().getW());
    assertEquals(BigInteger.valueOf(height), section.getPgSz().getH());
    CTPageMar margins = section.getPgMar();
    for (Object margin :
        List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight())) {
      assertEquals(BigInteger.valueOf(1080), margin);
    }
  }

  @Test
  void footerShowsFooterTextAndPageXOfYAsFields() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    XWPFFooter footer = doc.getFooterArray(0);
    assertTrue(footer.getText().contains(SampleDocuments.FOOTER), footer.getText());
    XWPFParagraph paragraph = footer.getParagraphs().get(0);
    List<String> instructions =
        paragraph.getRuns().stream()
            .filter(XWPFFieldRun.class::isInstance)
            .map(r -> ((XWPFFieldRun) r).getFieldInstruction().strip())
            .toList();
    assertEquals(List.of("PAGE", "NUMPAGES"), instructions);
    assertTrue(paragraph.getText().matches("(?s).*Page 1 of 1$"), paragraph.getText());
  }

  @Test
  void headerShowsTheDocumentHeader() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    assertEquals(SampleDocuments.HEADER, doc.getHeaderArray(0).getText().strip());
    assertEquals("Header", doc.getHeaderArray(0).getParagraphs().get(0).getStyleID());
  }
}
