package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Counts each question's scores: all of them, and those of hires and of no-hires apart. */
final class QuestionTally {

  /** Index 0 all, 1 hires, 2 no-hires; then the score, 1 to 4. */
  private final Map<String, long[][]> counts = new TreeMap<>();
  /** Each decision text read so far, as a side (a record holds only a few distinct ones). */
  private final Map<Optional<String>, Optional<Boolean>> sides = new java.util.HashMap<>();

  void add(ScoreObservation o) {
    if (o.questionIds().isEmpty()) {
      return;
    }
    Optional<Boolean> hired = sides.computeIfAbsent(o.decision(), Calibration::hired);
    for (String q : o.questionIds()) {
      long[][] c = counts.computeIfAbsent(q, k -> new long[3][5]);
      c[0][o.score()]++;
      hired.ifPresent(h -> c[h ? 1 : 2][o.score()]++);
    }
  }

  List<Calibration.QuestionScores> scores() {
    List<Calibration.QuestionScores> out = new ArrayList<>();
    counts.forEach((q, c) -> {
      List<Integer> all = new ArrayList<>();
      for (int s = 1; s <= 4; s++) {
        all.add((int) c[0][s]);
      }
      int hires = (int) java.util.Arrays.stream(c[1]).sum();
      int noHires = (int) java.util.Arrays.stream(c[2]).sum();
      Optional<Calibration.Separation> separation = hires > 0 && noHires > 0
          ? Optional.of(new Calibration.Separation(hires, noHires, Stats.auc(c[1], c[2])))
          : Optional.empty();
      out.add(new Calibration.QuestionScores(q, all, separation));
    });
    return out;
  }
}
