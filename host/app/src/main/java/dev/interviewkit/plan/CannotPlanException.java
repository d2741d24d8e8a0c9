package dev.interviewkit.plan;

/** The loop cannot be planned as a valid structured interview; the message is one line. */
public final class CannotPlanException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CannotPlanException(String message) {
    super(message);
  }
}
