package dev.interviewkit.bank;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads a question's {@code sample_answers}: scores 1..4 mapped to answer, why and raise. */
final class SampleAnswerReader {

  static final String KEY = "sample_answers";
  private static final List<String> KEYS = List.of("answer", "why", "raise");
  /** Scores every question with sample answers must have. */
  static final List<Integer> REQUIRED = List.of(2, 3);

  private final String path;
  private final List<Problem> problems;
  private final List<Problem> warnings;

  SampleAnswerReader(String path, List<Problem> problems, List<Problem> warnings) {
    this.path = path;
    this.problems = problems;
    this.warnings = warnings;
  }

  /**
   * The sample answers of the question {@code fields}, empty map when absent (with a warning);
   * empty optional on a fault, which is recorded.
   */
  Optional<SortedMap<Integer, SampleAnswer>> read(Fields fields, Optional<String> id,
      Optional<Kind> kind) {
    String name = id.map(Fields::quote).orElse("");
    Optional<Node> maybe = fields.optional(KEY);
    if (maybe.isEmpty()) {
      warnings.add(fields.location().problem("warning: question " + name + " has no '" + KEY
          + "'"));
      return Optional.of(new TreeMap<>());
    }
    Node node = maybe.get();
    if (!(node instanceof MappingNode map)) {
      problems.add(at(node).problem("'" + KEY + "' must map scores 1-4 to an answer, got "
          + Fields.kindOf(node)));
      return Optional.empty();
    }
    int before = problems.size();
    SortedMap<Integer, SampleAnswer> answers = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : map.getValue()) {
      Node key = tuple.getKeyNode();
      String raw = key instanceof ScalarNode s ? s.getValue() : Fields.kindOf(key);
      if (key instanceof ScalarNode && !seen.add(raw)) {
        problems.add(at(key).problem("duplicate key " + Fields.quote(raw) + " in '" + KEY
            + "'"));
        continue;
      }
      boolean score = key instanceof ScalarNode s && s.getTag().equals(Tag.INT)
          && raw.matches("[1-4]");
      if (!score) {
        problems.add(at(key).problem("sample answer score must be 1, 2, 3 or 4, got "
            + (key instanceof ScalarNode ? Fields.quote(raw) : raw)));
        continue;
      }
      int value = Integer.parseInt(raw);
      one(tuple.getValueNode(), value).ifPresent(a -> answers.put(value, a));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    List<Integer> missing = REQUIRED.stream().filter(s -> !answers.containsKey(s)).toList();
    if (!missing.isEmpty()) {
      problems.add(at(node).problem("'" + KEY + "' of question " + name + " needs score"
          + plural(missing)));
      return Optional.empty();
    }
    kind.ifPresent(k -> {
      List<Integer> wanted = Question.expectedSampleScores(k).stream()
          .filter(s -> !answers.containsKey(s)).toList();
      if (!wanted.isEmpty()) {
        warnings.add(at(node).problem("warning: " + k.id() + " question " + name
            + " has no sample answer for score" + plural(wanted)));
      }
    });
    return Optional.of(answers);
  }

  private Optional<SampleAnswer> one(Node node, int score) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "sample answer " + score, problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    f.allowOnly(KEYS);
    Optional<String> answer = f.text("answer");
    Optional<String> why = f.text("why");
    Optional<String> raise = f.text("raise");
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new SampleAnswer(score, answer.orElseThrow(), why.orElseThrow(),
        raise.orElseThrow(), f.location()));
  }

  private static String plural(List<Integer> scores) {
    return (scores.size() > 1 ? "s " : " ")
        + String.join(" and ", scores.stream().map(String::valueOf).toList());
  }

  private Location at(Node node) {
    return YamlSource.at(path, node);
  }
}
