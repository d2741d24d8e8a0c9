package dev.interviewkit.bank;

import java.util.Objects;

/**
 * What an answer at one score sounds like, for the rating guide and practice transcripts.
 *
 * @param score 1..4
 * @param answer two to four sentences in the candidate's voice
 * @param why one line: why it earns this score
 * @param raise one line: what would have raised it one point
 */
public record SampleAnswer(int score, String answer, String why, String raise,
    Location location) {

  public SampleAnswer {
    if (score < 1 || score > 4) {
      throw new IllegalArgumentException("a sample answer's score must be 1..4, got " + score);
    }
    requireText(answer, "answer");
    requireText(why, "why");
    requireText(raise, "raise");
    Objects.requireNonNull(location, "location");
  }

  private static void requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("a sample answer's '" + what + "' is empty");
    }
  }
}
