package dev.interviewkit.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bad bank files: each case is a fixture under {@code banks/} and the exact problems it must
 * produce, printed as {@code path:line:column: message}. Nothing is lost (every fault is
 * reported, at its place) and nothing leaks (no exception other than the problems, no object
 * built from the file).
 */
class BadBankInputTest {

  // ---- helpers ---------------------------------------------------------------------------

  /** A fixture as a bank source, shown in messages as {@code banks/<name>.yaml}. */
  static BankSource fixture(String name) {
    String path = "banks/" + name + ".yaml";
    return new BankSource(path, "question-banks", () -> resource(path));
  }

  static InputStream resource(String path) throws IOException {
    InputStream in = BadBankInputTest.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("test fixture not found: " + path);
    }
    return in;
  }

  /** Loads the fixtures together, as the banks folder would be, and returns the catalog. */
  static BankCatalog load(List<Problem> problems, String... names) {
    return BankCatalog.load(Arrays.stream(names).map(BadBankInputTest::fixture).toList(),
        problems);
  }

  /** The problems loading the fixtures reports, one printed line each. */
  static List<String> problems(String... names) {
    List<Problem> problems = new ArrayList<>();
    load(problems, names);
    return problems.stream().map(Problem::toString).toList();
  }

  static void assertProblems(String fixture, String... expected) {
    assertEquals(List.of(expected), problems(fixture));
  }

  static BankSource inMemory(String path, byte[] bytes) {
    return new BankSource(path, "question-banks", () -> new ByteArrayInputStream(bytes));
  }

  static List<String> problemsOf(BankSource source) {
    List<Problem> problems = new ArrayList<>();
    BankCatalog.load(List.of(source), problems);
    return problems.stream().map(Problem::toString).toList();
  }

  // ---- good input loads cleanly -----------------------------------------------------------

  @Nested
  class GoodInput {

    @Test
    void loadsMinimalBank() {
      List<Problem> problems = new ArrayList<>();
      BankCatalog catalog = load(problems, "minimal");
      assertEquals(List.of(), problems);
      Bank bank = catalog.bank("minimal").orElseThrow();
      assertEquals("Minimal bank", bank.title());
      assertEquals("1.0.0", bank.version());
      Question q = catalog.question("minimal-question").orElseThrow();
      assertEquals(Kind.SCENARIO, q.kind());
      assertEquals(15, q.minutes());
      assertEquals(List.of("What did you do first?", "Who did you need to convince?"),
          q.followUps());
      assertEquals(4, catalog.competency("minimal-skill").orElseThrow().anchors().size());
    }

    @Test
    void loadsEveryOptionalField() {
      List<Problem> problems = new ArrayList<>();
      BankCatalog catalog = load(problems, "full");
      assertEquals(List.of(), problems);
      Question q = catalog.question("full-exercise").orElseThrow();
      assertEquals(Kind.EXERCISE, q.kind());
      assertEquals(120, q.minutes());
      assertEquals("You lead three teams. Plan the change.", q.candidateBrief().strip());
      assertEquals(List.of("planning", "on"), q.tags());
      assertEquals(List.of("What first?", "Who else?", "Why: now?"), q.followUps());
    }

    @Test
    void acceptsUtf8ByteOrderMark() {
      List<Problem> problems = new ArrayList<>();
      BankCatalog catalog = load(problems, "byte-order-mark");
      assertEquals(List.of(), problems);
      assertEquals("byte-order-mark", catalog.bank("byte-order-mark").orElseThrow().id());
    }

    @Test
    void loadsTwoBanksThatShareNothing() {
      List<Problem> problems = new ArrayList<>();
      BankCatalog catalog = load(problems, "shared-question-a", "shared-competency-a");
      assertEquals(List.of(), problems);
      assertEquals(2, catalog.banks().size());
    }

    @Test
    void loadsFromFileOnDiskAndNamesItInProblems() throws URISyntaxException {
      Path good = Path.of(BadBankInputTest.class.getResource("/banks/minimal.yaml").toURI());
      Path bad = Path.of(BadBankInputTest.class.getResource("/banks/unknown-key.yaml").toURI());
      List<Problem> problems = new ArrayList<>();
      BankCatalog catalog = BankCatalog.load(
          List.of(BankCatalog.file(good, "question-banks"), BankCatalog.file(bad,
              "question-banks")), problems);
      assertTrue(catalog.bank("minimal").isPresent());
      assertEquals(List.of(bad + ":23:5: unknown key 'folow_ups' (did you mean 'follow_ups'?)"),
          problems.stream().map(Problem::toString).toList());
    }

    @Test
    void acceptsFileOfExactlyTheSizeLimit() throws IOException {
      byte[] base;
      try (InputStream in = resource("banks/minimal.yaml")) {
        base = in.readAllBytes();
      }
      // Padded with short comment lines: one 4 MB line would test the YAML library's speed on
      // long lines (slow but bounded, see docs/SECURITY.md) rather than the limit.
      byte[] bytes = new byte[YamlSource.MAX_BYTES];
      Arrays.fill(bytes, (byte) ' ');
      System.arraycopy(base, 0, bytes, 0, base.length);
      for (int i = base.length; i < bytes.length; i += 64) {
        bytes[i] = '#';
        bytes[Math.min(i + 63, bytes.length - 1)] = '\n';
      }
      List<Problem> problems = new ArrayList<>();
      BankCatalog.load(List.of(inMemory("banks/minimal.yaml", bytes)), problems);
      assertEquals(List.of(), problems);
    }
  }

  // ---- bytes and encodings ----------------------------------------------------------------

  @Nested
  class Encodings {

    @Test
    void reportsByteThatIsNotUtf8AtItsPlace() {
      assertProblems("not-utf8",
          "banks/not-utf8.yaml:8:29: byte 0xE9 is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void reportsUtf8SequenceCutShortAtEndOfFile() {
      assertProblems("truncated-utf8",
          "banks/truncated-utf8.yaml:32:25: byte 0xE2 is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void refusesUtf16WithByteOrderMark() {
      assertProblems("utf16", "banks/utf16.yaml: file is UTF-16; save it as UTF-8");
    }

    @Test
    void refusesUtf16WithoutByteOrderMark() {
      assertProblems("utf16-no-bom",
          "banks/utf16-no-bom.yaml: file is UTF-16 or UTF-32 (it holds NUL bytes); "
              + "save it as UTF-8");
    }

    @Test
    void reportsControlCharacterAtItsPlace() {
      assertProblems("control-character",
          "banks/control-character.yaml:2:15: character U+0007 is not allowed in YAML; remove it");
    }

    @Test
    void reportsEmptyFile() {
      assertProblems("empty", "banks/empty.yaml:1:1: file is empty; expected a bank");
    }

    @Test
    void reportsFileOfOnlyCommentsAsEmpty() {
      assertProblems("comments-only",
          "banks/comments-only.yaml:1:1: file is empty; expected a bank");
    }
  }

  // ---- YAML syntax ------------------------------------------------------------------------

  @Nested
  class Syntax {

    @Test
    void reportsQuoteThatEndsOnTheWrongLine() {
      assertProblems("syntax-error",
          "banks/syntax-error.yaml:3:11: YAML syntax error: found text that does not fit the "
              + "lines above; check the indentation and quotes");
    }

    @Test
    void reportsQuoteNeverClosedWhereItOpens() {
      assertProblems("unclosed-quote",
          "banks/unclosed-quote.yaml:32:9: quoted text is never closed; add the closing quote");
    }

    @Test
    void reportsMisindentedLine() {
      assertProblems("bad-indentation",
          "banks/bad-indentation.yaml:9:4: YAML syntax error: found a key that does not fit the "
              + "lines above; check the indentation and quotes");
    }

    @Test
    void reportsColonInUnquotedText() {
      assertProblems("colon-in-text",
          "banks/colon-in-text.yaml:22:21: YAML syntax error: ': ' is not allowed here; put text "
              + "holding ': ' in quotes, or check the indentation");
    }

    @Test
    void reportsQuestionMarkInFlowList() {
      assertProblems("question-mark-in-flow-list",
          "banks/question-mark-in-flow-list.yaml:20:15: YAML syntax error: the '[' opened at "
              + "line 20 expects ',' or ']' here, found a key; quote items holding ':', '?', '#' "
              + "or brackets");
    }

    @Test
    void reportsLineWithoutColonWhereItStarts() {
      assertProblems("missing-colon",
          "banks/missing-colon.yaml:3:1: YAML syntax error: this line needs ':' after its key; "
              + "write 'key: value', or indent text that continues the line above");
    }

    @Test
    void reportsLineOutsideIndentedTopLevel() {
      assertProblems("indented-top-level",
          "banks/indented-top-level.yaml:4:1: YAML syntax error: found a key after the "
              + "top-level content ended; check this line's indentation");
    }

    @Test
    void reportsUnknownEscapeInDoubleQuotes() {
      assertProblems("unknown-escape",
          "banks/unknown-escape.yaml:22:25: YAML syntax error: unknown escape '\\%' in "
              + "double-quoted text; write '\\\\' for a backslash, or use single quotes");
    }

    @Test
    void reportsTabIndentation() {
      assertProblems("tab-indent",
          "banks/tab-indent.yaml:8:1: tab character where YAML needs spaces; indent and "
              + "separate with spaces");
    }

    @Test
    void reportsSecondDocument() {
      assertProblems("multiple-documents",
          "banks/multiple-documents.yaml:33:1: a second YAML document starts here; a file "
              + "holds one document");
    }

    @Test
    void reportsUndefinedAlias() {
      assertProblems("undefined-alias",
          "banks/undefined-alias.yaml:19:13: alias '*leadership' names no anchor '&leadership' "
              + "above it");
    }

    @Test
    void reportsDuplicateKey() {
      assertProblems("duplicate-key",
          "banks/duplicate-key.yaml:22:5: duplicate key 'kind' (first at line 20)");
    }

    @Test
    void reportsKeyThatIsNotAWord() {
      assertProblems("key-is-list",
          "banks/key-is-list.yaml:22:7: keys must be plain words, got a list");
    }

    @Test
    void keepsMessageOnOneLineWhenKeyHoldsNewline() {
      assertProblems("newline-in-key",
          "banks/newline-in-key.yaml:22:5: unknown key 'mi\\nnutes' (did you mean 'minutes'?)");
    }
  }

  // ---- shapes and types -------------------------------------------------------------------

  @Nested
  class Types {

    @Test
    void reportsListWhereTextWasMeant() {
      assertProblems("list-where-text",
          "banks/list-where-text.yaml:2:8: 'title' must be text, got a list");
    }

    @Test
    void reportsMappingWhereListWasMeant() {
      assertProblems("mapping-where-list",
          "banks/mapping-where-list.yaml:24:7: 'follow_ups' must be a list, got a mapping");
    }

    @Test
    void reportsNumberWhereTextWasMeant() {
      assertProblems("number-where-text",
          "banks/number-where-text.yaml:22:13: 'prompt' must be text, got a number '12'; "
              + "put it in quotes");
    }

    @Test
    void reportsUnquotedVersionNumber() {
      assertProblems("version-number",
          "banks/version-number.yaml:3:10: 'version' must be text, got a number '1.0'; "
              + "put it in quotes");
    }

    @Test
    void reportsYaml11BooleanNoWhereTextWasMeant() {
      assertProblems("boolean-no",
          "banks/boolean-no.yaml:32:9: an item of 'red_flags' must be text, got a yes/no value "
              + "'no'; put it in quotes");
    }

    @Test
    void reportsYaml11BooleanOnWhereTextWasMeant() {
      assertProblems("boolean-on",
          "banks/boolean-on.yaml:8:12: 'title' must be text, got a yes/no value 'on'; "
              + "put it in quotes");
    }

    @Test
    void reportsDateWhereTextWasMeant() {
      assertProblems("date-where-text",
          "banks/date-where-text.yaml:4:14: 'description' must be text, got a date "
              + "'2024-01-31'; put it in quotes");
    }

    @Test
    void reportsKeyWithNoValueAsEmpty() {
      assertProblems("null-title", "banks/null-title.yaml:2:7: 'title' is empty");
    }

    @Test
    void reportsBlankText() {
      assertProblems("blank-prompt", "banks/blank-prompt.yaml:22:13: 'prompt' is empty");
    }

    @Test
    void reportsBankThatIsAList() {
      assertProblems("root-is-list",
          "banks/root-is-list.yaml:1:1: a bank must be a mapping of keys, got a list");
    }

    @Test
    void reportsBankThatIsText() {
      assertProblems("root-is-text",
          "banks/root-is-text.yaml:1:1: a bank must be a mapping of keys, got text");
    }

    @Test
    void reportsQuestionThatIsText() {
      assertProblems("question-is-text",
          "banks/question-is-text.yaml:17:5: a question must be a mapping of keys, got text");
    }
  }

  // ---- required and unknown keys ----------------------------------------------------------

  @Nested
  class Keys {

    @Test
    void reportsMissingBankField() {
      assertProblems("missing-title",
          "banks/missing-title.yaml:1:1: missing required key 'title'");
    }

    @Test
    void reportsMissingQuestionFieldAtTheQuestion() {
      assertProblems("missing-signals",
          "banks/missing-signals.yaml:17:5: missing required key 'signals'");
    }

    @Test
    void reportsUnknownKeyWithSuggestion() {
      // The suggestion is the fix, so the key it names is not reported missing as well.
      assertProblems("unknown-key",
          "banks/unknown-key.yaml:23:5: unknown key 'folow_ups' (did you mean 'follow_ups'?)");
    }

    @Test
    void reportsUnknownKeyWithoutSuggestionWhenNothingIsClose() {
      assertProblems("unknown-key-no-suggestion",
          "banks/unknown-key-no-suggestion.yaml:4:1: unknown key 'author'");
    }

    @Test
    void reportsMergeKey() {
      assertProblems("merge-key",
          "banks/merge-key.yaml:8:5: merge key '<<' is not supported; write the keys out");
    }
  }

  // ---- ids and references -----------------------------------------------------------------

  @Nested
  class Ids {

    @Test
    void reportsCompetencyReferencedButNotDefined() {
      assertProblems("undefined-competency",
          "banks/undefined-competency.yaml:18:17: competency 'minimal-skil' is not defined in "
              + "bank 'undefined-competency' (did you mean 'minimal-skill'?)");
    }

    @Test
    void reportsBankIdNotMatchingFileName() {
      assertProblems("id-mismatch",
          "banks/id-mismatch.yaml:1:7: bank id 'minimal' does not match the file name "
              + "'id-mismatch.yaml'");
    }

    @Test
    void reportsBadIdSyntax() {
      assertProblems("bad-id-syntax",
          "banks/bad-id-syntax.yaml:17:9: 'id' must be lower-case words joined by hyphens, got "
              + "'Minimal_Question'");
    }

    @Test
    void reportsDuplicateQuestionIdInOneFile() {
      assertProblems("duplicate-question-id",
          "banks/duplicate-question-id.yaml:26:5: duplicate question id 'minimal-question' "
              + "(first at line 17)");
    }

    @Test
    void reportsDuplicateCompetencyIdInOneFile() {
      assertProblems("duplicate-competency-id",
          "banks/duplicate-competency-id.yaml:16:5: duplicate competency id 'minimal-skill' "
              + "(first at line 7)");
    }

    @Test
    void reportsDuplicateQuestionIdAcrossFilesNamingBoth() {
      List<Problem> problems = new ArrayList<>();
      BankCatalog catalog = load(problems, "shared-question-a", "shared-question-b");
      assertEquals(List.of("banks/shared-question-b.yaml:17:5: question id 'shared-question' is "
              + "also defined at banks/shared-question-a.yaml:17:5 (bank 'shared-question-a')"),
          problems.stream().map(Problem::toString).toList());
      // The first bank stays; the clashing one is left out rather than half-loaded.
      assertTrue(catalog.bank("shared-question-a").isPresent());
      assertTrue(catalog.bank("shared-question-b").isEmpty());
    }

    @Test
    void reportsDuplicateCompetencyIdAcrossFilesNamingBoth() {
      assertEquals(List.of("banks/shared-competency-b.yaml:7:5: competency id 'shared-skill' is "
              + "also defined at banks/shared-competency-a.yaml:7:5 (bank 'shared-competency-a')"),
          problems("shared-competency-a", "shared-competency-b"));
    }

    @Test
    void reportsDuplicateBankIdAcrossOriginsNamingBoth() {
      BankSource plugin = new BankSource("plugin/minimal.yaml", "plugin director",
          () -> resource("banks/minimal.yaml"));
      List<Problem> problems = new ArrayList<>();
      BankCatalog.load(List.of(fixture("minimal"), plugin), problems);
      assertEquals(List.of("plugin/minimal.yaml:1:7: bank id 'minimal' is also defined at "
          + "banks/minimal.yaml:1:7 (question-banks)"), problems.stream().map(Problem::toString)
          .toList());
    }
  }

  // ---- anchors ----------------------------------------------------------------------------

  @Nested
  class Anchors {

    @Test
    void reportsAnchorsMissingAScore() {
      assertProblems("anchor-missing-score",
          "banks/anchor-missing-score.yaml:11:7: 'anchors' missing score 3");
    }

    @Test
    void reportsAnchorScoreFive() {
      assertProblems("anchor-score-five",
          "banks/anchor-score-five.yaml:15:7: anchor score must be 1, 2, 3 or 4, got '5'");
    }

    @Test
    void reportsEmptyAnchorText() {
      assertProblems("anchor-empty-text",
          "banks/anchor-empty-text.yaml:12:9: anchor 2 is empty");
    }

    @Test
    void reportsUnknownLevelInAnchorOverrides() {
      assertProblems("unknown-level-anchor",
          "banks/unknown-level-anchor.yaml:16:7: unknown level 'directr' (did you mean "
              + "'director'?); levels are engineering-manager, director, vp, cto");
    }
  }

  // ---- question values --------------------------------------------------------------------

  @Nested
  class QuestionValues {

    @Test
    void reportsMinutesAboveRange() {
      assertProblems("minutes-too-high",
          "banks/minutes-too-high.yaml:21:14: 'minutes' must be between 1 and 120, got 121");
    }

    @Test
    void reportsMinutesZero() {
      assertProblems("minutes-zero",
          "banks/minutes-zero.yaml:21:14: 'minutes' must be between 1 and 120, got 0");
    }

    @Test
    void reportsMinutesAsWords() {
      assertProblems("minutes-text",
          "banks/minutes-text.yaml:21:14: 'minutes' must be a whole number, got 'ten'");
    }

    @Test
    void reportsMinutesTooLargeForAnyNumber() {
      assertProblems("minutes-huge",
          "banks/minutes-huge.yaml:21:14: 'minutes' must be a whole number, got "
              + "'99999999999999999999'");
    }

    @Test
    void reportsUnknownLevelsWithSuggestions() {
      assertProblems("unknown-level",
          "banks/unknown-level.yaml:19:28: unknown level 'cfo' (did you mean 'cto'?); levels "
              + "are engineering-manager, director, vp, cto",
          "banks/unknown-level.yaml:19:33: unknown level 'directr' (did you mean 'director'?); "
              + "levels are engineering-manager, director, vp, cto");
    }

    @Test
    void reportsEmptyLevels() {
      assertProblems("empty-levels",
          "banks/empty-levels.yaml:19:13: 'levels' needs at least 1 item, got 0");
    }

    @Test
    void reportsUnknownKindWithSuggestion() {
      assertProblems("unknown-kind",
          "banks/unknown-kind.yaml:20:11: unknown kind 'senario' (did you mean 'scenario'?); "
              + "kinds are behavioural, scenario, exercise, design");
    }

    @Test
    void reportsExerciseWithoutCandidateBrief() {
      assertProblems("exercise-without-brief",
          "banks/exercise-without-brief.yaml:17:5: an exercise needs a 'candidate_brief' to "
              + "hand to the candidate");
    }

    @Test
    void reportsTooFewFollowUps() {
      assertProblems("too-few-follow-ups",
          "banks/too-few-follow-ups.yaml:24:7: 'follow_ups' needs at least 2 items, got 1");
    }

    @Test
    void reportsTooFewSignals() {
      assertProblems("too-few-signals",
          "banks/too-few-signals.yaml:27:7: 'signals' needs at least 3 items, got 2");
    }

    @Test
    void reportsTooFewRedFlags() {
      assertProblems("too-few-red-flags",
          "banks/too-few-red-flags.yaml:31:7: 'red_flags' needs at least 2 items, got 1");
    }
  }

  // ---- hostile input ----------------------------------------------------------------------

  @Nested
  class Hostile {

    private static final String TRIPWIRE = "interviewkit.test.tripwire";

    @Test
    void refusesJavaFileTag() {
      assertProblems("java-file-tag",
          "banks/java-file-tag.yaml:2:8: tag '!!java.io.File' is not allowed; only plain text, "
              + "numbers, lists and mappings are read");
    }

    @Test
    void refusesGlobalTagWithoutLoadingTheClass() {
      assertProblems("global-tag",
          "banks/global-tag.yaml:2:8: tag '!!dev.interviewkit.bank.Tripwire' is not allowed; "
              + "only plain text, numbers, lists and mappings are read");
      assertNull(System.getProperty(TRIPWIRE), "the tagged class was loaded or built");
    }

    @Test
    void refusesLocalTag() {
      assertProblems("local-tag",
          "banks/local-tag.yaml:2:8: tag '!shout' is not allowed; only plain text, numbers, "
              + "lists and mappings are read");
    }

    @Test
    void refusesAliasBombQuicklyAtTheFirstAliasOverTheLimit() {
      List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(2),
          () -> problems("alias-bomb"));
      assertEquals(List.of("banks/alias-bomb.yaml:5:14: too many aliases (the limit is "
          + YamlSource.MAX_ALIASES + "); refusing a possible alias bomb"), problems);
    }

    @Test
    void refusesAliasInsideTheNodeItNames() {
      List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(2),
          () -> problems("recursive-alias"));
      assertEquals(List.of("banks/recursive-alias.yaml:19:13: alias '*loop' is used inside the "
          + "node it names; a structure cannot contain itself"), problems);
    }

    @Test
    void refusesNestingHundredLevelsDeepAtTheFirstLevelOverTheLimit() {
      assertProblems("deep-nesting",
          "banks/deep-nesting.yaml:2:47: lists and mappings nest deeper than the limit of "
              + YamlSource.MAX_DEPTH + " levels");
    }

    @Test
    void refusesBlockNestingHundredLevelsDeep() {
      StringBuilder yaml = new StringBuilder("bank: deep\ntitle:\n");
      for (int i = 1; i <= 100; i++) {
        yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
      }
      yaml.append("  ".repeat(101)).append("end\n");
      assertEquals(List.of("banks/deep.yaml:42:81: lists and mappings nest deeper than the limit of "
              + YamlSource.MAX_DEPTH + " levels"),
          problemsOf(inMemory("banks/deep.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void refusesFileOverFourMegabytesNamingTheLimit() {
      byte[] bytes = new byte[YamlSource.MAX_BYTES + 1];
      Arrays.fill(bytes, (byte) '#');
      assertEquals(List.of("banks/big.yaml: file is larger than the limit of 4 MB (4194304 bytes)"),
          problemsOf(inMemory("banks/big.yaml", bytes)));
    }

    @Test
    void stopsReadingEndlessInputAtTheLimit() {
      AtomicLong read = new AtomicLong();
      InputStream endless = new InputStream() {
        @Override
        public int read() {
          read.incrementAndGet();
          return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
          Arrays.fill(b, off, off + len, (byte) 'a');
          read.addAndGet(len);
          return len;
        }
      };
      List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> problemsOf(new BankSource("banks/endless.yaml", "question-banks", () -> endless)));
      assertEquals(List.of("banks/endless.yaml: file is larger than the limit of 4 MB "
          + "(4194304 bytes)"), problems);
      assertTrue(read.get() <= YamlSource.MAX_BYTES + 1L, "read " + read.get() + " bytes");
    }

    @Test
    void reportsUnreadableSourceAsProblem() {
      BankSource broken = new BankSource("banks/broken.yaml", "question-banks", () -> {
        throw new IOException("disk on fire");
      });
      assertEquals(List.of("banks/broken.yaml: cannot read: disk on fire"), problemsOf(broken));
    }

    @Test
    void loadStrictThrowsOnlyInvalidInputWithEveryProblemSorted() {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> BankCatalog.loadStrict(List.of(fixture("unknown-level"), fixture("utf16"))));
      assertEquals(List.of(
          "banks/unknown-level.yaml:19:28: unknown level 'cfo' (did you mean 'cto'?); levels "
              + "are engineering-manager, director, vp, cto",
          "banks/unknown-level.yaml:19:33: unknown level 'directr' (did you mean 'director'?); "
              + "levels are engineering-manager, director, vp, cto",
          "banks/utf16.yaml: file is UTF-16; save it as UTF-8"),
          e.problems().stream().map(Problem::toString).toList());
    }
  }
}
