package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chinese text without spaces wraps between its characters and loses none of them. */
class CjkLineBreaksTest {

  private static final String SENTENCE = "候補者はシステム設計の判断を具体的な例で説明した。";

  @BeforeAll
  static void needsACjkFont() {
    CjkFont.required();
  }

  @Test
  void aLongParagraphWrapsBetweenIdeographsWithoutAddingOrDroppingACharacter() {
    String text = SENTENCE.repeat(6);
    List<String> lines = LineBreaks.lines(text, Fonts.regular(), Style.BODY, 300f);
    assertTrue(lines.size() > 3, lines.toString());
    assertEquals(text, String.join("", lines));
    for (String line : lines) {
      assertTrue(Fonts.width(line, false, Style.BODY) <= 300f, line);
      assertTrue(!line.startsWith("。"), "a line starts with a full stop: " + line);
    }
  }

  @Test
  void theRenderedPageHoldsEveryCharacterInParagraphsAndTableCells() {
    String text = SENTENCE.repeat(5);
    String printed = PdfText.all(Samples.render(Samples.document(List.of(Paragraph.body(text),
        Table.of(List.of("候補者", "メモ"), List.of(List.of("王小明", text)))))));
    String flat = printed.replaceAll("\\s+", "");
    assertTrue(flat.contains(text), printed);
    assertTrue(flat.indexOf(text) != flat.lastIndexOf(text), "table copy cut: " + printed);
  }

  @Test
  void widthsAddUpTheRunsOfEachFont() {
    float latin = Fonts.width("Kubernetes", false, 10f);
    float cjk = Fonts.width("王小明", false, 10f);
    assertEquals(Fonts.regular().getWidthPoint("Kubernetes", 10f), latin, 0.001f);
    assertTrue(cjk > 25f && cjk < 35f, "three ideographs at 10 pt: " + cjk);
    assertEquals(latin + cjk, Fonts.width("Kubernetes王小明", false, 10f), 0.001f);
  }
}
