package dev.interviewkit.record;

/**
 * A test hook: with {@code -Dinterviewkit.record.fault=halt-before-commit} the JVM stops dead
 * between a transaction's last write and its commit, as a killed run would.
 */
final class Faults {

  private static final boolean HALT =
      "halt-before-commit".equals(System.getProperty("interviewkit.record.fault"));

  private Faults() {}

  static void beforeCommit() {
    if (HALT) {
      Runtime.getRuntime().halt(137);
    }
  }
}
