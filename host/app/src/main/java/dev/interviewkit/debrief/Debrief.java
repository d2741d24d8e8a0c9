package dev.interviewkit.debrief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The combined view of one loop's scorecards.
 *
 * @param roleCompetencies every competency the role assesses, in the role's order
 * @param titles competency id to title
 * @param refused file name to why it was not used
 */
public record Debrief(
    String candidate,
    String role,
    String roleTitle,
    String date,
    List<String> roleCompetencies,
    Map<String, String> titles,
    List<Scorecard> scorecards,
    Map<String, String> refused) {

  public static final List<String> RECOMMENDATIONS = List.of("strong-no", "no", "yes",
      "strong-yes");

  public Debrief {
    roleCompetencies = List.copyOf(roleCompetencies);
    titles = Map.copyOf(titles);
    scorecards = List.copyOf(scorecards);
    refused = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(refused));
  }

  /** Per competency, one row: each scorecard's numeric score, if it gave one. */
  public record Row(String competency, Map<String, Integer> scores) {

    public OptionalDouble mean() {
      return scores.values().stream().mapToInt(Integer::intValue).average();
    }

    public int min() {
      return scores.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    public int max() {
      return scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Two panelists two or more points apart. */
    public boolean disagreement() {
      return scores.size() >= 2 && max() - min() >= 2;
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
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (Scorecard s : scorecards) {
        String value = s.scores().getOrDefault(c, "");
        if (value.matches("[1-4]")) {
          scores.put(s.panelist(), Integer.parseInt(value));
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

  /** Recommendation value to how many scorecards chose it, in scale order. */
  public Map<String, Integer> tally() {
    Map<String, Integer> tally = new LinkedHashMap<>();
    RECOMMENDATIONS.forEach(r -> tally.put(r, 0));
    scorecards.forEach(s -> tally.computeIfPresent(s.recommendation(), (k, v) -> v + 1));
    return tally;
  }

  public String title(String competency) {
    return titles.getOrDefault(competency, competency);
  }
}
