package dev.interviewkit.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** The statements that record one written loop. */
final class LoopWrites {

  private LoopWrites() {}

  static void write(Connection c, LoopEntry e) throws SQLException {
    String now = Sql.now();
    String candidate = candidate(c, e, now);
    boolean again = Sql.one(c, "SELECT id FROM loop WHERE id = ?", e.id()) != null;
    if (again) {
      Sql.update(c, "DELETE FROM asked WHERE loop_id = ?", e.id());
      Sql.update(c, "DELETE FROM round WHERE loop_id = ?", e.id());
      Sql.update(c, "DELETE FROM loop_file WHERE loop_id = ?", e.id());
      Sql.update(c, "UPDATE loop SET folder = ?, plugin = ?, plugin_version = ?, updated = ?"
          + " WHERE id = ?", e.folder().toString(), e.plugin(), e.pluginVersion(), now, e.id());
    } else {
      Sql.update(c, "INSERT INTO loop (id, candidate_id, candidate_name, role, loop_date, seed,"
          + " folder, plugin, plugin_version, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?)", e.id(), candidate, e.candidate(), e.role(), e.date().toString(), e.seed(),
          e.folder().toString(), e.plugin(), e.pluginVersion(), now, now);
    }
    for (LoopEntry.RoundEntry r : e.rounds()) {
      String interviewer = null;
      if (!r.interviewer().isBlank()) {
        interviewer = Names.key(r.interviewer());
        Sql.update(c, "INSERT INTO interviewer (name_key, name) VALUES (?, ?)"
            + " ON CONFLICT (name_key) DO NOTHING", interviewer, r.interviewer());
      }
      Sql.update(c, "INSERT INTO round (loop_id, round_id, number, title, interviewer_key,"
          + " scored) VALUES (?, ?, ?, ?, ?, ?)", e.id(), r.id(), r.number(), r.title(),
          interviewer, String.join(",", r.scored()));
      int position = 1;
      for (LoopEntry.QuestionEntry q : r.questions()) {
        Sql.update(c, "INSERT INTO asked (loop_id, round_id, position, question_id, bank,"
            + " assesses) VALUES (?, ?, ?, ?, ?, ?)", e.id(), r.id(), position++, q.id(),
            q.bank(), String.join(",", q.assesses()));
      }
    }
    for (Map.Entry<String, LoopEntry.FileEntry> f : e.files().entrySet()) {
      String path = e.folder().resolve(f.getKey()).toString();
      Sql.update(c, "DELETE FROM loop_file WHERE path = ? AND loop_id <> ?", path, e.id());
      Sql.update(c, "INSERT INTO loop_file (loop_id, name, path, sha256, bytes, written)"
          + " VALUES (?, ?, ?, ?, ?, ?)", e.id(), f.getKey(), path, f.getValue().sha256(),
          f.getValue().bytes(), now);
    }
    Sql.audit(c, again ? "loop rewritten" : "loop recorded", e.id(), e.role() + ", "
        + e.date() + ", seed " + e.seed() + ", " + e.rounds().size() + " rounds, "
        + e.files().size() + " files");
  }

  /** The candidate's id: by email when given and known, else by normalised name. */
  private static String candidate(Connection c, LoopEntry e, String now) throws SQLException {
    String email = Names.email(e.email());
    if (!email.isEmpty()) {
      String byEmail = Sql.one(c, "SELECT id FROM candidate WHERE email = ?", email);
      if (byEmail != null) {
        return byEmail;
      }
    }
    String key = Names.key(e.candidate());
    Sql.update(c, "INSERT INTO candidate (id, name_key, name, email, created) VALUES (?, ?, ?, ?,"
        + " ?) ON CONFLICT (name_key) DO NOTHING", Sql.newId(), key, e.candidate(),
        email.isEmpty() ? null : email, now);
    if (!email.isEmpty()) {
      Sql.update(c, "UPDATE candidate SET email = ? WHERE name_key = ? AND email IS NULL", email,
          key);
    }
    return Sql.one(c, "SELECT id FROM candidate WHERE name_key = ?", key);
  }
}
