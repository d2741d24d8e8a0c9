package dev.interviewkit.record;

import dev.interviewkit.debrief.Scorecard;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records scorecards as read: the first reading of a round is version 1; a reading with other
 * values is the next version (never an update), and the audit says what changed; the same
 * values again add nothing.
 */
public final class ScorecardWrites {

  private ScorecardWrites() {}

  /** What recording one scorecard did. */
  public enum Outcome { NEW, NEW_VERSION, UNCHANGED }

  static Outcome write(Connection c, Scorecard card, String sha256, String source,
      Instant arrived) throws SQLException {
    if (Sql.one(c, "SELECT id FROM loop WHERE id = ?", card.loop()) == null) {
      throw HiringRecord.notOnRecord("loop " + card.loop());
    }
    String content = content(card);
    List<List<String>> latest = Sql.rows(c, "SELECT id, version, content FROM scorecard"
        + " WHERE loop_id = ? AND round_id = ? ORDER BY version DESC", card.loop(), card.round());
    if (!latest.isEmpty() && latest.get(0).get(2).equals(Hashes.sha256(content))) {
      return Outcome.UNCHANGED;
    }
    int version = latest.isEmpty() ? 1 : Integer.parseInt(latest.get(0).get(1)) + 1;
    String id = Sql.newId();
    Sql.update(c, "INSERT INTO scorecard (id, loop_id, round_id, version, file, sha256, content,"
        + " interviewer, recommendation, takeaways, source, arrived) VALUES (?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?)", id, card.loop(), card.round(), version, card.file(), sha256,
        Hashes.sha256(content), card.interviewer(), card.recommendation(), card.takeaways(),
        source, Sql.time(arrived));
    for (String competency : card.competencies()) {
      Sql.update(c, "INSERT INTO score (scorecard_id, competency, score, evidence, raise_text)"
          + " VALUES (?, ?, ?, ?, ?)", id, competency, card.scores().getOrDefault(competency, ""),
          card.evidence().getOrDefault(competency, ""), card.raise().getOrDefault(competency,
              ""));
    }
    String detail = "round " + card.round() + " version " + version + " (" + source + ")";
    if (!latest.isEmpty()) {
      detail += changes(c, latest.get(0).get(0), card);
    }
    Sql.audit(c, version == 1 ? "scorecard recorded" : "scorecard changed", card.loop(), detail);
    return version == 1 ? Outcome.NEW : Outcome.NEW_VERSION;
  }

  /** "; scores: a 2 -> 3; recommendation changed; evidence of a changed" for the audit. */
  private static String changes(Connection c, String before, Scorecard card) throws SQLException {
    Map<String, String[]> old = new HashMap<>();
    for (List<String> r : Sql.rows(c, "SELECT competency, score, evidence, raise_text FROM score"
        + " WHERE scorecard_id = ?", before)) {
      old.put(r.get(0), new String[] {r.get(1), r.get(2), r.get(3)});
    }
    List<String> scores = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String comp : card.competencies()) {
      String[] was = old.getOrDefault(comp, new String[] {"", "", ""});
      String now = card.scores().getOrDefault(comp, "");
      if (!was[0].equals(now)) {
        scores.add(comp + " " + (was[0].isEmpty() ? "blank" : was[0]) + " -> "
            + (now.isEmpty() ? "blank" : now));
      }
      if (!was[1].equals(card.evidence().getOrDefault(comp, ""))) {
        texts.add("evidence of " + comp);
      }
      if (!was[2].equals(card.raise().getOrDefault(comp, ""))) {
        texts.add("raise of " + comp);
      }
    }
    List<List<String>> head = Sql.rows(c, "SELECT recommendation, interviewer, takeaways FROM"
        + " scorecard WHERE id = ?", before);
    if (!head.get(0).get(0).equals(card.recommendation())) {
      scores.add("recommendation " + blank(head.get(0).get(0)) + " -> "
          + blank(card.recommendation()));
    }
    if (!head.get(0).get(1).equals(card.interviewer())) {
      texts.add("interviewer name");
    }
    if (!head.get(0).get(2).equals(card.takeaways())) {
      texts.add("takeaways");
    }
    String out = scores.isEmpty() ? "" : "; changed " + String.join(", ", scores);
    return out + (texts.isEmpty() ? "" : "; text changed: " + String.join(", ", texts));
  }

  private static String blank(String s) {
    return s.isEmpty() ? "blank" : s;
  }

  /** Every value of the card in a fixed order: equal values give equal text. */
  static String content(Scorecard card) {
    StringBuilder b = new StringBuilder();
    b.append(card.interviewer()).append('\u0000').append(card.recommendation()).append('\u0000')
        .append(card.takeaways());
    for (String comp : card.competencies().stream().sorted().toList()) {
      b.append('\u0001').append(comp).append('\u0000')
          .append(card.scores().getOrDefault(comp, "")).append('\u0000')
          .append(card.evidence().getOrDefault(comp, "")).append('\u0000')
          .append(card.raise().getOrDefault(comp, ""));
    }
    return b.toString();
  }
}
