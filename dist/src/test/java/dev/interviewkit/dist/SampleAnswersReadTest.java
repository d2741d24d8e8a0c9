package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Question;
import dev.interviewkit.bank.SampleAnswer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every shipped question has its sample answers (2 and 3; all four for design and exercise
 * questions), and kit's reading of them agrees with an independent read of the YAML (plain
 * SnakeYAML maps); likewise for a copy where every question has all four.
 */
class SampleAnswersReadTest {

  @TempDir Path tmp;

  @Test
  void everyShippedQuestionHasItsSampleAnswersAsTheYamlSays() throws IOException {
    assertEquals(questions(Kit.BANKS), check(Kit.BANKS), "questions without sample answers");
  }

  private static int questions(Path folder) throws IOException {
    int questions = 0;
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        questions += (int) Files.readString(f).lines()
            .filter(l -> l.startsWith("    competency:")).count();
      }
    }
    return questions;
  }

  @Test
  void everyQuestionOfAFullCopyReadsAsItsYamlSays() throws IOException {
    Path banks = SampleBanks.copy(tmp.resolve("banks"), List.of(1, 2, 3, 4));
    assertEquals(questions(banks), check(banks));
  }

  /** Compares every question of {@code folder}; returns how many have sample answers. */
  @SuppressWarnings("unchecked")
  private static int check(Path folder) throws IOException {
    BankCatalog catalog = BankCatalog.loadStrict(BankCatalog.folder(folder, "question-banks"));
    int with = 0;
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Map<String, Object> bank = new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(Files.readString(f));
        for (Map<String, Object> raw : (List<Map<String, Object>>) bank.get("questions")) {
          String id = (String) raw.get("id");
          Question q = catalog.question(id).orElseThrow();
          Map<Integer, Map<String, Object>> samples =
              (Map<Integer, Map<String, Object>>) raw.getOrDefault("sample_answers", Map.of());
          Map<Integer, List<String>> expected = new TreeMap<>();
          samples.forEach((score, s) -> expected.put(score, List.of(
              s.get("answer").toString().strip(), s.get("why").toString().strip(),
              s.get("raise").toString().strip())));
          Map<Integer, List<String>> actual = new TreeMap<>();
          for (SampleAnswer s : q.sampleAnswers().values()) {
            actual.put(s.score(), List.of(s.answer(), s.why(), s.raise()));
          }
          assertEquals(expected, actual, f.getFileName() + ": " + id);
          if (!expected.isEmpty()) {
            with++;
            List<Integer> wanted = Question.expectedSampleScores(q.kind());
            assertTrue(expected.keySet().containsAll(wanted), id + " (" + q.kind().id()
                + ") has sample answers for " + expected.keySet() + ", not all of " + wanted);
          }
        }
      }
    }
    return with;
  }
}
