package dev.interviewkit.compose;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.PageBreak;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Level;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hiring manager's reference-check guide for one loop: who to call, a question for each
 * competency the loop assesses, what strong and weak references sound like, room for notes.
 */
final class ReferenceCheckGuide {

  static final int REFEREES = 4;
  static final int NOTE_LINES = 3;

  private ReferenceCheckGuide() {}

  static List<Block> blocks(Loop loop, BankCatalog catalog) {
    Level level = loop.role().level();
    String name = loop.candidate();
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Reference-check guide", TextStyle.SUBTITLE));
    b.add(new Paragraph(name, TextStyle.TITLE));
    b.add(Paragraph.body(loop.role().title() + " · loop of " + loop.date()
        + " · for the hiring manager"));
    b.add(Paragraph.body("Call references after the debrief and before an offer, with the "
        + "candidate's agreement and only the people they named or agreed to. Ask every referee "
        + "the same questions, in this order, and write down what they said, not your "
        + "impression. A reference confirms or questions evidence the loop already has; it does "
        + "not replace it."));
    b.add(new Heading(1, "Who to call"));
    b.add(new BulletList(whoToCall(level)));
    b.add(new Table(List.of("Referee", "Relationship and years", "Date of call"),
        blankRows(REFEREES, 3), List.of(40, 40, 20)));
    b.add(new Heading(1, "Opening every call"));
    b.add(new BulletList(List.of(
        "How do you know " + name + ", for how long, and in which roles?",
        "What was " + name + " responsible for when you worked together: people, teams, budget?",
        "What would you most want their next manager to know?")));
    b.add(new Heading(1, "Questions for the competencies of this loop"));
    b.add(Paragraph.body("One question per competency the loop's scorecards list, with the "
        + "rounds that scored it. Ask for one specific example each time; the follow-up is "
        + "always \"what did " + name + " do, personally, and what happened next?\""));
    for (Map.Entry<String, List<String>> e : competencies(loop).entrySet()) {
      Competency c = catalog.competency(e.getKey()).orElse(null);
      if (c == null) {
        continue;
      }
      List<String> anchors = c.anchorsFor(level);
      List<Block> block = new ArrayList<>();
      block.add(new Heading(2, c.title()));
      block.add(new Paragraph("Scored in: " + String.join(", ", e.getValue()), TextStyle.SMALL));
      block.add(new Callout("How did " + name + " handle " + lowerFirst(c.title()) + "? By that "
          + "we mean: " + lowerFirst(c.description()) + " Tell me about one time you saw it: "
          + "what did they do, and what came of it?"));
      block.add(new SideBySide("A strong reference describes", List.of(anchors.get(2)),
          "A weak reference describes", List.of(anchors.get(1))));
      b.add(new KeepTogether(block));
      b.add(NoteLines.plain("Notes · " + c.title(), NOTE_LINES));
    }
    b.add(new PageBreak());
    b.add(new Heading(1, "How a reference sounds"));
    b.add(new SideBySide("Strong", List.of(
        "Gives a specific situation, what the candidate did and the outcome, without prompting.",
        "Names something the candidate did that the referee would not have done themselves.",
        "Describes a weakness concretely, and what the candidate did about it.",
        "Would hire or work for the candidate again, and says in which role."),
        "Weak or worrying", List.of(
        "Praise with no example (\"great leader\", \"very smart\"), even when asked twice.",
        "Long pauses, a change of subject, or \"you should ask someone else about that\".",
        "Describes the team's results only as \"we\" and cannot say what the candidate decided.",
        "Would work with them again only \"in the right role\" and cannot say which.")));
    b.add(new Heading(2, "Fairness"));
    b.add(new BulletList(List.of(
        "Ask about work only: never about age, family, health, religion, origin or politics.",
        "Do not ask for a former employer's confidential figures; orders of magnitude are "
            + "enough.",
        "Treat one reference as one data point: a single poor call about a hard situation is a "
            + "question to raise, not a verdict.")));
    b.add(new Heading(1, "Summary for the hiring decision"));
    b.add(NoteLines.plain("What the references confirmed", NOTE_LINES));
    b.add(NoteLines.plain("What they questioned, and what you will do about it", NOTE_LINES));
    return b;
  }

  /** Who to call at this level; for Director and above, former managers who reported to them. */
  static List<String> whoToCall(Level level) {
    List<String> who = new ArrayList<>();
    who.add("At least one former manager who saw the candidate's work over a year or more.");
    who.add("One or two peers who depended on the candidate's work, for example a product or "
        + "engineering peer.");
    switch (level) {
      case ENGINEERING_MANAGER -> who.add("One or two engineers who reported to the candidate, "
          + "including one who was struggling or grew a level while they did.");
      case DIRECTOR -> who.add("Two engineering managers who reported to the candidate. "
          + "References from former EMs weigh heavily: they saw how the candidate managed "
          + "managers, not just what their teams delivered.");
      case VP -> who.add("Two directors or senior managers who reported to the candidate, and a "
          + "peer executive (finance, product or sales) who saw them make trade-offs.");
      case CTO -> who.add("A CEO or board member they reported to, a VP of Engineering or "
          + "director who reported to them, and, where possible, a partner or customer who "
          + "saw their external work.");
    }
    who.add("Plan " + REFEREES + " calls of 20-30 minutes; more than one from each side of the "
        + "candidate, so no single voice decides.");
    return who;
  }

  /** Every competency the loop's scorecards list, with the titles of the rounds that score it. */
  static Map<String, List<String>> competencies(Loop loop) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (PlannedRound r : loop.rounds()) {
      for (String c : r.scored()) {
        all.computeIfAbsent(c, k -> new ArrayList<>()).add(r.spec().title());
      }
    }
    return all;
  }

  private static List<List<String>> blankRows(int n, int columns) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> row = new ArrayList<>();
      row.add((i + 1) + ".");
      for (int c = 1; c < columns; c++) {
        row.add("");
      }
      rows.add(row);
    }
    return rows;
  }

  private static String lowerFirst(String text) {
    String t = text.strip();
    return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }
}
