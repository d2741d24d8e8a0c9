package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that decide where a paragraph or a table is cut between pages. */
class PageBreakRulesTest {

  @Test
  void aParagraphNeverLeavesOneLineAtAPagesFootOrHead() {
    assertEquals(5, LineBreaks.linesHere(5, 9), "all fit");
    assertEquals(0, LineBreaks.linesHere(5, 1), "an orphan: start on the next page");
    assertEquals(3, LineBreaks.linesHere(5, 4), "a widow: take one more line over");
    assertEquals(0, LineBreaks.linesHere(3, 2), "three lines are not cut");
    assertEquals(4, LineBreaks.linesHere(8, 4));
  }

  @Test
  void aTableStartsWithThreeRowsAndEndsWithThree() {
    float[] rows = new float[10];
    Arrays.fill(rows, 20f);
    // Room for the header and two rows: the table starts on the next page.
    assertEquals(List.of(0, 0, 10), TableLayout.cuts(rows, 20f, 65f, 1000f, 0f));
    // Room for the header and eight rows: the last page would get two, so it gets three.
    assertEquals(List.of(0, 7, 10), TableLayout.cuts(rows, 20f, 185f, 1000f, 0f));
    // A legend after the table counts with its last row.
    assertEquals(List.of(0, 7, 10), TableLayout.cuts(rows, 20f, 225f, 1000f, 30f));
  }
}
