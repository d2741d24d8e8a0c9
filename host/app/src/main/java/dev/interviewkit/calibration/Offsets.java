package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects each score's offset from the mean of the other panelists on its loop and competency. */
final class Offsets {

  /** Growable lists of doubles, by key. */
  private static final class Values {
    double[] values = new double[8];
    int size;

    void add(double v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  private final Map<String, Map<String, Values>> byInterviewer = new HashMap<>();
  /** Per scorecard: the sum and count of its offsets, and whose it is. */
  private final Map<Card, double[]> byCard = new HashMap<>();
  private final Map<String, List<Card>> cardsOf = new HashMap<>();

  /** Adds the offsets of one unit's scores; a unit scored by one panelist has none. */
  void add(List<ScoreObservation> unit) {
    int m = unit.size();
    if (m < 2) {
      return;
    }
    double sum = 0;
    for (ScoreObservation o : unit) {
      sum += o.score();
    }
    for (ScoreObservation o : unit) {
      double offset = o.score() - (sum - o.score()) / (m - 1);
      byInterviewer.computeIfAbsent(o.interviewer(), k -> new HashMap<>())
          .computeIfAbsent(o.competency(), k -> new Values()).add(offset);
      Card key = Card.of(o);
      double[] card = byCard.get(key);
      if (card == null) {
        card = new double[2];
        byCard.put(key, card);
        cardsOf.computeIfAbsent(o.interviewer(), k -> new ArrayList<>()).add(key);
      }
      card[0] += offset;
      card[1]++;
    }
  }

  /** The figures of {@code name}, who wrote {@code scorecards} scorecards in all. */
  Calibration.Interviewer interviewer(String name, int scorecards) {
    List<Card> cards = cardsOf.getOrDefault(name, List.of());
    double[] means = new double[cards.size()];
    for (int i = 0; i < means.length; i++) {
      double[] card = byCard.get(cards.get(i));
      means[i] = card[0] / card[1];
    }
    Map<String, Stats.Mean> byCompetency = new TreeMap<>();
    byInterviewer.getOrDefault(name, Map.of()).forEach((competency, values) ->
        byCompetency.put(competency, Stats.mean(values.values, values.size)));
    return new Calibration.Interviewer(name, scorecards, Stats.mean(means, means.length),
        byCompetency);
  }
}
