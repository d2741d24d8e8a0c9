package dev.interviewkit.service;

/** A user-facing failure: printed as one line, exits with {@link #exitCode()}. */
public final class KitException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public KitException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
