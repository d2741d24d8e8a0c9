package dev.interviewkit.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How often one question was asked, by loop date, and how its rounds scored the competencies it
 * assesses (latest scorecard versions).
 *
 * @param scores how many scores of 1, 2, 3 and 4 (index 0..3)
 */
public record QuestionExposure(String questionId, int last30, int last90, int last365,
    int total, LocalDate lastAsked, List<Integer> scores) {

  public QuestionExposure {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(lastAsked, "lastAsked");
    scores = List.copyOf(scores);
    if (scores.size() != 4) {
      throw new IllegalArgumentException("four score counts (1..4), got " + scores.size());
    }
  }

  static List<QuestionExposure> read(Connection c, Optional<String> role, LocalDate today)
      throws SQLException {
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, LocalDate> last = new TreeMap<>();
    Map<String, int[]> scores = new TreeMap<>();
    String where = role.isPresent() ? " WHERE l.role = ?" : "";
    Object[] params = role.map(r -> new Object[] {r}).orElse(new Object[0]);
    for (List<String> r : Sql.rows(c, "SELECT a.question_id, l.loop_date FROM asked a"
        + " JOIN loop l ON l.id = a.loop_id" + where, params)) {
      LocalDate date = LocalDate.parse(r.get(1));
      int[] n = counts.computeIfAbsent(r.get(0), k -> new int[4]);
      long days = java.time.temporal.ChronoUnit.DAYS.between(date, today);
      n[3]++;
      if (days < 365 && days >= -365) {
        n[2]++;
        if (days < 90) {
          n[1]++;
          if (days < 30) {
            n[0]++;
          }
        }
      }
      last.merge(r.get(0), date, (a, b) -> a.isAfter(b) ? a : b);
    }
    for (List<String> r : Sql.rows(c, "SELECT a.question_id, a.assesses, sc.competency, sc.score"
        + " FROM asked a JOIN loop l ON l.id = a.loop_id"
        + " JOIN scorecard s ON s.loop_id = a.loop_id AND s.round_id = a.round_id"
        + " JOIN score sc ON sc.scorecard_id = s.id"
        + " WHERE s.version = (SELECT MAX(v.version) FROM scorecard v"
        + " WHERE v.loop_id = s.loop_id AND v.round_id = s.round_id)"
        + (role.isPresent() ? " AND l.role = ?" : ""), params)) {
      if (r.get(3).matches("[1-4]") && Arrays.asList(r.get(1).split(",")).contains(r.get(2))) {
        scores.computeIfAbsent(r.get(0), k -> new int[4])[Integer.parseInt(r.get(3)) - 1]++;
      }
    }
    List<QuestionExposure> out = new ArrayList<>();
    counts.forEach((id, n) -> {
      int[] s = scores.getOrDefault(id, new int[4]);
      out.add(new QuestionExposure(id, n[0], n[1], n[2], n[3], last.get(id),
          List.of(s[0], s[1], s[2], s[3])));
    });
    return out;
  }
}
