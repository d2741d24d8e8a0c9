package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxStylesTest {

  private final XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

  @Test
  void headingsCarryBuiltInHeadingStyleIds() {
    Map<String, String> headingStyles =
        Map.of(
            "Run sheet", "Heading1",
            "Before you start", "Heading2",
            "Q1 · 20 min · SYSTEMS THINKING", "Heading2",
            "Follow-ups", "Heading3",
            "Scorecard", "Heading1");

    for (XWPFParagraph p : doc.getParagraphs()) {
      if (headingStyles.containsKey(p.getText())) {
        assertEquals(headingStyles.get(p.getText()), p.getStyleID(), p.getText());
      }
    }
  }

  @Test
  void builtInStylesExistUnderWordsStandardNames() {
    XWPFStyles styles = doc.getStyles();
    Map<String, String> names =
        Map.of(
            "Normal", "Normal",
            "Title", "Title",
            "Subtitle", "Subtitle",
            "Heading1", "heading 1",
            "Heading2", "heading 2",
            "Heading3", "heading 3",
            "ListBullet", "List Bullet");

    names.forEach(
        (id, name) -> {
          assertTrue(styles.styleExist(id), id);
          assertEquals(name, styles.getStyle(id).getName());
        });
  }

  @Test
  void headingStylesHaveOutlineLevelsAndBoldSizes() {
    List<Integer> halfPoints = List.of(32, 26, 22);
    for (int level = 1; level <= 3; level++) {
      CTStyle style = doc.getStyles().getStyle("Heading" + level).getCTStyle();
      assertEquals(
          BigInteger.valueOf(level - 1), style.getPPr().getOutlineLvl().getVal(), "level " + level);
      assertEquals(
          BigInteger.valueOf(halfPoints.get(level - 1)),
          style.getRPr().getSzArray(0).getVal(),
          "level " + level);
      assertEquals(1, style.getRPr().sizeOfBArray(), "level " + level);
    }
  }

  @Test
  void bodyIsTenPointArial() {
    var defaults = doc.getStyles().getDefaultRunStyle();
    assertEquals(10.0, defaults.getFontSizeAsDouble());
    assertEquals(
        "Arial",
        doc.getStyles()
            .getCtStyles()
            .getDocDefaults()
            .getRPrDefault()
            .getRPr()
            .getRFontsArray(0)
            .getAscii());
  }

  @Test
  void listItemsUseListBulletWithARealBulletNumbering() {
    List<XWPFParagraph> items =
        RenderedDocx.paragraphs(doc).stream()
            .filter(p -> "ListBullet".equals(p.getStyleID()))
            .toList();

    assertEquals(9, items.size());
    for (XWPFParagraph item : items) {
      BigInteger numId = item.getNumID();
      assertNotNull(numId, item.getText());
      XWPFAbstractNum abstractNum =
          doc.getNumbering().getAbstractNum(doc.getNumbering().getAbstractNumID(numId));
      assertEquals(
          STNumberFormat.BULLET, abstractNum.getCTAbstractNum().getLvlArray(0).getNumFmt().getVal());
    }
    XWPFStyle listBullet = doc.getStyles().getStyle("ListBullet");
    assertNotNull(listBullet.getCTStyle().getPPr().getNumPr());
  }

  @Test
  void titleAndSubtitleParagraphsUseTheirBuiltInStyles() {
    List<String> styled =
        doc.getParagraphs().stream()
            .filter(p -> p.getStyleID() != null && p.getStyleID().endsWith("itle"))
            .map(p -> p.getStyleID() + ":" + p.getText())
            .toList();

    assertEquals(
        List.of(
            "Subtitle:Interviewer packet — Systems design", "Title:" + SampleDocuments.CANDIDATE),
        styled);
  }
}
