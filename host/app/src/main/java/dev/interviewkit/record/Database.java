package dev.interviewkit.record;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Connections to the record, SQLite or PostgreSQL, with the schema brought up to date by Flyway
 * ({@code db/record/V*.sql}, one set for both). A record already at {@link #LATEST} is opened
 * without starting Flyway, which keeps a cold loop fast.
 */
final class Database {

  /** The newest migration's version: keep equal to the highest {@code db/record/V*.sql}. */
  static final String LATEST = "1";
  static final String MIGRATIONS = "classpath:db/record";
  /** How long SQLite waits for another process's write before failing. */
  static final int BUSY_TIMEOUT_MS = 30_000;

  private static final java.sql.Driver SQLITE = new org.sqlite.JDBC();

  private final RecordSettings settings;
  private boolean migrated;

  Database(RecordSettings settings) {
    this.settings = settings;
  }

  RecordSettings settings() {
    return settings;
  }

  /** A connection with auto-commit off, the schema current. */
  synchronized Connection connect() {
    try {
      if (!migrated) {
        migrate();
        migrated = true;
      }
      Connection c = openPatiently();
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw failure("cannot open", e);
    }
  }

  private String url() {
    if (settings.postgres()) {
      return settings.database();
    }
    return "jdbc:sqlite:" + settings.file().toAbsolutePath();
  }

  /**
   * {@link #open()}, tried again while SQLite reports the file busy: a connection opening while
   * another process checkpoints the write-ahead log can be refused before its busy handler runs.
   */
  private Connection openPatiently() throws SQLException {
    long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
    long pause = 5;
    while (true) {
      try {
        return open();
      } catch (SQLException e) {
        if (!busy(e) || System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pause = Math.min(pause * 2, 200);
      }
    }
  }

  private boolean busy(SQLException e) {
    if (settings.postgres()) {
      return false;
    }
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")
        || m.contains("database is locked");
  }

  private Connection open() throws SQLException {
    Properties p = new Properties();
    if (settings.postgres()) {
      if (!settings.user().isEmpty()) {
        p.setProperty("user", settings.user());
      }
      if (!settings.password().isEmpty()) {
        p.setProperty("password", settings.password());
      }
      p.setProperty("connectTimeout", "10");
      return DriverManager.getConnection(url(), p);
    }
    p.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
    p.setProperty("foreign_keys", "true");
    p.setProperty("transaction_mode", "IMMEDIATE");
    // In WAL mode NORMAL keeps every transaction atomic and survives a killed process; only a
    // power cut can lose the last commits (never half of one).
    p.setProperty("synchronous", "NORMAL");
    SqliteLibrary.prepare();
    // The driver itself, not DriverManager, which would load every driver on the class path.
    return SQLITE.connect(url(), p);
  }

  private void migrate() throws SQLException {
    if (!settings.postgres()) {
      Path file = settings.file().toAbsolutePath();
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new KitException(ExitCode.RECORD, "cannot create the record's folder "
            + file.getParent() + ": " + e.getMessage() + "; set record.database or 'off'");
      }
    }
    try (Connection c = openPatiently()) {
      if (current(c)) {
        return;
      }
    }
    if (settings.postgres()) {
      runFlyway(); // Flyway takes PostgreSQL's advisory lock itself
      return;
    }
    Path lock = Path.of(settings.file().toAbsolutePath() + ".migrate-lock");
    synchronized (Database.class) { // a file lock is per JVM: threads take turns first
      migrateLocked(lock);
    }
  }

  private void migrateLocked(Path lock) throws SQLException {
    try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock held = ch.lock()) {
      try (Connection c = openPatiently()) {
        if (current(c)) {
          return;
        }
        useWriteAheadLog(c);
      }
      runFlyway();
    } catch (IOException e) {
      throw new KitException(ExitCode.RECORD, "cannot migrate the record "
          + settings.describe() + ": " + e.getMessage());
    }
  }

  private void runFlyway() {
    try {
      Flyway.configure(Database.class.getClassLoader())
          .dataSource(url(), settings.user().isEmpty() ? null : settings.user(),
              settings.password().isEmpty() ? null : settings.password())
          .locations(MIGRATIONS)
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new KitException(ExitCode.RECORD, "cannot migrate the record "
          + settings.describe() + ": " + firstLine(e.getMessage()));
    }
  }

  /** Switches a new SQLite record to WAL; the mode is kept in the file, so this runs once. */
  private static void useWriteAheadLog(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA journal_mode=WAL")) {
      if (!r.next() || !"wal".equalsIgnoreCase(r.getString(1))) {
        throw new SQLException("the record's file system does not support write-ahead logging");
      }
    }
  }

  /** Whether the record holds a successful migration to {@link #LATEST}. */
  private static boolean current(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
      while (r.next()) {
        if (LATEST.equals(r.getString(1)) && r.getBoolean(2)) {
          return true;
        }
      }
      return false;
    } catch (SQLException noHistoryYet) {
      return false;
    }
  }

  KitException failure(String what, SQLException e) {
    return new KitException(ExitCode.RECORD, what + " the record " + settings.describe() + ": "
        + firstLine(e.getMessage()));
  }

  static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
