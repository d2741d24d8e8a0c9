package dev.interviewkit.record;

import dev.interviewkit.service.JsonText;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Everything the record holds about one candidate, as JSON (a data-access request). */
final class Export {

  private Export() {}

  static String json(Connection c, String who) throws SQLException {
    String candidate = Privacy.candidate(c, who);
    List<String> person = Sql.rows(c, "SELECT name, email, created FROM candidate WHERE id = ?",
        candidate).get(0);
    StringBuilder b = new StringBuilder("{\n  \"format\": \"interview-kit record export 1\",\n");
    b.append("  \"exported\": ").append(q(Sql.now())).append(",\n");
    b.append("  \"candidate\": {\"name\": ").append(q(person.get(0))).append(", \"email\": ")
        .append(q(person.get(1))).append(", \"first_recorded\": ").append(q(person.get(2)))
        .append("},\n  \"loops\": [");
    List<String> loops = Privacy.loopsOf(c, candidate);
    for (int i = 0; i < loops.size(); i++) {
      b.append(i == 0 ? "\n" : ",\n");
      loop(c, loops.get(i), b);
    }
    b.append(loops.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    Sql.audit(c, "export", null, "exported 1 candidate, " + loops.size() + " loops");
    return b.toString();
  }

  private static void loop(Connection c, String id, StringBuilder b) throws SQLException {
    List<String> l = Sql.rows(c, "SELECT candidate_name, role, loop_date, seed, folder, created,"
        + " updated, decision, decided FROM loop WHERE id = ?", id).get(0);
    b.append("    {\"id\": ").append(q(id)).append(", \"candidate\": ").append(q(l.get(0)))
        .append(", \"role\": ").append(q(l.get(1))).append(", \"date\": ").append(q(l.get(2)))
        .append(", \"seed\": ").append(l.get(3)).append(", \"folder\": ").append(q(l.get(4)))
        .append(", \"recorded\": ").append(q(l.get(5))).append(", \"updated\": ")
        .append(q(l.get(6))).append(", \"decision\": ").append(q(l.get(7)))
        .append(", \"decided\": ").append(q(l.get(8))).append(",\n");
    b.append("     \"rounds\": ");
    rounds(c, id, b);
    b.append(",\n     \"files\": ").append(table(c, "SELECT name, path, sha256, bytes, written"
        + " FROM loop_file WHERE loop_id = ? ORDER BY name", id,
        "name", "path", "sha256", "bytes#", "written"));
    b.append(",\n     \"scorecards\": [");
    List<List<String>> cards = Sql.rows(c, "SELECT id, round_id, version, file, sha256,"
        + " interviewer, recommendation, takeaways, source, arrived FROM scorecard"
        + " WHERE loop_id = ? ORDER BY round_id, version", id);
    for (int i = 0; i < cards.size(); i++) {
      List<String> s = cards.get(i);
      b.append(i == 0 ? "\n" : ",\n").append("       {\"round\": ").append(q(s.get(1)))
          .append(", \"version\": ").append(s.get(2)).append(", \"file\": ").append(q(s.get(3)))
          .append(", \"sha256\": ").append(q(s.get(4))).append(", \"interviewer\": ")
          .append(q(s.get(5))).append(", \"recommendation\": ").append(q(s.get(6)))
          .append(", \"takeaways\": ").append(q(s.get(7))).append(", \"source\": ")
          .append(q(s.get(8))).append(", \"arrived\": ").append(q(s.get(9)))
          .append(", \"scores\": ").append(table(c, "SELECT competency, score, evidence,"
              + " raise_text FROM score WHERE scorecard_id = ? ORDER BY competency", s.get(0),
              "competency", "score", "evidence", "raise")).append("}");
    }
    b.append(cards.isEmpty() ? "]" : "\n     ]");
    b.append(",\n     \"history\": ").append(table(c, "SELECT at, who, action, detail FROM audit"
        + " WHERE loop_id = ? ORDER BY at, id", id, "at", "who", "action", "detail"));
    b.append("}");
  }

  private static void rounds(Connection c, String id, StringBuilder b) throws SQLException {
    b.append("[");
    List<List<String>> rounds = Sql.rows(c, "SELECT r.round_id, r.number, r.title,"
        + " COALESCE(i.name, ''), r.scored FROM round r LEFT JOIN interviewer i"
        + " ON i.name_key = r.interviewer_key WHERE r.loop_id = ? ORDER BY r.number", id);
    for (int i = 0; i < rounds.size(); i++) {
      List<String> r = rounds.get(i);
      b.append(i == 0 ? "\n" : ",\n").append("       {\"id\": ").append(q(r.get(0)))
          .append(", \"number\": ").append(r.get(1)).append(", \"title\": ").append(q(r.get(2)))
          .append(", \"interviewer\": ").append(q(r.get(3))).append(", \"scored\": ")
          .append(list(r.get(4))).append(", \"questions\": ").append(table(c, "SELECT"
              + " question_id, bank, assesses FROM asked WHERE loop_id = ? AND round_id = ?"
              + " ORDER BY position", new Object[] {id, r.get(0)}, "id", "bank", "assesses[]"))
          .append("}");
    }
    b.append(rounds.isEmpty() ? "]" : "\n     ]");
  }

  /** Rows as JSON objects; a name ending in # is a number, in [] a comma list. */
  private static String table(Connection c, String sql, Object param, String... names)
      throws SQLException {
    Object[] params = param instanceof Object[] many ? many : new Object[] {param};
    List<String> objects = new ArrayList<>();
    for (List<String> r : Sql.rows(c, sql, params)) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        String n = names[i];
        String v = r.get(i);
        if (n.endsWith("#")) {
          fields.add(q(n.substring(0, n.length() - 1)) + ": " + v);
        } else if (n.endsWith("[]")) {
          fields.add(q(n.substring(0, n.length() - 2)) + ": " + list(v));
        } else {
          fields.add(q(n) + ": " + q(v));
        }
      }
      objects.add("{" + String.join(", ", fields) + "}");
    }
    return "[" + String.join(", ", objects) + "]";
  }

  private static String list(String commas) {
    if (commas == null || commas.isEmpty()) {
      return "[]";
    }
    List<String> items = new ArrayList<>();
    for (String s : commas.split(",")) {
      items.add(q(s));
    }
    return "[" + String.join(", ", items) + "]";
  }

  private static String q(String s) {
    return s == null ? "null" : JsonText.quote(s);
  }
}
