package dev.interviewkit.coordinator;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Question;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.plan.Logistics;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.RoundLogistics;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One interviewer's briefing for their slot: focus, their questions, what the other slots cover,
 * what never to ask, and when the scorecard and the debrief are due.
 */
final class Briefing {

  /** Topics never to ask about, in plain words (shared/notes/content-guide.md, "Fairness"). */
  static final List<String> DO_NOT_ASK = List.of(
      "Age, or when they finished school or plan to retire",
      "Family: marriage or partner, children, plans to have children, pregnancy, caring duties",
      "Religion or belief, and which holidays they keep",
      "National origin, ethnicity, accent, or citizenship (only the legal right to work, "
          + "which the recruiter checks)",
      "Health or disability, sick days, medication",
      "Sexual orientation or gender identity",
      "Political views or union membership",
      "Hypotheticals about their personal life (\"what if your partner moved?\")");

  private final Loop loop;
  private final BankCatalog catalog;
  private final Logistics logistics;
  private final Paper paper;
  private final dev.interviewkit.api.doc.Organisation organisation;

  Briefing(Loop loop, BankCatalog catalog, Logistics logistics, Paper paper,
      dev.interviewkit.api.doc.Organisation organisation) {
    this.organisation = organisation;
    this.loop = loop;
    this.catalog = catalog;
    this.logistics = logistics;
    this.paper = paper;
  }

  /** File name stem of a slot's briefing, e.g. {@code 61-systems-design-briefing}. */
  static String stem(PlannedRound round) {
    return String.format("%02d-%s-briefing", 60 + round.number(), round.spec().id());
  }

  LocalDateTime scorecardDue() {
    return logistics.scorecardDue().orElse(Dates.scorecardDue(loop.date()));
  }

  LocalDateTime debrief() {
    return logistics.debrief().orElse(Dates.debrief(loop.date()));
  }

  Document compose(PlannedRound round, String packet) {
    List<Block> b = new ArrayList<>();
    RoundLogistics place = logistics.round(round.spec().id());
    b.add(new Paragraph("Interviewer briefing — " + round.spec().title(), TextStyle.SUBTITLE));
    b.add(new Paragraph(round.interviewer().isBlank() ? round.spec().title()
        : round.interviewer().name(), TextStyle.TITLE));
    b.add(new Table(List.of("Your slot", ""), List.of(
        List.of("Candidate", loop.candidate() + " · " + loop.role().title()),
        List.of("When", Dates.day(loop.date()) + (round.interviewer().time().isEmpty() ? ""
            : ", " + round.interviewer().time()) + " · " + round.spec().minutes() + " minutes"
            + logistics.timeZone().map(z -> " (" + z.getId() + ")").orElse("")),
        List.of("Where", place.place().isEmpty() ? "to follow" : place.place()),
        List.of("Your packet", packet)), List.of(25, 75)));
    b.add(new Heading(1, "Your focus"));
    b.add(Paragraph.body(round.spec().focus().isEmpty() ? "Speak as the "
        + round.spec().interviewer() + "." : round.spec().focus()));
    b.add(Paragraph.body("You score: " + String.join(", ", titles(round.scored())) + "."));
    b.add(new Heading(1, "Your questions"));
    for (int i = 0; i < round.questions().size(); i++) {
      Question q = round.questions().get(i);
      b.add(new Paragraph("Q" + (i + 1) + " · " + round.minutes().get(i) + " min · "
          + q.kind().id() + " · " + q.id(), TextStyle.STRONG));
      b.add(Paragraph.body(q.prompt()));
    }
    b.add(Paragraph.body("Ask them as written; the packet has the follow-ups, what strong "
        + "answers show and the rating guide."));
    b.add(new Heading(1, "What the other slots cover"));
    b.add(Paragraph.body("Leave these to their interviewers, so the candidate is not asked the "
        + "same thing twice and every score stands on its own evidence."));
    List<List<String>> others = new ArrayList<>();
    for (PlannedRound other : loop.rounds()) {
      if (other != round) {
        others.add(List.of(other.interviewer().time().isEmpty() ? "—" : other.interviewer()
            .time(), other.spec().title(), other.interviewer().isBlank() ? "—"
            : other.interviewer().name(), String.join(", ", titles(other.scored()))));
      }
    }
    b.add(new Table(List.of("Time", "Slot", "Interviewer", "Topics"), others,
        List.of(10, 25, 22, 43)));
    b.add(new Heading(1, "Never ask about"));
    b.add(new BulletList(DO_NOT_ASK));
    b.add(new Callout("If the candidate brings one of these up, do not follow it up: move on, "
        + "and leave it out of your notes and your score."));
    b.add(new Heading(1, "Deadlines"));
    b.add(new BulletList(List.of(
        "Scorecard: by " + Dates.dayTime(scorecardDue()) + (logistics.scorecardDue().isEmpty()
            ? " (the default: the evening of the loop day)" : "") + ". Score on your own; do "
            + "not compare notes first.",
        "Debrief: " + Dates.dayTime(debrief()) + (logistics.debrief().isEmpty()
            ? " (the default: the next working morning)" : "") + ".")));
    logistics.coordinator().ifPresent(c -> b.add(Paragraph.body("Questions about the day: "
        + c.line() + ".")));
    Map<String, String> props = new LinkedHashMap<>();
    props.put(LoopDocuments.KEY_KIND, "briefing");
    props.put(LoopDocuments.KEY_ROUND, round.spec().id());
    return new Document(new DocumentInfo("Interviewer briefing — " + round.spec().title(),
        LoopDocuments.headerName(loop.candidate()) + " · " + loop.role().title() + " · "
        + round.spec().title(), organisation.confidentialityOr(LoopDocuments.CONFIDENTIAL), paper,
        loop.date(), props, organisation), b);
  }

  List<String> titles(List<String> competencies) {
    return competencies.stream().map(c -> catalog.competency(c).map(Competency::title).orElse(c))
        .toList();
  }
}
