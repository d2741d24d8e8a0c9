package dev.interviewkit.record;

import java.sql.SQLException;

/**
 * Test hooks, set with {@code -Dinterviewkit.record.fault=}: {@code halt-before-commit} stops
 * the JVM dead between a transaction's last write and its commit, as a killed run would;
 * {@code fail-before-commit} makes that commit fail, as a full disk would.
 */
final class Faults {

  private Faults() {}

  static void beforeCommit() throws SQLException {
    String fault = System.getProperty("interviewkit.record.fault", "");
    if (fault.equals("halt-before-commit")) {
      Runtime.getRuntime().halt(137);
    }
    if (fault.equals("fail-before-commit")) {
      throw new SQLException("injected fault before commit (interviewkit.record.fault)");
    }
  }
}
