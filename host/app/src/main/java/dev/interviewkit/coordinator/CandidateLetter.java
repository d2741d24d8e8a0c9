package dev.interviewkit.coordinator;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.bank.Kind;
import dev.interviewkit.bank.Question;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.plan.Logistics;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.RoundLogistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate's "what to expect" letter: who they meet, each round's format and length, what
 * to prepare, whom to ask for an adjustment. Nothing of the questions or the scoring.
 */
final class CandidateLetter {

  /** File name stem of the letter. */
  static final String STEM = "50-candidate-letter";

  private CandidateLetter() {}

  static Document compose(Loop loop, Logistics logistics, Paper paper,
      dev.interviewkit.api.doc.Organisation organisation) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("What to expect", TextStyle.SUBTITLE));
    b.add(new Paragraph(loop.candidate(), TextStyle.TITLE));
    b.add(Paragraph.body("Your interviews for " + loop.role().title() + " on "
        + Dates.day(loop.date()) + logistics.timeZone().map(z -> " (times in " + z.getId()
        + ")").orElse("") + "."));
    b.add(Paragraph.body("Thank you for your time. This letter says whom you will meet, how "
        + "each conversation works and what, if anything, to prepare. Every interviewer asks "
        + "about real work; there are no trick questions."));
    b.add(new Heading(1, "Your day"));
    List<List<String>> rows = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    for (PlannedRound r : loop.rounds()) {
      RoundLogistics place = logistics.round(r.spec().id());
      rows.add(List.of(r.interviewer().time().isEmpty() ? "to follow" : r.interviewer().time(),
          r.spec().title() + ", " + r.spec().minutes() + " min", who(r),
          place.place().isEmpty() ? "to follow" : place.place()));
      formats.add(r.spec().title() + " (" + r.spec().minutes() + " minutes): "
          + RoundFormat.of(r) + ".");
    }
    b.add(new Table(List.of("Time", "Conversation", "With", "Where"), rows,
        List.of(11, 27, 27, 35)));
    b.add(new Heading(2, "How each conversation works"));
    b.add(new BulletList(formats));
    b.add(new Heading(1, "Your panel"));
    Map<String, String> panel = new LinkedHashMap<>();
    for (PlannedRound r : loop.rounds()) {
      if (!r.interviewer().isBlank()) {
        panel.putIfAbsent(r.interviewer().name(), who(r));
      }
    }
    b.add(panel.isEmpty() ? Paragraph.body("We will send you your interviewers' names before "
        + "the day.") : new BulletList(List.copyOf(panel.values())));
    b.add(new Heading(1, "What to prepare"));
    b.add(new BulletList(prepare(loop)));
    b.add(new Heading(1, "Adjustments and access"));
    String contact = logistics.coordinator().map(c -> c.line())
        .orElse("your recruiting contact");
    b.add(Paragraph.body("If anything would make the day work better for you (more time, a "
        + "break between conversations, a different format, a screen reader, step-free access "
        + "or anything else), tell " + contact + ". You do not need to say why, and asking "
        + "never counts against you."));
    b.add(new Heading(1, "Your name and pronouns"));
    b.add(Paragraph.body("Please tell " + logistics.coordinator().map(c -> c.name())
        .orElse("us") + " how to say your name, and, if you wish, your pronouns, so that "
        + "everyone you meet gets them right."));
    Map<String, String> props = new LinkedHashMap<>();
    props.put(LoopDocuments.KEY_KIND, "candidate-letter");
    return new Document(new DocumentInfo("What to expect — " + loop.candidate(),
        LoopDocuments.headerName(loop.candidate()) + " · " + loop.role().title()
        + " · What to expect",
        LoopDocuments.CANDIDATE_COPY, paper, loop.date(), props, organisation), b);
  }

  private static List<String> prepare(Loop loop) {
    List<String> items = new ArrayList<>();
    for (PlannedRound r : loop.rounds()) {
      for (Question q : LoopDocuments.exercises(r)) {
        if (q.kind() == Kind.EXERCISE && q.briefAhead()) {
          items.add(r.spec().title() + ": we will send you a short exercise brief ("
              + LoopDocuments.handoutName(r, q) + ".pdf) before the day to prepare at your own "
              + "pace" + q.timing().filter(t -> t.present() > 0).map(t -> "; on the day you "
              + "present your thinking for about " + t.present() + " minutes, then talk it "
              + "through").orElse("") + ". Slides are not needed.");
        } else {
          items.add(r.spec().title() + ": you will get a written brief at the start and time "
              + "to read it; nothing to prepare beforehand.");
        }
      }
    }
    items.add("Think of a few recent situations from your own work you would be glad to talk "
        + "through: what you decided, why, and what happened.");
    items.add("Bring your own questions: every conversation keeps time for them.");
    return items;
  }

  private static String who(PlannedRound r) {
    if (r.interviewer().isBlank()) {
      return "to follow";
    }
    return r.interviewer().title().isEmpty() ? r.interviewer().name()
        : r.interviewer().name() + ", " + r.interviewer().title();
  }
}
