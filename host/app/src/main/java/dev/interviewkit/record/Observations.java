package dev.interviewkit.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads every score of the latest version of each scorecard, for calibration. */
final class Observations {

  private Observations() {}

  static List<ScoreObservation> read(Connection c) throws SQLException {
    Map<String, List<String[]>> asked = new HashMap<>();
    for (List<String> r : Sql.rows(c, "SELECT loop_id, round_id, question_id, assesses"
        + " FROM asked ORDER BY loop_id, round_id, position")) {
      asked.computeIfAbsent(r.get(0) + "\n" + r.get(1), k -> new ArrayList<>())
          .add(new String[] {r.get(2), r.get(3)});
    }
    List<ScoreObservation> out = new ArrayList<>();
    for (List<String> r : Sql.rows(c, "SELECT s.loop_id, l.loop_date, l.role, l.candidate_id,"
        + " s.round_id, s.interviewer, sc.competency, sc.score, s.recommendation, l.decision"
        + " FROM scorecard s JOIN loop l ON l.id = s.loop_id"
        + " JOIN score sc ON sc.scorecard_id = s.id"
        + " WHERE s.version = (SELECT MAX(v.version) FROM scorecard v"
        + " WHERE v.loop_id = s.loop_id AND v.round_id = s.round_id)"
        + " ORDER BY l.loop_date, s.loop_id, s.round_id, sc.competency")) {
      String score = r.get(7);
      if (!score.matches("[1-4]")) {
        continue;
      }
      String competency = r.get(6);
      List<String> questions = asked.getOrDefault(r.get(0) + "\n" + r.get(4), List.of())
          .stream().filter(q -> Arrays.asList(q[1].split(",")).contains(competency))
          .map(q -> q[0]).toList();
      String interviewer = r.get(5).isBlank() ? "(" + r.get(4) + ")" : r.get(5);
      out.add(new ScoreObservation(r.get(0), LocalDate.parse(r.get(1)), r.get(2), r.get(3),
          r.get(4), interviewer, competency, questions, Integer.parseInt(score), r.get(8),
          Optional.ofNullable(r.get(9))));
    }
    return out;
  }
}
