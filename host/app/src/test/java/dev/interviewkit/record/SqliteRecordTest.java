package dev.interviewkit.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The record on SQLite, read back with the sqlite3 command-line shell. */
class SqliteRecordTest extends RecordContract {

  Path file;

  /** Whether the sqlite3 shell, the independent reader, is on PATH (.ci/run installs it). */
  static boolean hasSqlite3() {
    try {
      Process p = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException | InterruptedException e) {
      return false;
    }
  }

  @Override
  RecordSettings open() {
    org.junit.jupiter.api.Assumptions.assumeTrue(hasSqlite3(), "the sqlite3 shell is not "
        + "installed (apt-get install sqlite3; .ci/run does): the SQLite record tests are skipped");
    file = tmp.resolve("data").resolve("record.db");
    return RecordSettings.sqlite(file);
  }

  static String sqlite3(Path db, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sqlite3", "-readonly", "-bail"));
    command.add(db.toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Override
  List<List<String>> query(String sql) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (String line : sqlite3(file, "-separator", "\u001f", sql).split("\n", -1)) {
      if (!line.isEmpty()) {
        rows.add(List.of(line.split("\u001f", -1)));
      }
    }
    return rows;
  }

  @Override
  String dump() throws Exception {
    return sqlite3(file, ".dump");
  }

  @Test
  void theFileIsInWriteAheadLogModeWithForeignKeysChecked() throws Exception {
    record.recordLoop(Records.loop("Jane Doe", DAY, 1, tmp));
    assertEquals("wal", sqlite3(file, "PRAGMA journal_mode;").strip());
    assertEquals("1", sqlite3(file, "SELECT COUNT(*) FROM flyway_schema_history WHERE version"
        + " = '" + Database.LATEST + "' AND success;").strip());
  }
}
