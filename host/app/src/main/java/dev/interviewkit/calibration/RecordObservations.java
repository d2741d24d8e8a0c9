package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
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
    for (ScoreObservation o : record.observations()) {
      if (scope.includes(o)) {
        out.add(o);
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return "the hiring record (" + record.settings().describe() + ")";
  }
}
