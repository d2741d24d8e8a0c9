package dev.interviewkit.record;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Data-access and erasure: export, forget and purge, each audited without what it erased. */
final class Privacy {

  private Privacy() {}

  /** The candidate's id by normalised name, or by email when {@code who} holds an @. */
  static String candidate(Connection c, String who) throws SQLException {
    String id = who.contains("@")
        ? Sql.one(c, "SELECT id FROM candidate WHERE email = ?", Names.email(who)) : null;
    if (id == null) {
      id = Sql.one(c, "SELECT id FROM candidate WHERE name_key = ?", Names.key(who));
    }
    if (id == null) {
      throw HiringRecord.notOnRecord("candidate '" + who + "'");
    }
    return id;
  }

  static List<String> loopsOf(Connection c, String candidate) throws SQLException {
    return Sql.rows(c, "SELECT id FROM loop WHERE candidate_id = ? ORDER BY loop_date, id",
        candidate).stream().map(r -> r.get(0)).toList();
  }

  /** A file the record names: the loop's folder and the file's path and hash. */
  record RecordedFile(Path folder, Path path, String sha256) {}

  static List<RecordedFile> files(Connection c, List<String> loops) throws SQLException {
    List<RecordedFile> files = new ArrayList<>();
    for (String loop : loops) {
      for (List<String> r : Sql.rows(c, "SELECT l.folder, f.path, f.sha256 FROM loop_file f"
          + " JOIN loop l ON l.id = f.loop_id WHERE f.loop_id = ? ORDER BY f.name", loop)) {
        files.add(new RecordedFile(Path.of(r.get(0)), Path.of(r.get(1)), r.get(2)));
      }
    }
    return files;
  }

  /** Counts of what erasing {@code loops} removed: loops, scorecards, file records. */
  record Erased(int loops, int scorecards, int files) {}

  /** Deletes every row of {@code loops}, their audit entries included. */
  static Erased eraseLoops(Connection c, List<String> loops) throws SQLException {
    int scorecards = 0;
    int files = 0;
    for (String loop : loops) {
      Sql.update(c, "DELETE FROM score WHERE scorecard_id IN (SELECT id FROM scorecard"
          + " WHERE loop_id = ?)", loop);
      scorecards += Sql.update(c, "DELETE FROM scorecard WHERE loop_id = ?", loop);
      Sql.update(c, "DELETE FROM asked WHERE loop_id = ?", loop);
      Sql.update(c, "DELETE FROM round WHERE loop_id = ?", loop);
      files += Sql.update(c, "DELETE FROM loop_file WHERE loop_id = ?", loop);
      Sql.update(c, "DELETE FROM audit WHERE loop_id = ?", loop);
      Sql.update(c, "DELETE FROM loop WHERE id = ?", loop);
    }
    return new Erased(loops.size(), scorecards, files);
  }

  /** Forgets a candidate: every row naming them; returns the files their loops wrote. */
  static List<RecordedFile> forget(Connection c, String who) throws SQLException {
    String candidate = candidate(c, who);
    List<String> loops = loopsOf(c, candidate);
    List<RecordedFile> files = files(c, loops);
    Erased erased = eraseLoops(c, loops);
    Sql.update(c, "DELETE FROM candidate WHERE id = ?", candidate);
    Sql.audit(c, "forget", null, "erased 1 candidate, " + erased.loops() + " loops, "
        + erased.scorecards() + " scorecard versions, " + erased.files() + " file records");
    return files;
  }

  /** The loops dated before {@code cutoff}. */
  static List<String> loopsBefore(Connection c, LocalDate cutoff) throws SQLException {
    return Sql.rows(c, "SELECT id FROM loop WHERE loop_date < ? ORDER BY id",
        cutoff.toString()).stream().map(r -> r.get(0)).toList();
  }

  /**
   * Erases the loops dated before {@code cutoff}, and candidates left without a loop; returns the
   * files those loops wrote, as recorded.
   */
  static Purge purge(Connection c, LocalDate cutoff) throws SQLException {
    List<String> loops = loopsBefore(c, cutoff);
    List<RecordedFile> files = files(c, loops);
    Erased erased = eraseLoops(c, loops);
    int candidates = Sql.update(c, "DELETE FROM candidate WHERE NOT EXISTS (SELECT 1 FROM loop"
        + " WHERE loop.candidate_id = candidate.id)");
    Sql.audit(c, "purge", null, "erased loops dated before " + cutoff + ": " + erased.loops()
        + " loops, " + erased.scorecards() + " scorecard versions, " + erased.files()
        + " file records, " + candidates + " candidates");
    return new Purge(erased.loops(), files);
  }

  /** How many loops a purge erased and the files they wrote. */
  record Purge(int loops, List<RecordedFile> files) {
    Purge {
      files = List.copyOf(files);
    }
  }
}
