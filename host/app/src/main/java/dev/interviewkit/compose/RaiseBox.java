package dev.interviewkit.compose;

import dev.interviewkit.api.doc.NoteLines;

/**
 * The scorecard box under each competency for what would have raised the score: fillable text
 * in both formats (PDF: a multiline text field; Word: a plain-text content control).
 */
final class RaiseBox {

  private RaiseBox() {}

  static final String LABEL = "What would have raised the score";
  static final int LINES = 1;

  static NoteLines of(String round, String competency) {
    return new NoteLines(LABEL, LINES, LoopDocuments.raiseField(round, competency));
  }
}
