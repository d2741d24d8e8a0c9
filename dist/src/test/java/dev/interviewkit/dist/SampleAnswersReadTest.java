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
 * The banks' sample answers as kit reads them agree with an independent read of the YAML (plain
 * SnakeYAML maps), for the shipped banks and for a copy where every question has all four.
 */
class SampleAnswersReadTest {

  @TempDir Path tmp;

  @Test
  void shippedBanksReadAsTheirYamlSays() throws IOException {
    int withSamples = check(Kit.BANKS);
    assertTrue(withSamples >= 0);
  }

  @Test
  void everyQuestionOfAFullCopyReadsAsItsYamlSays() throws IOException {
    Path banks = SampleBanks.copy(tmp.resolve("banks"), List.of(1, 2, 3, 4));
    int questions;
    try (var files = Files.list(banks)) {
      questions = 0;
      for (Path f : files.toList()) {
        questions += (int) Files.readString(f).lines().filter(l -> l.startsWith("    competency:"))
            .count();
      }
    }
    assertEquals(questions, check(banks));
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
            assertTrue(expected.keySet().containsAll(List.of(2, 3)), id + " lacks a 2 or a 3");
          }
        }
      }
    }
    return with;
  }
}
