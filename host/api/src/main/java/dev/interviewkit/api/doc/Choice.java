package dev.interviewkit.api.doc;

import java.util.Objects;

/**
 * One box to tick.
 *
 * @param value the value stored in a form field when this box is chosen, e.g. {@code 3}
 * @param label printed beside the box, e.g. "3 Meets"
 * @param detail small print under the label, e.g. the anchor; may be empty
 */
public record Choice(String value, String label, String detail) {

  public Choice {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(detail, "detail");
    if (value.isBlank()) {
      throw new IllegalArgumentException("choice value is blank");
    }
  }
}
