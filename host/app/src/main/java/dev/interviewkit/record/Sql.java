package dev.interviewkit.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small JDBC helpers: statements with positional parameters, rows as string lists. */
final class Sql {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Sql() {}

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, params)) {
      return s.executeUpdate();
    }
  }

  /** Every row, each column as text (null stays null). */
  static List<List<String>> rows(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
      int n = r.getMetaData().getColumnCount();
      List<List<String>> rows = new ArrayList<>();
      while (r.next()) {
        List<String> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The first column of the first row, or null. */
  static String one(Connection c, String sql, Object... params) throws SQLException {
    List<List<String>> rows = rows(c, sql, params);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Long l) {
        s.setLong(i + 1, l);
      } else if (p instanceof Integer n) {
        s.setInt(i + 1, n);
      } else if (p == null) {
        s.setNull(i + 1, java.sql.Types.VARCHAR);
      } else {
        s.setString(i + 1, p.toString());
      }
    }
    return s;
  }

  static String now() {
    return TIME.format(Instant.now());
  }

  static String time(Instant at) {
    return TIME.format(at);
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  /** Who did it: the operating-system user name. */
  static String who() {
    return System.getProperty("user.name", "unknown");
  }

  static void audit(Connection c, String action, String loopId, String detail)
      throws SQLException {
    update(c, "INSERT INTO audit (id, at, who, action, loop_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
        newId(), now(), who(), action, loopId, detail);
  }
}
