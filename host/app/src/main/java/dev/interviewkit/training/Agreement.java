package dev.interviewkit.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How far each trainee's scores agree with the key: exact and within one point, per competency
 * and overall, and their average offset (positive: more lenient than the key; negative: harsher).
 */
public record Agreement(AnswerKey key, List<PracticeScorecard> cards) {

  /** Agreement over some scored transcripts. */
  public record Tally(int scored, int exact, int withinOne, int offsetSum) {

    static final Tally NONE = new Tally(0, 0, 0, 0);

    Tally add(int trainee, int key) {
      int d = trainee - key;
      return new Tally(scored + 1, exact + (d == 0 ? 1 : 0), withinOne + (Math.abs(d) <= 1 ? 1 : 0),
          offsetSum + d);
    }

    public double exactShare() {
      return scored == 0 ? 0 : (double) exact / scored;
    }

    public double withinOneShare() {
      return scored == 0 ? 0 : (double) withinOne / scored;
    }

    /** Mean of trainee minus key; 0 when nothing was scored. */
    public double offset() {
      return scored == 0 ? 0 : (double) offsetSum / scored;
    }
  }

  /** One trainee: overall and per competency (in key order). */
  public record Trainee(String name, Tally overall, Map<String, Tally> byCompetency,
      List<String> unscored) {}

  /** How widely the trainees' scores of one transcript spread. */
  public record Spread(String transcript, int key, Map<String, Integer> scores) {

    public int width() {
      if (scores.isEmpty()) {
        return 0;
      }
      int min = scores.values().stream().min(Integer::compare).orElseThrow();
      int max = scores.values().stream().max(Integer::compare).orElseThrow();
      return max - min;
    }

    /** Largest distance of any trainee from the key. */
    public int fromKey() {
      return scores.values().stream().mapToInt(s -> Math.abs(s - key)).max().orElse(0);
    }
  }

  public Agreement {
    Objects.requireNonNull(key, "key");
    cards = List.copyOf(cards);
  }

  /** Every trainee by name, in name order. */
  public List<Trainee> trainees() {
    Map<String, List<PracticeScorecard>> byName = new TreeMap<>();
    cards.forEach(c -> byName.computeIfAbsent(c.trainee(), n -> new ArrayList<>()).add(c));
    List<Trainee> out = new ArrayList<>();
    byName.forEach((name, own) -> {
      Tally overall = Tally.NONE;
      Map<String, Tally> per = new LinkedHashMap<>();
      competencies().forEach(c -> per.put(c, Tally.NONE));
      List<String> unscored = new ArrayList<>();
      for (PracticeScorecard card : own) {
        AnswerKey.Entry entry = key.entry(card.transcript()).orElseThrow();
        if (!card.scored()) {
          unscored.add(card.transcript());
          continue;
        }
        overall = overall.add(card.points(), entry.score());
        per.put(entry.competency(), per.getOrDefault(entry.competency(), Tally.NONE)
            .add(card.points(), entry.score()));
      }
      per.values().removeIf(t -> t.scored() == 0);
      out.add(new Trainee(name, overall, per, unscored.stream().sorted().toList()));
    });
    return out;
  }

  /** Every transcript of the key with the trainees' scores, widest spread first. */
  public List<Spread> spreads() {
    List<Spread> out = new ArrayList<>();
    for (AnswerKey.Entry e : key.entries()) {
      Map<String, Integer> scores = new TreeMap<>();
      cards.stream().filter(c -> c.transcript().equals(e.transcript()) && c.scored())
          .forEach(c -> scores.put(c.trainee(), c.points()));
      out.add(new Spread(e.transcript(), e.score(), scores));
    }
    out.sort(Comparator.comparingInt(Spread::width).reversed()
        .thenComparing(Comparator.comparingInt(Spread::fromKey).reversed())
        .thenComparing(Spread::transcript));
    return out;
  }

  /** The key's competencies, in first-use order. */
  public List<String> competencies() {
    return key.entries().stream().map(AnswerKey.Entry::competency).distinct().toList();
  }
}
