package dev.interviewkit.calibration;

import dev.interviewkit.record.HiringRecord;
import java.util.ArrayList;
import java.util.List;

/** The hiring record as the report's source: the latest version of every scorecard on record. */
public final class RecordObservations implements ObservationSource {

  private final HiringRecord record;

  public RecordObservations(HiringRecord record) {
    this.record = record;
  }

  @Override
  public List<ScoreObservation> observations(Scope scope) {
    List<ScoreObservation> out = new ArrayList<>();
    for (dev.interviewkit.record.ScoreObservation o : record.observations()) {
      ScoreObservation mine = new ScoreObservation(o.loopId(), o.loopDate(), o.role(),
          o.candidateKey(), o.roundId(), o.interviewer(), o.competency(), o.questionIds(),
          o.score(), o.recommendation(), o.decision());
      if (scope.includes(mine)) {
        out.add(mine);
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return "the hiring record (" + record.settings().describe() + ")";
  }
}
