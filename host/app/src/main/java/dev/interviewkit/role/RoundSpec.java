package dev.interviewkit.role;

import dev.interviewkit.bank.Location;
import java.util.List;
import java.util.Objects;

/**
 * One round of a loop blueprint.
 *
 * @param interviewer the panelist persona, e.g. "Senior IC engineer"
 * @param minutes the time box
 * @param introMinutes time planned for introductions
 * @param candidateMinutes time planned for the candidate's own questions
 * @param focus what the round must establish; may be empty
 * @param competencies ids of the competencies the round scores, in scorecard order
 */
public record RoundSpec(
    String id,
    String title,
    String interviewer,
    int minutes,
    int introMinutes,
    int candidateMinutes,
    String focus,
    List<String> competencies,
    List<Draw> draws,
    Location location) {

  public RoundSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(interviewer, "interviewer");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(location, "location");
    competencies = List.copyOf(competencies);
    draws = List.copyOf(draws);
    if (minutes < 1 || introMinutes < 0 || candidateMinutes < 0) {
      throw new IllegalArgumentException(id + ": minutes must be positive");
    }
  }

  /** Minutes left for questions once introductions and the candidate's questions are planned. */
  public int questionMinutes() {
    return minutes - introMinutes - candidateMinutes;
  }
}
