package dev.interviewkit.api.doc;

import java.util.Objects;

/** A paragraph of plain text. */
public record Paragraph(String text, TextStyle style) implements Block {

  public Paragraph {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
  }

  public static Paragraph body(String text) {
    return new Paragraph(text, TextStyle.BODY);
  }
}
