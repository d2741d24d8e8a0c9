package dev.interviewkit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.interviewkit.render.pdf.CjkFont;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charts' labels drawn in a font that has their characters. */
class CalibrationChartsTest {

  @Test
  void latinNamesAreDrawnInDejaVuSans() {
    assertSame(CalibrationCharts.Faces.REGULAR,
        CalibrationCharts.Faces.covering(List.of("Ana Núñez", "Zoë Ødegaard", "Дмитрий")));
  }

  @Test
  void chineseAndJapaneseNamesGetAFontThatDrawsThem() {
    CjkFont.required();
    List<String> names = List.of("王小明", "山田花子", "Ana Núñez");
    Font font = CalibrationCharts.Faces.covering(names);
    for (String name : names) {
      assertEquals(-1, font.canDisplayUpTo(name), name + " in " + font.getFontName());
    }
  }

  @Test
  void twoChineseNamesDrawDifferentlyNotAsTheSameBoxes() {
    CjkFont.required();
    byte[] wang = chart("王小明");
    byte[] li = chart("李小红");
    assertFalse(Arrays.equals(wang, li), "with boxes for glyphs both charts are identical");
    assertFalse(Arrays.equals(chart("Ana"), chart("Bob")), "a name is drawn at all");
  }

  private static byte[] chart(String name) {
    Calibration.Interviewer one = new Calibration.Interviewer(name, 6,
        new Stats.Mean(6, -1.0, -1.5, -0.5), Map.of());
    return CalibrationCharts.offsets(List.of(one)).png();
  }
}
