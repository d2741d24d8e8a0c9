package dev.interviewkit.calibration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One competency score from one scorecard of one loop, as the hiring record keeps it.
 *
 * @param loopId the loop's id
 * @param loopDate the loop's date
 * @param role the role id
 * @param candidateKey the candidate as the record identifies them (never printed)
 * @param roundId the round the scorecard is for
 * @param interviewer who wrote the scorecard
 * @param competency the competency id scored
 * @param questionIds the questions the round asked for this competency
 * @param score 1 to 4
 * @param recommendation the scorecard's overall recommendation, empty when none
 * @param decision the loop's hiring decision, when one is on record
 */
public record ScoreObservation(String loopId, LocalDate loopDate, String role, String candidateKey,
    String roundId, String interviewer, String competency, List<String> questionIds, int score,
    String recommendation, Optional<String> decision) {

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
      throw new IllegalArgumentException("score must be 1 to 4, got " + score);
    }
    if (loopId.isBlank() || interviewer.isBlank() || competency.isBlank()) {
      throw new IllegalArgumentException("loop, interviewer and competency must not be blank");
    }
  }

  /** The scorecard this score is on: one interviewer's card for one round of one loop. */
  Card card() {
    return new Card(loopId, roundId, interviewer);
  }

  /** A scorecard's identity. */
  record Card(String loopId, String roundId, String interviewer) {}
}
