package dev.interviewkit.training;

import dev.interviewkit.bank.Fields;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.YamlSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The machine-readable key of a practice pack ({@code key.json}): each transcript's question,
 * competency and score, and the SHA-256 of every file of the pack.
 */
public record AnswerKey(String pack, String role, String round, long seed, List<Entry> entries,
    Map<String, String> sha256) {

  public static final String FILE = "key.json";
  static final int VERSION = 1;

  /** One transcript of the key. */
  public record Entry(String transcript, String question, String competency, int score) {

    public Entry {
      Objects.requireNonNull(transcript, "transcript");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(competency, "competency");
      if (score < 1 || score > 4) {
        throw new IllegalArgumentException("key score must be 1..4, got " + score);
      }
    }
  }

  public AnswerKey {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(round, "round");
    entries = List.copyOf(entries);
    sha256 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
  }

  public static AnswerKey of(PracticePack pack, Map<String, String> sha256) {
    return new AnswerKey(pack.id(), pack.roleId(), pack.round(), pack.seed(),
        pack.transcripts().stream().map(t -> new Entry(t.id(), t.question().id(),
            t.competency(), t.keyScore())).toList(), sha256);
  }

  public Optional<Entry> entry(String transcript) {
    return entries.stream().filter(e -> e.transcript().equals(transcript)).findFirst();
  }

  public String toJson() {
    StringBuilder j = new StringBuilder("{\n");
    j.append("  \"version\": ").append(VERSION).append(",\n");
    j.append("  \"pack\": ").append(Json.string(pack)).append(",\n");
    j.append("  \"role\": ").append(Json.string(role)).append(",\n");
    j.append("  \"round\": ").append(Json.string(round)).append(",\n");
    j.append("  \"seed\": ").append(seed).append(",\n");
    j.append("  \"transcripts\": [");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      j.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(Json.string(e.transcript()))
          .append(", \"question\": ").append(Json.string(e.question()))
          .append(", \"competency\": ").append(Json.string(e.competency()))
          .append(", \"score\": ").append(e.score()).append('}');
    }
    j.append("\n  ],\n  \"sha256\": {");
    int i = 0;
    for (Map.Entry<String, String> e : sha256.entrySet()) {
      j.append(i++ == 0 ? "\n" : ",\n").append("    ").append(Json.string(e.getKey()))
          .append(": ").append(Json.string(e.getValue()));
    }
    return j.append("\n  }\n}\n").toString();
  }

  /** Reads a key written by {@link #toJson()}; every fault names the file, line and column. */
  public static AnswerKey read(Path file) throws IOException {
    String path = file.toString();
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    Node root = YamlSource.parse(path, text).orElseThrow(() ->
        new InvalidInputException(List.of(Problem.inFile(path, "the key file is empty"))));
    List<Problem> problems = new ArrayList<>();
    Fields top = Fields.of(path, root, "a practice key", problems)
        .orElseThrow(() -> new InvalidInputException(problems));
    Optional<String> pack = top.text("pack");
    Optional<String> role = top.text("role");
    Optional<Node> round = top.required("round");
    Optional<String> seed = top.required("seed").map(n -> n instanceof ScalarNode s
        ? s.getValue() : "");
    Optional<List<Entry>> entries = top.list("transcripts", 1, n -> entry(path, n, problems));
    Map<String, String> sha = new LinkedHashMap<>();
    top.optional("sha256").filter(MappingNode.class::isInstance).ifPresent(n -> {
      for (NodeTuple t : ((MappingNode) n).getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
          sha.put(k.getValue(), v.getValue());
        }
      }
    });
    long seedValue = 0;
    try {
      seedValue = Long.parseLong(seed.orElse("0"));
    } catch (NumberFormatException e) {
      problems.add(top.location().problem("'seed' must be a whole number"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new AnswerKey(pack.orElseThrow(), role.orElseThrow(),
        round.map(n -> n instanceof ScalarNode s ? s.getValue() : "").orElse(""), seedValue,
        entries.orElseThrow(), sha);
  }

  private static Optional<Entry> entry(String path, Node node, List<Problem> problems) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "a transcript of the key", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    Optional<String> id = f.text("id");
    Optional<String> question = f.text("question");
    Optional<String> competency = f.text("competency");
    Optional<Integer> score = f.integer("score", 1, 4);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Entry(id.orElseThrow(), question.orElseThrow(),
        competency.orElseThrow(), score.orElseThrow()));
  }
}
