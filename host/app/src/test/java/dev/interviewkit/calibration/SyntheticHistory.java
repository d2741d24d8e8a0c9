package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A made-up hiring record: loops of four rounds by panelists drawn from a pool, each competency
 * scored in two rounds, every panelist scoring the candidate's true level give or take a point
 * now and then, except {@link #HARSH}, who always scores one point below it.
 */
final class SyntheticHistory {

  static final String HARSH = "Harriet Hale";
  static final List<String> POOL = List.of(HARSH, "Ada Obi", "Bo Lind", "Chen Wu", "Dee Roy",
      "Eli Park", "Fay Moss", "Gus Tan");
  static final List<String> COMPETENCIES = List.of("judgement", "people", "delivery", "strategy");
  static final LocalDate START = LocalDate.of(2026, 1, 5);

  private SyntheticHistory() {}

  static List<ScoreObservation> of(int loops, long seed) {
    Random random = new Random(seed);
    List<ScoreObservation> out = new ArrayList<>();
    for (int l = 0; l < loops; l++) {
      String loop = "loop-" + l;
      LocalDate date = START.plusDays(l % 300);
      List<String> panel = new ArrayList<>(POOL);
      java.util.Collections.shuffle(panel, random);
      int[] truth = new int[COMPETENCIES.size()];
      for (int c = 0; c < truth.length; c++) {
        truth[c] = 2 + random.nextInt(3);
      }
      boolean hired = truth[0] + truth[1] + truth[2] + truth[3] >= 12;
      for (int r = 0; r < 4; r++) {
        String interviewer = panel.get(r);
        for (int c : new int[] {r, (r + 1) % 4}) {
          int score = truth[c] + (random.nextInt(6) == 0 ? (random.nextBoolean() ? 1 : -1) : 0);
          if (interviewer.equals(HARSH)) {
            score = truth[c] - 1;
          }
          score = Math.max(1, Math.min(4, score));
          String competency = COMPETENCIES.get(c);
          out.add(new ScoreObservation(loop, date, "director-of-engineering", "candidate-" + l,
              "round-" + r, interviewer, competency, List.of(competency + "-q" + (l % 3)), score,
              score >= 3 ? "yes" : "no", Optional.of(hired ? "hire" : "no-hire")));
        }
      }
    }
    return out;
  }
}
