package dev.interviewkit.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bad panel files: each case is a fixture under {@code panels/} and the exact problems
 * {@link PanelParser} must report, printed as {@code path:line:column: message}.
 */
class BadPanelInputTest {

  /** Parses a fixture, shown in messages as {@code panels/<name>.yaml}. */
  static Panel parse(String name) throws IOException {
    String path = "panels/" + name + ".yaml";
    try (InputStream in = BadPanelInputTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("test fixture not found: " + path);
      }
      return PanelParser.parse(path, in);
    }
  }

  /** The problems a fixture is refused with, one printed line each. */
  static List<String> problems(String name) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(name));
    return e.problems().stream().map(Problem::toString).toList();
  }

  static void assertProblems(String fixture, String... expected) {
    assertEquals(List.of(expected), problems(fixture));
  }

  @Nested
  class GoodInput {

    @Test
    void loadsPanelWithOnlyCandidate() throws IOException {
      Panel panel = parse("minimal");
      assertEquals("Ada Lovelace", panel.candidate());
      assertEquals(Optional.empty(), panel.date());
      assertEquals(Optional.empty(), panel.role());
      assertEquals(Optional.empty(), panel.seed());
      assertEquals(0, panel.interviewers().size());
    }

    @Test
    void loadsEveryField() throws IOException {
      Panel panel = parse("full");
      assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), panel.date());
      assertEquals(Optional.of("director-of-engineering"), panel.role());
      assertEquals(Optional.of(42L), panel.seed());
      assertEquals(new Interviewer("Grace Hopper", "Principal engineer", "09:00"),
          panel.interviewers().get("systems-design"));
      assertEquals(new Interviewer("Frances Allen", "", "14:00"),
          panel.interviewers().get("strategy"));
    }

    @Test
    void acceptsUnquotedTimeAsWritten() throws IOException {
      Panel panel = parse("full");
      // YAML 1.1 reads 9:30 as the sexagesimal number 570; the panel keeps the text as written.
      assertEquals("09:00", panel.interviewers().get("systems-design").time());
      assertEquals("9:30", panel.interviewers().get("people-leadership").time());
    }

    @Test
    void acceptsUtf8ByteOrderMark() throws IOException {
      assertEquals("Ada Lovelace", parse("byte-order-mark").candidate());
    }

    @Test
    void keepsEveryCharacterOfCandidateName() throws IOException {
      assertEquals("\u674e\u5c0f\u9f99 Zo\u00eb \u00c5sa", parse("unicode-name").candidate());
    }
  }

  @Nested
  class BadInput {

    @Test
    void reportsImpossibleDate() {
      assertProblems("bad-date",
          "panels/bad-date.yaml:2:7: 'date' must be a date as YYYY-MM-DD, got '2026-13-02'");
    }

    @Test
    void reportsDateInWords() {
      assertProblems("date-words",
          "panels/date-words.yaml:2:7: 'date' must be a date as YYYY-MM-DD, got 'next tuesday'");
    }

    @Test
    void reportsDateAsList() {
      assertProblems("date-list",
          "panels/date-list.yaml:2:7: 'date' must be a single value, got a list");
    }

    @Test
    void reportsEmptyDate() {
      assertProblems("date-empty", "panels/date-empty.yaml:2:6: 'date' is empty");
    }

    @Test
    void reportsUnknownKeyWithSuggestion() {
      assertProblems("unknown-key",
          "panels/unknown-key.yaml:4:1: unknown key 'sede' (did you mean 'seed'?)");
    }

    @Test
    void reportsUnknownRoundKeyWithSuggestion() {
      assertProblems("unknown-round-key",
          "panels/unknown-round-key.yaml:11:5: unknown key 'interviewr' (did you mean "
              + "'interviewer'?)");
    }

    @Test
    void reportsMissingCandidate() {
      assertProblems("missing-candidate",
          "panels/missing-candidate.yaml:1:1: missing required key 'candidate'");
    }

    @Test
    void reportsYaml11BooleanAsCandidate() {
      assertProblems("candidate-boolean",
          "panels/candidate-boolean.yaml:1:12: 'candidate' must be text, got a yes/no value "
              + "'yes'; put it in quotes");
    }

    @Test
    void reportsListAsCandidate() {
      assertProblems("candidate-list",
          "panels/candidate-list.yaml:1:12: 'candidate' must be text, got a list");
    }

    @Test
    void reportsSeedInWords() {
      assertProblems("seed-text",
          "panels/seed-text.yaml:4:7: 'seed' must be a whole number, got 'forty-two'");
    }

    @Test
    void reportsRoundsAsList() {
      assertProblems("rounds-list",
          "panels/rounds-list.yaml:6:3: 'rounds' must map round ids to interviewers, got a list");
    }

    @Test
    void reportsRoundThatIsText() {
      assertProblems("round-is-text",
          "panels/round-is-text.yaml:13:13: round 'strategy' must be a mapping of keys, got text");
    }

    @Test
    void reportsRoundWithoutInterviewer() {
      assertProblems("round-missing-interviewer",
          "panels/round-missing-interviewer.yaml:14:5: missing required key 'interviewer'");
    }

    @Test
    void reportsTimeAsMapping() {
      assertProblems("time-mapping",
          "panels/time-mapping.yaml:12:11: 'time' must be a single value, got a mapping");
    }

    @Test
    void reportsDuplicateRound() {
      assertProblems("duplicate-round",
          "panels/duplicate-round.yaml:13:3: duplicate key 'systems-design' (first at line 6)");
    }

    @Test
    void reportsDuplicateKey() {
      assertProblems("duplicate-key",
          "panels/duplicate-key.yaml:5:1: duplicate key 'candidate' (first at line 1)");
    }

    @Test
    void reportsPanelThatIsAList() {
      assertProblems("root-is-list",
          "panels/root-is-list.yaml:1:1: a panel must be a mapping of keys, got a list");
    }

    @Test
    void reportsEmptyFile() {
      assertProblems("empty", "panels/empty.yaml:1:1: file is empty; expected a panel");
    }

    @Test
    void reportsTabIndentation() {
      assertProblems("tab-indent",
          "panels/tab-indent.yaml:7:1: tab character where YAML needs spaces; indent and "
              + "separate with spaces");
    }

    @Test
    void reportsSyntaxError() {
      assertProblems("syntax-error",
          "panels/syntax-error.yaml:15:12: YAML syntax error: found text that does not fit the "
              + "lines above; check the indentation and quotes");
    }

    @Test
    void refusesUtf16() {
      assertProblems("utf16", "panels/utf16.yaml: file is UTF-16; save it as UTF-8");
    }

    @Test
    void reportsByteThatIsNotUtf8() {
      assertProblems("not-utf8",
          "panels/not-utf8.yaml:1:14: byte 0xEB is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void refusesGlobalTag() {
      assertProblems("global-tag",
          "panels/global-tag.yaml:1:12: tag '!!javax.script.ScriptEngineManager' is not "
              + "allowed; only plain text, numbers, lists and mappings are read");
    }

    @Test
    void refusesAliasBombQuickly() {
      List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(2),
          () -> problems("alias-bomb"));
      assertEquals(List.of("panels/alias-bomb.yaml:6:16: too many aliases (the limit is 20); "
          + "refusing a possible alias bomb"), problems);
    }
  }
}
