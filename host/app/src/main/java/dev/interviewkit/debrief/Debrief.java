package dev.interviewkit.debrief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The combined view of one loop's scorecards. A score is keyed by what it is: the loop, the
 * round (one scorecard each), the interviewer and the competency; one interviewer who runs two
 * rounds gives two scores, and every figure sees both.
 *
 * @param loopId the verified loop
 * @param roleCompetencies every competency the role assesses, in the role's order
 * @param titles competency id to title
 * @param roundTitles round id to title in the role's order, for a role that is installed
 * @param refused file name to every reason it was not used
 * @param missingRounds rounds of the role that have no scorecard in this debrief
 */
public record Debrief(
    String loopId,
    String candidate,
    String role,
    String roleTitle,
    String date,
    List<String> roleCompetencies,
    Map<String, String> titles,
    Map<String, String> roundTitles,
    List<Scorecard> scorecards,
    Map<String, List<String>> refused,
    List<String> missingRounds) {

  public static final List<String> RECOMMENDATIONS = List.of("strong-no", "no", "yes",
      "strong-yes");

  public Debrief {
    roleCompetencies = List.copyOf(roleCompetencies);
    titles = Map.copyOf(titles);
    roundTitles = Collections.unmodifiableMap(new LinkedHashMap<>(roundTitles));
    scorecards = List.copyOf(scorecards);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    refused.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    refused = Collections.unmodifiableMap(copy);
    missingRounds = List.copyOf(missingRounds);
    if (scorecards.stream().map(Scorecard::round).distinct().count() != scorecards.size()) {
      throw new IllegalArgumentException("two scorecards of one round");
    }
  }

  /** One numeric score: which scorecard (round and interviewer) gave it. */
  public record Score(Scorecard card, int value) {}

  /** Per competency, one row: every numeric score given, one per scorecard. */
  public record Row(String competency, List<Score> scores) {

    public Row {
      scores = List.copyOf(scores);
    }

    public OptionalDouble mean() {
      return scores.stream().mapToInt(Score::value).average();
    }

    public int min() {
      return scores.stream().mapToInt(Score::value).min().orElse(0);
    }

    public int max() {
      return scores.stream().mapToInt(Score::value).max().orElse(0);
    }

    /** Two scores two or more points apart, whoever gave them. */
    public boolean disagreement() {
      return scores.size() >= 2 && max() - min() >= 2;
    }

    /** The score {@code card} gave, if it gave a number. */
    public Optional<Integer> of(Scorecard card) {
      return scores.stream().filter(s -> s.card() == card).map(Score::value).findFirst();
    }
  }

  /** Rows for every competency scored by any scorecard or owned by the role. */
  public List<Row> rows() {
    List<String> order = new ArrayList<>(roleCompetencies);
    for (Scorecard s : scorecards) {
      s.competencies().stream().filter(c -> !order.contains(c)).forEach(order::add);
    }
    List<Row> rows = new ArrayList<>();
    for (String c : order) {
      List<Score> scores = new ArrayList<>();
      for (Scorecard s : scorecards) {
        String value = s.scores().getOrDefault(c, "");
        if (value.matches("[1-4]")) {
          scores.add(new Score(s, Integer.parseInt(value)));
        }
      }
      rows.add(new Row(c, scores));
    }
    return rows;
  }

  /** Competencies of the role that no scorecard gave a score. */
  public List<String> gaps() {
    return rows().stream().filter(r -> r.scores().isEmpty())
        .filter(r -> roleCompetencies.contains(r.competency())).map(Row::competency).toList();
  }

  /** Recommendation value to how many scorecards (rounds) chose it, in scale order. */
  public Map<String, Integer> tally() {
    Map<String, Integer> tally = new LinkedHashMap<>();
    RECOMMENDATIONS.forEach(r -> tally.put(r, 0));
    scorecards.forEach(s -> tally.computeIfPresent(s.recommendation(), (k, v) -> v + 1));
    return tally;
  }

  public String title(String competency) {
    return titles.getOrDefault(competency, competency);
  }

  public String roundTitle(String round) {
    return roundTitles.getOrDefault(round, round);
  }

  /** The round's number in the role (1 for its first round), or its place among the scorecards. */
  public int roundNumber(String round) {
    int i = new ArrayList<>(roundTitles.keySet()).indexOf(round);
    if (i < 0) {
      i = roundTitles.size() + scorecards.stream().map(Scorecard::round).toList().indexOf(round);
    }
    return i + 1;
  }

  /** Whether anything the debrief should hold is missing: a refused file or a round. */
  public boolean isPartial() {
    return !refused.isEmpty() || !missingRounds.isEmpty();
  }
}
