package dev.interviewkit.cli;

/** A user-facing failure: printed as one line, exits with {@link #exitCode()}. */
final class KitException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int exitCode;

  KitException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
