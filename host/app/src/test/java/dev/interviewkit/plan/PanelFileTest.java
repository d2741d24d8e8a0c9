package dev.interviewkit.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The panel file's per-round {@code questions:} and writing a panel back. */
class PanelFileTest {

  static Panel parse(String yaml) throws IOException {
    return PanelParser.parse("panel.yaml",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsQuestionsPerRoundWithOrWithoutAnInterviewer() throws IOException {
    Panel p = parse("""
        candidate: Jane Doe
        rounds:
          one:
            interviewer: Priya Raman
            questions: [q-b, q-a]
          two:
            questions:
              - q-c
        """);
    assertEquals(Map.of("one", List.of("q-b", "q-a"), "two", List.of("q-c")), p.questions());
    assertEquals(Set.of("one"), p.interviewers().keySet());
  }

  @Test
  void aQuestionListedTwiceInARoundIsAProblemWithItsLine() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("""
        candidate: Jane Doe
        rounds:
          one:
            questions: [q-a, q-a]
        """));
    assertEquals(List.of("panel.yaml:4:5: round 'one' lists question 'q-a' twice"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void writtenPanelReadsBackTheSame() throws IOException {
    Panel panel = new Panel("Zoë Ångström-Дмитриев: \"CTO\"", Optional.of(LocalDate.of(2026, 12, 3)),
        Optional.of("test-director"), Optional.of(4711L),
        Map.of("one", new Interviewer("Priya Raman", "Principal Engineer", "09:00"),
            "two", new Interviewer("Marco #1", "", "")),
        Map.of("one", List.of("alpha-judgement-1", "alpha-coaching-2"), "three",
            List.of("alpha-exercise-1")), "panel.yaml");
    String yaml = PanelWriter.write(panel, List.of("one", "two", "three"));
    Panel back = parse(yaml);
    assertEquals(panel, back.withLogistics(Logistics.NONE), yaml);
    assertTrue(back.logistics().rounds().values().stream().allMatch(RoundLogistics::isBlank));
    assertTrue(yaml.indexOf("one:") < yaml.indexOf("two:") && yaml.indexOf("two:")
        < yaml.indexOf("three:"), yaml);
  }

  @Test
  void plannerAsksTheGivenQuestionsAndDrawsTheOtherRoundsAroundThem() {
    Loop drawn = Fixtures.loop(5, Set.of());
    PlannedRound first = drawn.rounds().get(0);
    List<String> eligible = Planner.eligible(Fixtures.role(), first.spec(), Fixtures.catalog())
        .stream().map(q -> q.id()).toList();
    List<String> others = eligible.stream()
        .filter(id -> first.questions().stream().noneMatch(q -> q.id().equals(id))).toList();
    assertTrue(!others.isEmpty(), "the fixture bank has no alternative for round one");
    List<String> pinned = List.of(others.get(0), first.questions().get(0).id());
    Loop loop = Planner.plan(Fixtures.role(), Fixtures.catalog(), new Planner.Request(
        drawn.candidate(), drawn.date(), 5L, Map.of(), Set.of(), Map.of("one", pinned)),
        "test-plugin", "1.2.3");
    assertEquals(pinned, loop.rounds().get(0).questions().stream().map(q -> q.id()).toList());
    List<String> ids = loop.questionIds();
    assertEquals(ids.size(), Set.copyOf(ids).size(), "repeated: " + ids);
    assertEquals(drawn.bankVersions(), loop.bankVersions());
  }

  @Test
  void withoutGivenQuestionsTheDrawIsUnchanged() {
    Loop a = Fixtures.loop(9, Set.of());
    Loop b = Planner.plan(Fixtures.role(), Fixtures.catalog(), new Planner.Request(a.candidate(),
        a.date(), 9L, Map.of("one", a.rounds().get(0).interviewer()), Set.of(), Map.of()),
        "test-plugin", "1.2.3");
    assertEquals(a, b);
  }

  @Test
  void givenQuestionsAreCheckedAgainstTheBanksAndTheRound() {
    PlannedRound two = Fixtures.loop(1, Set.of()).rounds().get(1);
    String roundOnesQuestion = Fixtures.loop(1, Set.of()).rounds().get(0).questions().get(0).id();
    List<Problem> problems = Planner.check(Fixtures.role(), Fixtures.catalog(), Map.of(
        "one", List.of("no-such-question", roundOnesQuestion),
        "two", List.of(two.questions().get(0).id(), roundOnesQuestion)), "panel.yaml");
    List<String> messages = problems.stream().map(Problem::toString).toList();
    assertTrue(messages.contains("panel.yaml: round 'one': no bank has a question "
        + "'no-such-question'"), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("round 'two' cannot ask question '"
        + roundOnesQuestion + "'") || m.contains("is given for rounds 'one' and 'two'")),
        messages.toString());
  }
}
