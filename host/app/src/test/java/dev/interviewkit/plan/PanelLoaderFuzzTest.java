package dev.interviewkit.plan;

import dev.interviewkit.bank.LoaderContract;
import dev.interviewkit.bank.YamlMutations;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the panel loader with mutated panels and arbitrary text: whatever the input, it loads
 * or is refused with one-line problems, in bounded time.
 */
class PanelLoaderFuzzTest {

  private static final byte[] VALID = YamlMutations.resource("panels/full.yaml");

  static void loadPanel(byte[] bytes) {
    LoaderContract.check(() -> PanelParser.parse("panels/full.yaml",
        new ByteArrayInputStream(bytes)));
  }

  @Property
  void mutatedPanelLoadsOrIsRefusedWithProblems(@ForAll("edits") List<YamlMutations.Edit> edits) {
    loadPanel(YamlMutations.apply(VALID, edits));
  }

  @Property
  void yamlPunctuationLoadsOrIsRefusedWithProblems(@ForAll("yamlish") String text) {
    loadPanel(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void anyTextLoadsOrIsRefusedWithProblems(@ForAll("anyText") String text) {
    loadPanel(text.getBytes(StandardCharsets.UTF_8));
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
}
