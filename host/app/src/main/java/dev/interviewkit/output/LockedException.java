package dev.interviewkit.output;

/** Another run holds the loop folder's lock; nothing was written. */
public final class LockedException extends OutputException {

  private static final long serialVersionUID = 1L;

  public LockedException(String message) {
    super(message);
  }
}
