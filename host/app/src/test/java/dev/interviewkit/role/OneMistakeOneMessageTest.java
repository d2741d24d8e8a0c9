package dev.interviewkit.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.plan.Shipped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One typo in one shipped bank, checked with every other shipped bank and the four role
 * blueprints, as {@code kit validate} does: exactly one problem, at the typo, and nothing about
 * the competencies or the bank the broken file defines.
 */
class OneMistakeOneMessageTest {

  private static final String BANK = "delivery-execution";

  /** The shipped banks with the first {@code from} of {@code delivery-execution.yaml} replaced. */
  private static List<BankSource> shippedWith(String from, String to) throws IOException {
    List<BankSource> sources = new ArrayList<>();
    Path folder = Shipped.ROOT.resolve("question-banks");
    for (BankSource s : BankCatalog.folder(folder, "question-banks")) {
      if (!s.path().endsWith(BANK + ".yaml")) {
        sources.add(s);
        continue;
      }
      String text = Files.readString(Path.of(s.path()), StandardCharsets.UTF_8);
      assertTrue(text.contains(from), "the bank no longer contains " + from);
      byte[] broken = text.replaceFirst(java.util.regex.Pattern.quote(from),
          java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8);
      sources.add(new BankSource(s.path(), "question-banks",
          () -> new ByteArrayInputStream(broken)));
    }
    return sources;
  }

  /** Every problem the banks and the four blueprints give together, one line each. */
  private static List<String> validate(List<BankSource> sources) {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BankCatalog.load(sources, problems);
    for (RoleDefinition role : Shipped.roles()) {
      problems.addAll(BlueprintChecker.check(role, catalog));
    }
    return problems.stream().sorted().distinct().map(p -> p.toString()
        .replaceFirst("^.*/question-banks/", "")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a misspelt key in a competency|    anchors:|    anchros:"
          + "|delivery-execution.yaml:17:5: unknown key 'anchros' (did you mean 'anchors'?)",
      "a misspelt competency id key|  - id: delivery-predictability|  - di: delivery-predictability"
          + "|delivery-execution.yaml:12:5: unknown key 'di' (did you mean 'id'?)",
      "a misspelt top-level key|competencies:|competences:"
          + "|delivery-execution.yaml:11:1: unknown key 'competences' (did you mean 'competencies'?)",
      "a misspelt bank key|bank: delivery-execution|bnak: delivery-execution"
          + "|delivery-execution.yaml:1:1: unknown key 'bnak' (did you mean 'bank'?)",
      "a misspelt question key|    prompt:|    promt:"
          + "|delivery-execution.yaml:267:5: unknown key 'promt' (did you mean 'prompt'?)",
      "a YAML syntax error|      1: >|      1 >"
          + "|delivery-execution.yaml:21:8: YAML syntax error: ': ' is not allowed here; put text "
          + "holding ': ' in quotes, or check the indentation"})
  void oneTypoInABankGivesExactlyOneMessage(String what, String from, String to, String expected)
      throws IOException {
    assertEquals(List.of(expected), validate(shippedWith(from, to)));
  }

  @Test
  void aBankThatFailedStillDefinesItsGoodCompetenciesForOtherBanks() throws IOException {
    // systems-design's also_assesses names delivery-predictability, defined by the broken bank.
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BankCatalog.load(shippedWith("    prompt:", "    promt:"), problems);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(catalog.bank(BANK).isEmpty(), "a bank with a problem is not planned from");
    assertTrue(catalog.failedBank(BANK));
    assertTrue(catalog.explainsMissingCompetency("delivery-predictability"));
    assertTrue(catalog.bank("systems-design").isPresent(),
        "a bank referring to the broken bank's competencies still loads");
  }

  @Test
  void aReferenceToACompetencyNoBankDefinesIsStillReported() throws IOException {
    List<String> problems = validate(shippedWith("competency: delivery-predictability",
        "competency: delivery-predictabilty"));
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("competency 'delivery-predictabilty' is not defined in "
        + "bank 'delivery-execution' (did you mean 'delivery-predictability'?)"), problems::toString);
  }
}
