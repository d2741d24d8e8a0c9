package dev.interviewkit.api.doc;

import java.util.Objects;

/**
 * Ruled lines for handwriting, under an optional label.
 *
 * @param label printed above the lines; may be empty
 * @param lines how many lines
 * @param field form-field name when the lines are also fillable on screen; empty when not
 * @param value what the field is filled in with, e.g. the interviewer's name; empty for none
 */
public record NoteLines(String label, int lines, String field, String value) implements Block {

  public NoteLines {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    if (lines < 1) {
      throw new IllegalArgumentException("note lines must be at least 1, got " + lines);
    }
    if (!value.isEmpty() && field.isEmpty()) {
      throw new IllegalArgumentException("note lines '" + label + "' have a value but no field");
    }
  }

  /** Lines whose field, if any, starts empty. */
  public NoteLines(String label, int lines, String field) {
    this(label, lines, field, "");
  }

  public static NoteLines plain(String label, int lines) {
    return new NoteLines(label, lines, "");
  }
}
