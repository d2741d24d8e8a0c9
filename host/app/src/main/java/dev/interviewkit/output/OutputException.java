package dev.interviewkit.output;

/** An output folder or file that cannot be written; nothing was left half-written. */
public class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }
}
