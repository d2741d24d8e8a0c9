package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The calibration figures of a set of scores: per interviewer, how far they score from the rest
 * of their panel; per competency, how well panelists agree (Krippendorff's alpha, ordinal); per
 * question, its scores and how well they separate hires from no-hires.
 *
 * @param scope what the figures cover
 * @param loops loops with at least one score
 * @param scorecards scorecards with at least one score
 * @param first the earliest loop date, empty when there are no scores
 * @param last the latest loop date
 * @param interviewers by name
 * @param agreement by competency id, then {@link #ALL} for every competency pooled
 * @param questions by question id
 */
public record Calibration(ObservationSource.Scope scope, int loops, int scorecards,
    Optional<LocalDate> first, Optional<LocalDate> last, List<Interviewer> interviewers,
    List<Agreement> agreement, List<QuestionScores> questions) {

  /** Fewer compared scorecards than this, and a figure is marked as a small sample. */
  public static final int MIN_SAMPLE = 10;
  /** Bootstrap samples for each alpha's interval. */
  public static final int RESAMPLES = 1000;
  /** The competency id of the pooled agreement row. */
  public static final String ALL = "all";
  private static final long SEED = 20261202L;

  public Calibration {
    Objects.requireNonNull(scope, "scope");
    interviewers = List.copyOf(interviewers);
    agreement = List.copyOf(agreement);
    questions = List.copyOf(questions);
  }

  /**
   * One interviewer: scorecards written, and their mean offset from the other panelists' mean on
   * the same loop and competency, overall (each compared scorecard's mean offset, averaged) and
   * per competency, each with a 95 % t interval.
   */
  public record Interviewer(String name, int scorecards, Stats.Mean overall,
      Map<String, Stats.Mean> byCompetency) {

    public Interviewer {
      byCompetency = java.util.Collections.unmodifiableMap(new TreeMap<>(byCompetency));
    }

    /** Whether the overall offset rests on fewer than {@link #MIN_SAMPLE} scorecards. */
    public boolean smallSample() {
      return overall.n() < MIN_SAMPLE;
    }
  }

  /** Agreement on one competency: alpha (ordinal) over loops scored by two or more panelists. */
  public record Agreement(String competency, Krippendorff.Estimate estimate) {}

  /** One question's scores (counts of 1 to 4) and, where decisions are known, its separation. */
  public record QuestionScores(String question, List<Integer> counts,
      Optional<Separation> separation) {

    public QuestionScores {
      counts = List.copyOf(counts);
    }

    public int scored() {
      return counts.stream().mapToInt(Integer::intValue).sum();
    }

    public double mean() {
      int n = scored();
      double sum = 0;
      for (int s = 0; s < counts.size(); s++) {
        sum += (s + 1) * counts.get(s);
      }
      return n == 0 ? Double.NaN : sum / n;
    }
  }

  /**
   * How well a question's scores separate hires from no-hires: the probability that a hire's
   * score beats a no-hire's, ties half (AUC); 0.5 is no separation.
   */
  public record Separation(int hires, int noHires, double auc) {

    /** The rank-biserial correlation, 2·AUC - 1: from -1 to 1, 0 for no separation. */
    public double rankBiserial() {
      return 2 * auc - 1;
    }

    public boolean smallSample() {
      return Math.min(hires, noHires) < MIN_SAMPLE;
    }
  }

  /** A hiring decision as a side of the comparison, or empty for any other outcome. */
  static Optional<Boolean> hired(Optional<String> decision) {
    if (decision.isEmpty()) {
      return Optional.empty();
    }
    String d = decision.get().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    return switch (d) {
      case "hire", "hired", "offer", "yes", "stronghire" -> Optional.of(true);
      case "nohire", "no", "reject", "rejected", "strongnohire" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** Computes every figure from {@code observations} (those outside {@code scope} are ignored). */
  public static Calibration of(ObservationSource.Scope scope, List<ScoreObservation> observations) {
    Map<String, Map<String, List<ScoreObservation>>> units = new LinkedHashMap<>();
    Map<String, Set<Card>> cardsByInterviewer = new TreeMap<>();
    LocalDate first = null;
    LocalDate last = null;
    for (ScoreObservation o : observations) {
      if (!scope.includes(o)) {
        continue;
      }
      List<ScoreObservation> unit = units.computeIfAbsent(o.loopId(), k -> new HashMap<>())
          .computeIfAbsent(o.competency(), k -> new ArrayList<>(4));
      replaceOrAdd(unit, o);
      cardsByInterviewer.computeIfAbsent(o.interviewer(), n -> new HashSet<>()).add(Card.of(o));
      first = first == null || o.loopDate().isBefore(first) ? o.loopDate() : first;
      last = last == null || o.loopDate().isAfter(last) ? o.loopDate() : last;
    }
    Offsets offsets = new Offsets();
    Map<String, List<int[]>> unitsByCompetency = new TreeMap<>();
    QuestionTally questions = new QuestionTally();
    for (Map<String, List<ScoreObservation>> loop : units.values()) {
      for (List<ScoreObservation> scores : loop.values()) {
        int[] values = new int[scores.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = scores.get(i).score();
        }
        unitsByCompetency.computeIfAbsent(scores.get(0).competency(), c -> new ArrayList<>())
            .add(values);
        offsets.add(scores);
        scores.forEach(questions::add);
      }
    }
    List<Agreement> agreement = new ArrayList<>();
    Krippendorff.estimates(unitsByCompetency, Krippendorff.Metric.ORDINAL, RESAMPLES, SEED, ALL)
        .forEach((competency, estimate) -> agreement.add(new Agreement(competency, estimate)));
    List<Interviewer> interviewers = new ArrayList<>();
    cardsByInterviewer.forEach((name, cards) ->
        interviewers.add(offsets.interviewer(name, cards.size())));
    int scorecards = cardsByInterviewer.values().stream().mapToInt(Set::size).sum();
    return new Calibration(scope, units.size(), scorecards, Optional.ofNullable(first),
        Optional.ofNullable(last), interviewers, agreement, questions.scores());
  }

  /** Adds {@code o} to its unit, replacing an earlier score from the same scorecard. */
  private static void replaceOrAdd(List<ScoreObservation> unit, ScoreObservation o) {
    for (int i = 0; i < unit.size(); i++) {
      ScoreObservation other = unit.get(i);
      if (other.roundId().equals(o.roundId()) && other.interviewer().equals(o.interviewer())) {
        unit.set(i, o);
        return;
      }
    }
    unit.add(o);
  }

  /** The interviewers with an overall offset, furthest from zero first. */
  public List<Interviewer> byDistance() {
    return interviewers.stream().filter(i -> i.overall().n() > 0)
        .sorted(Comparator.comparingDouble((Interviewer i) -> -Math.abs(i.overall().mean()))
            .thenComparing(Interviewer::name))
        .toList();
  }
}
