package dev.interviewkit.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loop as the record holds it.
 *
 * @param rounds the loop's round ids, in order
 * @param submitted the rounds with at least one scorecard on record
 */
public record RecordedLoop(String id, String candidate, String role, LocalDate date,
    List<String> rounds, List<String> submitted, Optional<String> decision) {

  public RecordedLoop {
    Objects.requireNonNull(id, "id");
    rounds = List.copyOf(rounds);
    submitted = List.copyOf(submitted);
  }

  /** The rounds without a scorecard on record, in order. */
  public List<String> missing() {
    return rounds.stream().filter(r -> !submitted.contains(r)).toList();
  }

  static Optional<RecordedLoop> read(Connection c, String id) throws SQLException {
    List<List<String>> loop = Sql.rows(c, "SELECT candidate_name, role, loop_date, decision"
        + " FROM loop WHERE id = ?", id);
    if (loop.isEmpty()) {
      return Optional.empty();
    }
    List<String> rounds = Sql.rows(c, "SELECT round_id FROM round WHERE loop_id = ?"
        + " ORDER BY number", id).stream().map(r -> r.get(0)).toList();
    List<String> submitted = Sql.rows(c, "SELECT DISTINCT round_id FROM scorecard"
        + " WHERE loop_id = ?", id).stream().map(r -> r.get(0)).toList();
    List<String> row = loop.get(0);
    return Optional.of(new RecordedLoop(id, row.get(0), row.get(1), LocalDate.parse(row.get(2)),
        rounds, submitted, Optional.ofNullable(row.get(3))));
  }
}
