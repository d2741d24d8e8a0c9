package dev.interviewkit.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code sample_answers} key: read, validated, and warned about when missing. */
class SampleAnswersTest {

  @Test
  void readsScoresWithAnswerWhyAndRaise() {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BadBankInputTest.load(problems, "samples");
    assertEquals(List.of(), problems);
    Question q = catalog.question("samples-scenario").orElseThrow();
    assertEquals(List.of(2, 3), List.copyOf(q.sampleAnswers().keySet()));
    SampleAnswer three = q.sampleAnswer(3).orElseThrow();
    assertTrue(three.answer().startsWith("I saw the release queue double"), three.answer());
    assertTrue(three.answer().endsWith("old length."), three.answer());
    assertEquals("Names the problem, the cost and the measure, on their own.", three.why());
    assertEquals("Teaching the other leads to spot it before it doubled.", three.raise());
    assertEquals(35, q.sampleAnswer(2).orElseThrow().location().line());
  }

  @Test
  void warnsAboutADesignQuestionWithout1And4() {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BadBankInputTest.load(problems, "samples");
    assertEquals(List.of(), problems);
    assertEquals(List.of("banks/samples.yaml:63:7: warning: design question 'samples-design' has "
        + "no sample answer for scores 1 and 4"),
        catalog.warnings().stream().map(Problem::toString).toList());
  }

  @Test
  void warnsAboutAQuestionWithoutSampleAnswers() {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BadBankInputTest.load(problems, "minimal");
    assertEquals(List.of(), problems);
    assertEquals(List.of("banks/minimal.yaml:17:5: warning: question 'minimal-question' has no "
        + "'sample_answers'"), catalog.warnings().stream().map(Problem::toString).toList());
    assertEquals(0, catalog.question("minimal-question").orElseThrow().sampleAnswers().size());
  }

  @Test
  void reportsEveryFault() {
    assertEquals(List.of(
        "banks/samples-bad.yaml:27:19: 'answer' is empty",
        "banks/samples-bad.yaml:28:31: 'why' must be text, got a number '12'; put it in quotes",
        "banks/samples-bad.yaml:28:49: unknown key 'wyh' (did you mean 'why'?)",
        "banks/samples-bad.yaml:29:7: sample answer score must be 1, 2, 3 or 4, got '5'",
        "banks/samples-bad.yaml:41:7: 'sample_answers' of question 'bad-samples-two' needs "
            + "score 2",
        "banks/samples-bad.yaml:52:21: 'sample_answers' must map scores 1-4 to an answer, got "
            + "a list"),
        BadBankInputTest.problems("samples-bad").stream().sorted().toList());
  }
}
