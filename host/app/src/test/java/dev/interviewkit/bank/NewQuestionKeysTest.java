package dev.interviewkit.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The question keys of December 2026: also_assesses, group, interviewer_script, timing, brief_ahead. */
class NewQuestionKeysTest {

  @Test
  void readsEveryNewKey() {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BadBankInputTest.load(problems, "minimal", "new-keys");
    assertEquals(List.of(), problems);
    Question q = catalog.question("new-role-play").orElseThrow();
    assertEquals("hard-talks", q.group());
    assertEquals(Optional.of(new Timing(0, 20, 10)), q.timing());
    assertTrue(q.briefAhead());
    assertEquals("You play Sam. You think the feedback is unfair at first.",
        q.interviewerScript().strip());
    assertEquals(List.of("new-skill", "minimal-skill"), q.assesses());
    assertEquals(List.of("Does the minimal thing in the room."), q.signalsFor("minimal-skill"));
    assertTrue(q.assesses("minimal-skill"));
    Question twin = catalog.question("new-twin").orElseThrow();
    assertEquals("hard-talks", twin.group());
    assertFalse(twin.briefAhead());
    assertEquals("", twin.interviewerScript());
    assertEquals(List.of("new-skill"), twin.assesses());
  }

  @Test
  void warnsAboutAnExerciseWithoutTiming() {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BadBankInputTest.load(problems, "minimal", "new-keys");
    assertEquals(List.of(), problems);
    assertEquals(List.of("banks/new-keys.yaml:46:5: warning: exercise 'new-untimed' has no "
        + "'timing' (prepare, present, discuss)"),
        catalog.warnings().stream().map(Problem::toString)
            .filter(w -> !w.contains("'sample_answers'")).toList());
  }

  @Test
  void reportsEveryMisuse() {
    assertEquals(List.of(
        "banks/new-keys-bad.yaml:27:13: timing adds up to 25 min (prepare 10 + present 10 + "
            + "discuss 5) but 'minutes' is 30",
        "banks/new-keys-bad.yaml:28:18: 'brief_ahead' must be true or false, got 'maybe'",
        "banks/new-keys-bad.yaml:38:25: 'interviewer_script' is only for questions of kind "
            + "'exercise', not 'scenario'",
        "banks/new-keys-bad.yaml:39:18: 'brief_ahead' is only for questions of kind "
            + "'exercise', not 'scenario'",
        "banks/new-keys-bad.yaml:40:13: 'timing' is only for questions of kind 'exercise', "
            + "not 'scenario'",
        "banks/new-keys-bad.yaml:40:38: unknown key 'dicsuss' (did you mean 'discuss'?)",
        "banks/new-keys-bad.yaml:41:12: 'group' must be lower-case words joined by hyphens, got "
            + "'Not A Slug'",
        "banks/new-keys-bad.yaml:57:18: 'signals' needs at least 1 item, got 0"),
        BadBankInputTest.problems("new-keys-bad").stream().sorted().toList());
  }

  @Test
  void alsoAssessesNamesACompetencyOfAnyBank() {
    assertEquals(List.of("banks/new-keys-unknown-also.yaml:27:21: 'also_assesses' names "
        + "competency 'minimal-skil', which no bank defines (did you mean 'minimal-skill'?)"),
        BadBankInputTest.problems("minimal", "new-keys-unknown-also"));
  }
}
