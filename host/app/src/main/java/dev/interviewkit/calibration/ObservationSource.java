package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where the calibration report reads its scores from: the hiring record, or an export of it. */
public interface ObservationSource {

  /** Which loops a report covers: one role or all, and loops on or after a date or all. */
  record Scope(Optional<String> role, Optional<LocalDate> since) {

    public Scope {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(since, "since");
    }

    public static Scope all() {
      return new Scope(Optional.empty(), Optional.empty());
    }

    /** Whether {@code o} is inside this scope. */
    public boolean includes(ScoreObservation o) {
      return (role.isEmpty() || role.get().equals(o.role()))
          && (since.isEmpty() || !o.loopDate().isBefore(since.get()));
    }
  }

  /** Every score observation inside {@code scope}. */
  List<ScoreObservation> observations(Scope scope) throws IOException;

  /** Where the observations come from, for the report, e.g. a file name. */
  String describe();
}
