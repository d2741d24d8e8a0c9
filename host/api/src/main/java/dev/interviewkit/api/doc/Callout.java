package dev.interviewkit.api.doc;

import java.util.Objects;

/** Text in a lightly shaded, bordered box, e.g. a question's prompt. */
public record Callout(String text) implements Block {

  public Callout {
    Objects.requireNonNull(text, "text");
  }
}
