package dev.interviewkit.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One competency score of one scorecard on record (its latest version), with what calibration
 * needs around it: the loop, the round, who scored, the questions the round asked and the loop's
 * hiring decision when one is recorded. The one type of a score for calibration, read from the
 * record or from an exported observations file alike.
 *
 * @param candidateKey a stable pseudonymous key of the candidate (not the name)
 * @param interviewer the interviewer's name as written on the scorecard, or "(round)" when blank
 * @param questionIds the questions the round asked that assess {@code competency}, in order
 * @param score 1..4 ({@code na} and blank scores are not observations)
 * @param recommendation strong-no, no, yes, strong-yes, or "" when none was chosen
 * @param decision hire or no-hire, when one is recorded for the loop
 */
public record ScoreObservation(
    String loopId,
    LocalDate loopDate,
    String role,
    String candidateKey,
    String roundId,
    String interviewer,
    String competency,
    List<String> questionIds,
    int score,
    String recommendation,
    Optional<String> decision) {

  public ScoreObservation {
    Objects.requireNonNull(loopId, "loopId");
    Objects.requireNonNull(loopDate, "loopDate");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(candidateKey, "candidateKey");
    Objects.requireNonNull(roundId, "roundId");
    Objects.requireNonNull(interviewer, "interviewer");
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(decision, "decision");
    questionIds = List.copyOf(questionIds);
    if (score < 1 || score > 4) {
      throw new IllegalArgumentException("score must be 1..4, got " + score);
    }
    if (loopId.isBlank() || interviewer.isBlank() || competency.isBlank()) {
      throw new IllegalArgumentException("loop, interviewer and competency must not be blank");
    }
    decision.ifPresent(d -> {
      if (!Decision.VALUES.contains(d)) {
        throw new IllegalArgumentException("decision must be one of " + Decision.VALUES
            + ", got '" + d + "'");
      }
    });
  }
}
