package dev.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableFitTest {

  /** Every character 1 pt wide at size 1, bold or not: widths are easy to reason about. */
  private static final TableFit.Metrics MONO = (text, bold, size) -> text.length() * size;

  @Test
  void noColumnIsNarrowerThanItsLongestWordAndTheWidthsFillTheRoom() {
    List<String> header = List.of("#", "Interviewer", "Competencies");
    List<List<String>> rows = List.of(
        List.of("1", "Aleksandra Konstantinovna Rimskaya-Korsakova", "Architecture judgement"),
        List.of("2", "Priya Raman", "Delivery predictability, Hiring process"));
    TableFit.Fit fit = TableFit.fit(header, rows, 300f, 10f, 5f, MONO);
    assertTrue(fit.fits());
    assertEquals(5f, fit.size());
    float[] w = fit.widths();
    assertEquals(300f, w[0] + w[1] + w[2], 0.01f);
    assertTrue(w[1] >= "Rimskaya-Korsakova".length() * 5f + 10f, "interviewer " + w[1]);
    assertTrue(w[2] >= "predictability,".length() * 5f + 10f, "competencies " + w[2]);
    assertEquals("1".length() * 5f + 10f, w[0], 0.01f, "a narrow column gets just its text");
  }

  @Test
  void aTableTooWideIsSetSmallerButNotBelowSevenAndAHalfPoints() {
    List<String> header = List.of("Competency", "Konstantinovna", "Herrera-Vidal", "Adebayo-Okonkwo");
    TableFit.Fit fit = TableFit.fit(header, List.of(List.of("a", "1", "2", "3")), 450f, 10f, 10f,
        MONO);
    assertTrue(fit.fits());
    assertTrue(fit.size() < 10f && fit.size() >= TableFit.SMALLEST, "size " + fit.size());
    TableFit.Fit hopeless = TableFit.fit(header, List.of(), 100f, 10f, 10f, MONO);
    assertFalse(hopeless.fits());
    assertEquals(TableFit.SMALLEST, hopeless.size());
  }

  @Test
  void aNumberStaysWithItsUnit() {
    assertEquals(List.of("Introduction", "5 min"), TableFit.words("Introduction 5 min"));
    assertEquals(List.of("60 minutes"), TableFit.words("60 minutes"));
    assertEquals(List.of("09:00", "or", "10:15"), TableFit.words("09:00 or 10:15"));
    assertTrue(TableFit.keptTogether("about 45", "min,"));
    assertFalse(TableFit.keptTogether("Round", "min"));
  }
}
