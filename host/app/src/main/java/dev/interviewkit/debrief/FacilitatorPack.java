package dev.interviewkit.debrief;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.PageBreak;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.compose.LoopDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The debrief facilitator's pack: what to discuss first (disagreements, missing evidence), the
 * agenda in loop order with the most senior panelist last, and a decision record form.
 */
public final class FacilitatorPack {

  /** File name stem, beside the debrief summary. */
  public static final String STEM = "91-facilitator-pack";
  static final String DISAGREEMENTS = "Disagreements";
  static final String MISSING = "Missing evidence";

  private FacilitatorPack() {}

  /**
   * @param ranks round id to seniority rank ({@link Seniority})
   */
  public static Document compose(Debrief d, Map<String, Integer> ranks, Paper paper,
      DisplayText t, dev.interviewkit.api.doc.Organisation organisation) {
    List<Block> b = new ArrayList<>();
    String candidate = t.show(d.candidate(), "the loop's candidate name");
    b.add(new Paragraph("Debrief facilitator pack", TextStyle.SUBTITLE));
    b.add(new Paragraph(candidate, TextStyle.TITLE));
    b.add(Paragraph.body(t.show(d.roleTitle(), "the role title") + " · " + d.date()
        + " · loop " + d.loopId()));
    b.add(new Heading(1, "Discuss first"));
    b.add(new Heading(2, DISAGREEMENTS));
    List<String> disagreements = disagreements(d, t);
    b.add(disagreements.isEmpty() ? Paragraph.body("No competency has scores two or more "
        + "points apart.") : new BulletList(disagreements));
    b.add(new Heading(2, MISSING));
    List<String> missing = missing(d, t);
    b.add(missing.isEmpty() ? Paragraph.body("Every competency of the role has scored "
        + "evidence, and every scorecard is complete.") : new BulletList(missing));
    b.add(new Heading(1, "Agenda"));
    List<String> agenda = new ArrayList<>();
    agenda.add("Open (2 min): every scorecard is in; evidence before scores; we decide against "
        + "the bar for the level, not by averaging.");
    agenda.add("Disagreements and missing evidence, above (" + Math.max(5,
        5 * (disagreements.size() + Math.min(2, missing.size()))) + " min): each panelist "
        + "gives the evidence behind their score, lowest score first.");
    Map<String, Scorecard> byRound = new LinkedHashMap<>();
    d.scorecards().stream().sorted(Comparator.comparingInt(c -> d.roundNumber(c.round())))
        .forEach(c -> byRound.put(c.round(), c));
    List<String> order = Seniority.speakingOrder(List.copyOf(byRound.keySet()), ranks);
    for (int i = 0; i < order.size(); i++) {
      Scorecard c = byRound.get(order.get(i));
      String who = c.interviewer().isBlank() ? "(no name)"
          : t.show(c.interviewer(), c.file() + ": the interviewer's name");
      agenda.add("Round " + d.roundNumber(c.round()) + ", " + t.show(d.roundTitle(c.round()),
          "a round title") + ": " + who + " (5 min): evidence first, then the scores"
          + (i == order.size() - 1 && order.size() > 1 ? "; speaks last as the most senior "
          + "panelist, so nobody is anchored by their view" : "") + ".");
    }
    agenda.add("Decision (10 min): hire or not against the bar; record the reasons, any "
        + "dissent and the follow-ups below.");
    b.add(new BulletList(agenda, true));
    b.add(new PageBreak());
    b.addAll(decisionRecord());
    Map<String, String> props = new LinkedHashMap<>();
    props.put(LoopDocuments.KEY_KIND, "facilitator-pack");
    props.put(LoopDocuments.KEY_LOOP, d.loopId());
    LocalDate date;
    try {
      date = LocalDate.parse(d.date());
    } catch (RuntimeException e) {
      date = LocalDate.of(2000, 1, 1);
    }
    return new Document(new DocumentInfo("Debrief facilitator pack — " + candidate,
        DebriefDocuments.headerName(candidate) + " · Facilitator pack",
        organisation.confidentialityOr(LoopDocuments.CONFIDENTIAL), paper, date, props,
        organisation), b);
  }

  static List<String> disagreements(Debrief d, DisplayText t) {
    return d.rows().stream().filter(Debrief.Row::disagreement).map(r ->
        t.show(d.title(r.competency()), "a competency title") + ": " + r.min() + " to "
            + r.max() + " (" + String.join("; ", r.scores().stream()
                .sorted(Comparator.comparingInt(Debrief.Score::value))
                .map(s -> (s.card().interviewer().isBlank() ? "(no name)"
                    : t.show(s.card().interviewer(), s.card().file()
                        + ": the interviewer's name")) + " " + s.value()).toList()) + ")")
        .toList();
  }

  static List<String> missing(Debrief d, DisplayText t) {
    List<String> out = new ArrayList<>();
    d.gaps().forEach(g -> out.add(t.show(d.title(g), "a competency title")
        + ": nobody assessed it. Decide whether a follow-up conversation is needed."));
    d.missingRounds().forEach(r -> out.add(t.show(d.roundTitle(r), "a round title")
        + ": no scorecard. Get it before deciding, or record why not."));
    for (Scorecard c : d.scorecards()) {
      c.gaps().forEach(g -> out.add(t.show(d.roundTitle(c.round()), "a round title") + ": "
          + t.show(g, c.file() + ": a gap")));
    }
    return out;
  }

  private static List<Block> decisionRecord() {
    List<Block> b = new ArrayList<>();
    b.add(new Heading(1, "Decision record"));
    List<Choice> choices = List.of(new Choice("hire", "Hire", ""),
        new Choice("no-hire", "No hire", ""),
        new Choice("more-evidence", "Not yet: gather the evidence named below", ""));
    b.add(new KeepTogether(List.of(new ChoiceGroup("decision:choice", "Decision",
        "Against the bar for the level; name the evidence it rests on.", choices,
        "decision:summary", 2))));
    b.add(new NoteLines("Reasons: the evidence the decision rests on", 6, "decision:reasons"));
    b.add(new NoteLines("Dissent: who disagrees, and why", 4, "decision:dissent"));
    b.add(new NoteLines("Follow-ups: what, who, by when", 4, "decision:follow-ups"));
    b.add(new NoteLines("Decided by, and date", 1, "decision:signed"));
    return b;
  }
}
