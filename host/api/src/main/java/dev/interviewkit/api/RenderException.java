package dev.interviewkit.api;

/** A document that cannot be rendered without losing content; the message says what and where. */
public final class RenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RenderException(String message) {
    super(message);
  }
}
