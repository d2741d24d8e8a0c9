package dev.interviewkit.record;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hiring record: every loop written, every scorecard read, and the audit trail, in SQLite or
 * PostgreSQL (docs/record.md). Each operation is one transaction on a connection of its own, so
 * threads and processes may record at the same time. Every failure is a {@link KitException}
 * with {@link ExitCode#RECORD}, one line.
 */
public final class HiringRecord {

  private final Database database;

  private HiringRecord(RecordSettings settings) {
    this.database = new Database(settings);
  }

  /** The record {@code settings} name, or empty when recording is off. Connects on first use. */
  public static Optional<HiringRecord> open(RecordSettings settings) {
    return settings.enabled() ? Optional.of(new HiringRecord(settings)) : Optional.empty();
  }

  /**
   * Loads the driver, connects and checks the schema on a background thread, while plugins
   * start and banks are read: the first use then finds the record open. A failure there is
   * left for the first use to report.
   */
  public void openInBackground() {
    Thread t = new Thread(() -> {
      try {
        database.connect().close();
      } catch (RuntimeException | SQLException e) {
        // the first real use connects again and reports it
      }
    }, "record-open");
    t.setDaemon(true);
    t.start();
  }

  public RecordSettings settings() {
    return database.settings();
  }

  /** Work done in one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back otherwise. */
  <T> T transaction(String what, Work<T> work) {
    return transaction(what, false, work);
  }

  /** A transaction that writes: the test faults ({@link Faults}) strike before its commit. */
  <T> T write(String what, Work<T> work) {
    return transaction(what, true, work);
  }

  private <T> T transaction(String what, boolean writes, Work<T> work) {
    try (Connection c = database.connect()) {
      try {
        T result = work.run(c);
        if (writes) {
          Faults.beforeCommit();
        }
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c);
        throw e;
      }
    } catch (SQLException e) {
      throw database.failure("cannot " + what, e);
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is closed next; the transaction ends with it
    }
  }

  /**
   * Records a written loop in one transaction. The same loop id again (a rerun, {@code --force})
   * replaces its rounds, questions and files; a file another loop of the record named is now
   * this loop's.
   */
  public void recordLoop(LoopEntry entry) {
    write("record loop " + entry.id() + " in", c -> {
      LoopWrites.write(c, entry);
      return null;
    });
  }

  /** Records many loops in one transaction (imports, synthetic histories for benchmarks). */
  public void recordLoops(List<LoopEntry> entries) {
    write("record " + entries.size() + " loops in", c -> {
      for (LoopEntry e : entries) {
        LoopWrites.write(c, e);
      }
      return null;
    });
  }

  /** A scorecard to record in bulk: the card, its file's SHA-256, its source and arrival. */
  public record Arrival(dev.interviewkit.debrief.Scorecard card, String sha256, String source,
      java.time.Instant arrived) {}

  /** Records many scorecards in one transaction; exit 17 when a loop is not on record. */
  public void recordScorecards(List<Arrival> arrivals) {
    write("record " + arrivals.size() + " scorecards in", c -> {
      for (Arrival a : arrivals) {
        ScorecardWrites.write(c, a.card(), a.sha256(), a.source(), a.arrived());
      }
      return null;
    });
  }

  /**
   * Adds files written into the folder of a loop on record (the debrief's), in one transaction;
   * does nothing for a loop not on record.
   */
  public void recordFiles(String loopId, java.nio.file.Path folder,
      java.util.Map<String, byte[]> files) {
    write("record files of loop " + loopId + " in", c -> {
      if (Sql.one(c, "SELECT id FROM loop WHERE id = ?", loopId) == null) {
        return null;
      }
      String now = Sql.now();
      for (var f : files.entrySet()) {
        String path = folder.toAbsolutePath().normalize().resolve(f.getKey()).toString();
        Sql.update(c, "DELETE FROM loop_file WHERE path = ?", path);
        Sql.update(c, "INSERT INTO loop_file (loop_id, name, path, sha256, bytes, written)"
            + " VALUES (?, ?, ?, ?, ?, ?)", loopId, f.getKey(), path,
            Hashes.sha256(f.getValue()), f.getValue().length, now);
      }
      Sql.audit(c, "files recorded", loopId, files.size() + " files: "
          + String.join(", ", files.keySet()));
      return null;
    });
  }

  /**
   * What a candidate was asked in their earlier loops on record: every loop of the same
   * normalised name (or email, when given) other than this one (same role and date, whatever
   * the seed). When this loop is on record already, only the loops recorded before it count,
   * so regenerating it draws the same questions as before.
   */
  public Returning earlierQuestions(String candidate, String email, String role, LocalDate date) {
    return transaction("read from", c -> {
      String mail = Names.email(email);
      String who = " FROM loop l JOIN candidate k ON k.id = l.candidate_id"
          + " WHERE (k.name_key = ?" + (mail.isEmpty() ? "" : " OR k.email = ?") + ")";
      List<Object> params = new java.util.ArrayList<>(List.of(Names.key(candidate)));
      if (!mail.isEmpty()) {
        params.add(mail);
      }
      List<Object> self = new java.util.ArrayList<>(params);
      self.addAll(List.of(role, date.toString()));
      String first = Sql.one(c, "SELECT MIN(l.created)" + who
          + " AND l.role = ? AND l.loop_date = ?", self.toArray());
      List<Object> others = new java.util.ArrayList<>(self);
      if (first != null) {
        others.add(first);
      }
      List<List<String>> rows = Sql.rows(c, "SELECT l.role, l.loop_date, a.question_id"
          + who.replace(
          " WHERE", " LEFT JOIN asked a ON a.loop_id = l.id WHERE")
          + " AND NOT (l.role = ? AND l.loop_date = ?)"
          + (first != null ? " AND l.created < ?" : ""), others.toArray());
      Set<String> loops = new TreeSet<>();
      Set<String> questions = new TreeSet<>();
      for (List<String> r : rows) {
        loops.add(loopKey(r.get(0), LocalDate.parse(r.get(1))));
        if (r.get(2) != null) {
          questions.add(r.get(2));
        }
      }
      return new Returning(loops, questions);
    });
  }

  /**
   * A returning candidate's earlier loops on record, each as its {@link #loopKey}, and the
   * questions they were asked.
   */
  public record Returning(Set<String> loopKeys, Set<String> questionIds) {
    public Returning {
      loopKeys = Set.copyOf(loopKeys);
      questionIds = Set.copyOf(questionIds);
    }

    /** How many earlier loops. */
    public int loops() {
      return loopKeys.size();
    }
  }

  /** One candidate's loop among their others: its role and date ({@code role@date}). */
  public static String loopKey(String role, LocalDate date) {
    return role + "@" + date;
  }

  /**
   * Records a scorecard as read ({@code source}: submit or debrief) at {@code arrived}; exit 17
   * when its loop is not on record.
   */
  public ScorecardWrites.Outcome recordScorecard(dev.interviewkit.debrief.Scorecard card,
      String sha256, String source, java.time.Instant arrived) {
    return write("record a scorecard in", c -> ScorecardWrites.write(c, card, sha256, source,
        arrived));
  }

  /** The loop on record with this id, with its rounds, or empty. */
  public Optional<RecordedLoop> loop(String loopId) {
    return transaction("read from", c -> RecordedLoop.read(c, loopId));
  }

  /** Every score of the latest version of every scorecard on record (for calibration). */
  public List<ScoreObservation> observations() {
    return transaction("read from", Observations::read);
  }

  /** Per question: asks in the last 30, 90 and 365 days before {@code today}, scores. */
  public List<QuestionExposure> exposure(Optional<String> role, LocalDate today) {
    return transaction("read from", c -> QuestionExposure.read(c, role, today));
  }

  /** Records the hiring decision of a loop on record; exit 17 when it is not on record. */
  public void decide(String loopId, String decision) {
    if (!Decision.VALUES.contains(decision)) {
      throw new KitException(ExitCode.USAGE, "--decision must be one of "
          + String.join(", ", Decision.VALUES) + ", got '" + decision + "'");
    }
    write("record the decision in", c -> {
      String before = Sql.one(c, "SELECT COALESCE(decision, '') FROM loop WHERE id = ?", loopId);
      if (before == null) {
        throw notOnRecord("loop " + loopId);
      }
      Sql.update(c, "UPDATE loop SET decision = ?, decided = ? WHERE id = ?", decision, Sql.now(),
          loopId);
      Sql.audit(c, "decide", loopId, "decision " + (before.isEmpty() ? "none" : before) + " -> "
          + decision);
      return null;
    });
  }

  /** Everything held about a candidate (name, or email) as JSON; audited. Exit 17 if unknown. */
  public String export(String candidate) {
    return write("export from", c -> Export.json(c, candidate));
  }

  /** The files the candidate's loops wrote, as recorded; exit 17 for an unknown candidate. */
  public List<java.nio.file.Path> recordedFiles(String candidate) {
    return transaction("read from", c -> Privacy.files(c, Privacy.loopsOf(c,
        Privacy.candidate(c, candidate))).stream().map(Privacy.RecordedFile::path).toList());
  }

  /**
   * Erases every row naming the candidate (one transaction, audited without the erased
   * content); then, with {@code deleteFiles}, the loop files it recorded (see {@link LoopFiles}).
   */
  public LoopFiles.Deleted forget(String candidate, boolean deleteFiles) {
    List<Privacy.RecordedFile> files = write("forget in", c -> Privacy.forget(c,
        candidate));
    return deleteFiles ? LoopFiles.delete(files, false) : LoopFiles.Deleted.none(files.size());
  }

  /** The files the loops dated before {@code cutoff} wrote, as recorded. */
  public List<java.nio.file.Path> purgeableFiles(LocalDate cutoff) {
    return transaction("read from", c -> Privacy.files(c, Privacy.loopsBefore(c, cutoff))
        .stream().map(Privacy.RecordedFile::path).toList());
  }

  /**
   * What a purge did.
   *
   * @param loops how many loops were erased
   * @param files the loop files deleted and kept (none when not asked to delete)
   */
  public record Purged(int loops, LoopFiles.Deleted files) {}

  /**
   * Erases every loop dated before {@code cutoff} (one transaction, audited without the erased
   * content); then, with {@code deleteFiles}, the loop files it recorded, as {@code forget} does
   * but only unchanged ones ({@link LoopFiles}), the outcome audited as counts.
   */
  public Purged purge(LocalDate cutoff, boolean deleteFiles) {
    Privacy.Purge purge = write("purge", c -> Privacy.purge(c, cutoff));
    List<Privacy.RecordedFile> files = purge.files();
    if (!deleteFiles) {
      return new Purged(purge.loops(), LoopFiles.Deleted.none(files.size()));
    }
    LoopFiles.Deleted deleted = LoopFiles.delete(files, true);
    write("purge", c -> {
      Sql.audit(c, "purge files", null, "deleted " + deleted.deleted().size() + " of "
          + files.size() + " recorded loop files, kept " + deleted.kept().size());
      return null;
    });
    return new Purged(purge.loops(), deleted);
  }

  static KitException notOnRecord(String what) {
    return new KitException(ExitCode.NOT_ON_RECORD, what + " is not on record");
  }
}
