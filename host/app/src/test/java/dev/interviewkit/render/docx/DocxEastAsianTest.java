package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** Word runs holding Chinese, Japanese or Korean name an East Asian font and language. */
class DocxEastAsianTest {

  static Document cjk() {
    return new Document(SampleDocuments.info(Paper.A4).withOrganisation(
        new Organisation("김민준 컨설팅", Optional.empty(), "")), List.of(
            new Heading(1, "王小明"),
            Paragraph.body("山田 さくら interviews on Monday"),
            Paragraph.body("Plain English only"),
            Table.of(List.of("候補者", "Notes"), List.of(List.of("王小明", "김민준")))));
  }

  @Test
  void runsWithCjkNameTheirEastAsianFontAndLanguageAndLatinRunsNone() {
    XWPFDocument doc = RenderedDocx.render(cjk());
    List<XWPFRun> runs = new ArrayList<>();
    RenderedDocx.paragraphs(doc).forEach(p -> runs.addAll(p.getRuns()));
    for (XWPFHeader header : doc.getHeaderList()) {
      header.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
    }
    Map<String, String[]> expected = Map.of(
        "王小明", new String[] {"Microsoft YaHei", "zh-CN"},
        "山田 さくら interviews on Monday", new String[] {"Yu Gothic", "ja-JP"},
        "候補者", new String[] {"Microsoft YaHei", "zh-CN"}, // Han alone reads as Chinese
        "김민준", new String[] {"Malgun Gothic", "ko-KR"},
        "김민준 컨설팅", new String[] {"Malgun Gothic", "ko-KR"});
    int seen = 0;
    for (XWPFRun run : runs) {
      String text = run.text().strip();
      String[] want = expected.get(text);
      CTRPr properties = run.getCTR().getRPr();
      if (want != null) {
        seen++;
        assertEquals(want[0], properties.getRFontsArray(0).getEastAsia(), text);
        assertEquals(want[1], properties.getLangArray(0).getEastAsia(), text);
      } else if (text.equals("Plain English only")) {
        seen++;
        assertTrue(properties == null || properties.sizeOfRFontsArray() == 0, text);
      }
    }
    assertEquals(7, seen, "runs found: " + runs.stream().map(XWPFRun::text).toList());
  }

  @Test
  void boldRunsKeepBoldWithTheEastAsianFont() {
    XWPFDocument doc = RenderedDocx.render(cjk());
    XWPFParagraph heading = RenderedDocx.paragraphs(doc).stream()
        .filter(p -> p.getText().equals("王小明")).findFirst().orElseThrow();
    XWPFRun run = heading.getRuns().get(0);
    assertEquals("Microsoft YaHei", run.getCTR().getRPr().getRFontsArray(0).getEastAsia());
    assertNull(run.getCTR().getRPr().getRFontsArray(0).getAscii(), "Latin text keeps Arial");
    assertFalse(RenderedDocx.paragraphs(doc).isEmpty());
  }
}
