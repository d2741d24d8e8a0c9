package dev.interviewkit.record;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The same record on a real PostgreSQL server ({@code KIT_TEST_POSTGRES_URL}, which .ci/run
 * sets), each test in a schema of its own, read back with plain JDBC.
 */
class PostgresRecordTest extends RecordContract {

  private String url;

  @Override
  RecordSettings open() throws Exception {
    Assumptions.assumeTrue(Records.POSTGRES_URL != null, Records.NO_POSTGRES);
    RecordSettings s = Records.postgresSchema();
    url = s.database();
    return s;
  }

  @Override
  List<List<String>> query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  @Override
  String dump() throws Exception {
    StringBuilder all = new StringBuilder();
    for (String table : List.of("candidate", "interviewer", "loop", "round", "asked",
        "loop_file", "scorecard", "score", "audit")) {
      for (List<String> row : query("SELECT * FROM " + table)) {
        all.append(table).append(": ").append(String.join("|", row.stream()
            .map(String::valueOf).toList())).append('\n');
      }
    }
    return all.toString();
  }
}
