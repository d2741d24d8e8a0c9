package dev.interviewkit.api.doc;

import java.util.Objects;

/** A section heading; level 1 is the largest. */
public record Heading(int level, String text) implements Block {

  public Heading {
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("heading level must be 1..3, got " + level);
    }
    Objects.requireNonNull(text, "text");
  }
}
