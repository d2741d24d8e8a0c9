package dev.interviewkit.plan;

import java.util.Objects;

/**
 * One line of a round's run sheet.
 *
 * @param start minutes from the start of the round
 * @param question the index of the question in the round, or -1 for the other segments
 */
public record Segment(String label, int start, int minutes, int question) {

  public static final String INTRO = "Introduction";
  public static final String CANDIDATE = "The candidate's questions";
  public static final String WRAP_UP = "Wrap-up: next steps, thank the candidate";

  public Segment {
    Objects.requireNonNull(label, "label");
    if (minutes < 0 || start < 0) {
      throw new IllegalArgumentException(label + ": minutes must not be negative");
    }
  }
}
