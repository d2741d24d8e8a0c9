package dev.interviewkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LoopDocumentsTest {

  private final Loop loop = Fixtures.loop(11, Set.of());
  private final LoopDocuments docs = new LoopDocuments(loop, Fixtures.catalog(), Paper.A4);

  @Test
  void scorecardScoresEveryCompetencyOfTheRoundAndPrintsTheLevelsAnchors() {
    PlannedRound round = loop.rounds().get(0);
    List<ChoiceGroup> groups = blocks(docs.scorecard(round)).filter(ChoiceGroup.class::isInstance)
        .map(ChoiceGroup.class::cast).toList();
    assertEquals(List.of("one:judgement:score", "one:coaching:score", "one:recommendation"),
        groups.stream().map(ChoiceGroup::field).toList());
    ChoiceGroup judgement = groups.get(0);
    assertEquals(List.of("1", "2", "3", "4", "na"),
        judgement.choices().stream().map(Choice::value).toList());
    List<String> text = texts(docs.scorecard(round));
    assertTrue(text.contains("Judgement meets the bar for a director."), "level anchor missing");
    assertTrue(text.contains("Judgement anchor four."), "shared anchor missing");
    assertFalse(text.contains("Judgement anchor three."), "overridden anchor still printed");
    assertEquals("one:judgement:evidence", judgement.evidenceField());
    assertEquals(List.of("strong-no", "no", "yes", "strong-yes"),
        groups.get(2).choices().stream().map(Choice::value).toList());
  }

  @Test
  void scorecardCarriesTheLoopItBelongsTo() {
    Document card = docs.scorecard(loop.rounds().get(1));
    assertEquals("Zoë Ångström-Дмитриев", card.info().properties().get(LoopDocuments.KEY_CANDIDATE));
    assertEquals("test-director", card.info().properties().get(LoopDocuments.KEY_ROLE));
    assertEquals("two", card.info().properties().get(LoopDocuments.KEY_ROUND));
    assertEquals("11", card.info().properties().get(LoopDocuments.KEY_SEED));
    assertEquals(Paper.A4, card.info().paper());
  }

  @Test
  void packetHoldsEveryDrawnQuestionWhole() {
    for (PlannedRound round : loop.rounds()) {
      List<String> text = texts(docs.packet(round));
      for (Question q : round.questions()) {
        assertTrue(text.contains(q.prompt()), q.id() + " prompt missing");
        for (String s : concat(q.followUps(), q.signals(), q.redFlags())) {
          assertTrue(text.contains(s), q.id() + ": missing '" + s + "'");
        }
      }
    }
  }

  @Test
  void keepsEachQuestionBlockTogetherWithItsNoteLines() {
    PlannedRound round = loop.rounds().get(0);
    List<KeepTogether> groups = docs.packet(round).blocks().stream()
        .filter(KeepTogether.class::isInstance).map(KeepTogether.class::cast)
        .filter(g -> g.blocks().get(0) instanceof Heading h && h.text().startsWith("Q")).toList();
    assertEquals(round.questions().size(), groups.size());
    for (KeepTogether g : groups) {
      assertTrue(g.blocks().stream().anyMatch(b -> b instanceof NoteLines n && n.lines() >= 6));
    }
  }

  @Test
  void runSheetAddsUpToTheTimeBox() {
    PlannedRound round = loop.rounds().get(1);
    Table runSheet = docs.packet(round).blocks().stream().filter(Table.class::isInstance)
        .map(Table.class::cast).filter(t -> t.header().get(0).equals("Starts")).findFirst()
        .orElseThrow();
    int total = 0;
    for (List<String> row : runSheet.rows()) {
      if (!row.get(0).isEmpty()) {
        total += Integer.parseInt(row.get(2).replace(" min", ""));
      }
    }
    assertEquals(round.spec().minutes(), total);
    assertTrue(round.wrapUpMinutes() >= 0);
  }

  @Test
  void handoutCarriesNoInterviewerOnlyText() {
    PlannedRound round = loop.rounds().get(1);
    Question exercise = LoopDocuments.exercises(round).get(0);
    List<String> text = texts(docs.handout(round, exercise));
    String all = String.join("\n", text);
    assertTrue(all.contains("Propose new team boundaries."));
    for (String secret : concat(exercise.followUps(), exercise.signals(), exercise.redFlags())) {
      assertFalse(all.contains(secret), "handout leaks '" + secret + "'");
    }
    assertFalse(all.contains("anchor"), "handout leaks an anchor");
    assertEquals(LoopDocuments.CANDIDATE_COPY, docs.handout(round, exercise).info().footer());
  }

  @Test
  void overviewRecordsSeedQuestionIdsAndCoverage() {
    String all = String.join("\n", texts(docs.overview()));
    assertTrue(all.contains("11"));
    for (String id : loop.questionIds()) {
      assertTrue(all.contains(id), id + " missing from the overview");
    }
    assertTrue(all.contains("Each round's scorecard lists exactly the competencies its questions "
        + "assess"));
    assertTrue(all.contains("Assessed in fewer than two rounds: "), all);
    assertTrue(all.contains("alpha"));
  }

  static Stream<Block> blocks(Document d) {
    return d.blocks().stream().flatMap(b -> b instanceof KeepTogether k ? k.blocks().stream()
        : Stream.of(b));
  }

  static List<String> texts(Document d) {
    List<String> out = new ArrayList<>();
    blocks(d).forEach(b -> {
      if (b instanceof Paragraph p) {
        out.add(p.text());
      } else if (b instanceof Heading h) {
        out.add(h.text());
      } else if (b instanceof Callout c) {
        out.add(c.text());
      } else if (b instanceof BulletList l) {
        out.addAll(l.items());
      } else if (b instanceof SideBySide s) {
        out.addAll(s.left());
        out.addAll(s.right());
      } else if (b instanceof Table t) {
        out.addAll(t.header());
        t.rows().forEach(out::addAll);
      } else if (b instanceof ChoiceGroup g) {
        out.add(g.title());
        out.add(g.description());
        g.choices().forEach(c -> {
          out.add(c.label());
          out.add(c.detail());
        });
      } else if (b instanceof NoteLines n) {
        out.add(n.label());
      }
    });
    return out;
  }

  @SafeVarargs
  static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
