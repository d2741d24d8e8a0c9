package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;

/** A scorecard's identity: one interviewer's card for one round of one loop. */
record Card(String loopId, String roundId, String interviewer) {

  /** The scorecard {@code o} is on. */
  static Card of(ScoreObservation o) {
    return new Card(o.loopId(), o.roundId(), o.interviewer());
  }
}
