package dev.interviewkit.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interviewkit.role.BlueprintParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the bank loader (and the role blueprint loader, which shares its YAML reading) with
 * mutated banks and arbitrary text: whatever the input, it loads or is refused with one-line
 * problems, in bounded time. Tries per property come from {@code jqwik.tries.default}
 * (300 in junit-platform.properties; see docs/SECURITY.md for a long run).
 */
class BankLoaderFuzzTest {

  private static final String SEED = "banks/full.yaml";
  private static final byte[] VALID = YamlMutations.resource(SEED);

  /** Loads {@code bytes} as the bank file {@code banks/full.yaml}; true when it loaded. */
  static boolean loadBank(byte[] bytes) {
    BankSource source = new BankSource(SEED, "question-banks",
        () -> new ByteArrayInputStream(bytes));
    Optional<BankCatalog> loaded = LoaderContract.check(
        () -> BankCatalog.loadStrict(List.of(source)));
    loaded.ifPresent(catalog -> assertEquals(1, catalog.banks().size(),
        "no problem reported, yet no bank loaded"));
    return loaded.isPresent();
  }

  @Property
  void mutatedBankLoadsOrIsRefusedWithProblems(@ForAll("edits") List<YamlMutations.Edit> edits) {
    boolean loaded = loadBank(YamlMutations.apply(VALID, edits));
    Statistics.collect(loaded ? "loaded" : "refused");
    // Both outcomes must occur, or the edits are too timid or too wild to test much.
    Statistics.coverage(coverage -> {
      coverage.check("loaded").count(n -> n > 0);
      coverage.check("refused").count(n -> n > 0);
    });
  }

  @Property
  void yamlPunctuationLoadsOrIsRefusedWithProblems(@ForAll("yamlish") String text) {
    loadBank(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void anyTextLoadsOrIsRefusedWithProblems(@ForAll("anyText") String text) {
    loadBank(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void anyBytesLoadOrAreRefusedWithProblems(@ForAll("anyBytes") byte[] bytes) {
    loadBank(bytes);
  }

  @Property
  void blueprintLoaderRefusesArbitraryTextWithProblems(@ForAll("yamlish") String text) {
    LoaderContract.check(() -> BlueprintParser.parse("role.yaml",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Provide
  Arbitrary<List<YamlMutations.Edit>> edits() {
    return YamlMutations.edits(8);
  }

  @Provide
  Arbitrary<String> yamlish() {
    return YamlMutations.yamlishStrings();
  }

  @Provide
  Arbitrary<String> anyText() {
    return YamlMutations.anyStrings();
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return YamlMutations.anyBytes();
  }
}
