package dev.interviewkit.api.doc;

import java.util.Objects;

/**
 * Ruled lines for handwriting, under an optional label.
 *
 * @param label printed above the lines; may be empty
 * @param lines how many lines
 * @param field form-field name when the lines are also fillable on screen; empty when not
 */
public record NoteLines(String label, int lines, String field) implements Block {

  public NoteLines {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(field, "field");
    if (lines < 1) {
      throw new IllegalArgumentException("note lines must be at least 1, got " + lines);
    }
  }

  public static NoteLines plain(String label, int lines) {
    return new NoteLines(label, lines, "");
  }
}
