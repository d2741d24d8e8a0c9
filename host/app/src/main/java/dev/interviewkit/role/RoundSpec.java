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
 * @param competencies ids of the competencies the round scores in every loop, in scorecard order:
 *     the planner draws questions that assess each of them
 * @param mayScore ids of competencies the round scores only when a drawn question assesses them
 * @param secondView ids of competencies another round holds in its {@code competencies} (their
 *     primary round) that this round also scores in every loop, as the second panelist's view:
 *     the planner draws questions that assess each of them too ({@code second_view:})
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
    Location location,
    List<String> mayScore,
    List<String> secondView) {

  /** Minutes every round keeps at the end for wrap-up, at least. */
  public static final int MIN_WRAP_UP = 5;

  public RoundSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(interviewer, "interviewer");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(location, "location");
    competencies = List.copyOf(competencies);
    draws = List.copyOf(draws);
    mayScore = List.copyOf(mayScore);
    secondView = List.copyOf(secondView);
    if (minutes < 1 || introMinutes < 0 || candidateMinutes < 0) {
      throw new IllegalArgumentException(id + ": minutes must be positive");
    }
  }

  /** A round that gives no second view. */
  public RoundSpec(String id, String title, String interviewer, int minutes, int introMinutes,
      int candidateMinutes, String focus, List<String> competencies, List<Draw> draws,
      Location location, List<String> mayScore) {
    this(id, title, interviewer, minutes, introMinutes, candidateMinutes, focus, competencies,
        draws, location, mayScore, List.of());
  }

  /** A round that scores only {@code competencies}. */
  public RoundSpec(String id, String title, String interviewer, int minutes, int introMinutes,
      int candidateMinutes, String focus, List<String> competencies, List<Draw> draws,
      Location location) {
    this(id, title, interviewer, minutes, introMinutes, candidateMinutes, focus, competencies,
        draws, location, List.of());
  }

  /**
   * Minutes left for questions once introductions, the candidate's questions and the minimum
   * wrap-up are planned.
   */
  public int questionMinutes() {
    return minutes - introMinutes - candidateMinutes - MIN_WRAP_UP;
  }

  /**
   * What the round scores in every loop, so its drawn questions must assess each:
   * {@code competencies}, then {@code secondView}.
   */
  public List<String> required() {
    List<String> all = new java.util.ArrayList<>(competencies);
    secondView.stream().filter(c -> !all.contains(c)).forEach(all::add);
    return List.copyOf(all);
  }

  /**
   * Every competency the round may score: {@code competencies}, {@code secondView}, then
   * {@code mayScore}.
   */
  public List<String> pool() {
    List<String> all = new java.util.ArrayList<>(required());
    mayScore.stream().filter(c -> !all.contains(c)).forEach(all::add);
    return all;
  }
}
