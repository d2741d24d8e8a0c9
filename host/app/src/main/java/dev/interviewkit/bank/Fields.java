package dev.interviewkit.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping, read with every fault recorded as a {@link Problem} rather than
 * thrown, so one run reports all of a file's problems. Getters return empty on a fault.
 */
public final class Fields {

  private final String path;
  private final Node node;
  private final List<Problem> problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Reader reader;
  /** Known keys already offered as the fix for an unknown key; not reported again as missing. */
  private final Set<String> suggested = new HashSet<>();

  private Fields(String path, Node node, List<Problem> problems) {
    this.path = path;
    this.node = node;
    this.problems = problems;
    this.reader = new Reader(path, problems);
  }

  /** Reads {@code node} as a mapping described as {@code what}, or records why it is not one. */
  public static Optional<Fields> of(String path, Node node, String what, List<Problem> problems) {
    if (!(node instanceof MappingNode map)) {
      problems.add(
          YamlSource.at(path, node).problem(what + " must be a mapping of keys, got " + kindOf(node)));
      return Optional.empty();
    }
    Fields fields = new Fields(path, node, problems);
    for (NodeTuple tuple : map.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        problems.add(YamlSource.at(path, key).problem("keys must be plain words, got "
            + kindOf(key)));
        continue;
      }
      String name = scalar.getValue();
      if (fields.entries.containsKey(name)) {
        Location first = YamlSource.at(path, fields.entries.get(name).getKeyNode());
        problems.add(
            YamlSource.at(path, key)
                .problem("duplicate key " + quote(name) + " (first at line " + first.line()
                    + ")"));
        continue;
      }
      fields.entries.put(name, tuple);
    }
    return Optional.of(fields);
  }

  public Location location() {
    return YamlSource.at(path, node);
  }

  public String path() {
    return path;
  }

  /** Records every key not in {@code known}, suggesting the closest known key. */
  public void allowOnly(Collection<String> known) {
    for (NodeTuple tuple : entries.values()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (!known.contains(key)) {
        Optional<String> closest = Suggestions.closest(key, known);
        closest.filter(k -> !has(k)).ifPresent(suggested::add);
        String hint = closest.map(k -> " (did you mean '" + k + "'?)").orElse("");
        problems.add(YamlSource.at(path, tuple.getKeyNode())
            .problem("unknown key " + quote(key) + hint));
      }
    }
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The value node of {@code key}, recording a problem when it is missing. */
  public Optional<Node> required(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      if (!suggested.contains(key)) {
        problems.add(location().problem("missing required key '" + key + "'"));
      }
      return Optional.empty();
    }
    return Optional.of(tuple.getValueNode());
  }

  public Optional<Node> optional(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  /** What every id looks like: lower-case words joined by hyphens. */
  public static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** A required id: text made of lower-case words joined by hyphens. */
  public Optional<String> id(String key) {
    return text(key).flatMap(value -> {
      if (!ID.matcher(value).matches()) {
        problems.add(YamlSource.at(path, required(key).orElseThrow()).problem("'" + key
            + "' must be lower-case words joined by hyphens, got " + quote(value)));
        return Optional.empty();
      }
      return Optional.of(value);
    });
  }

  /** A required, non-blank text value. */
  public Optional<String> text(String key) {
    return required(key).flatMap(v -> text(v, "'" + key + "'"));
  }

  /** An optional text value; empty when absent or faulty. */
  public Optional<String> optionalText(String key) {
    return optional(key).flatMap(v -> text(v, "'" + key + "'"));
  }

  /** A required whole number in {@code [min, max]}. */
  public Optional<Integer> integer(String key, int min, int max) {
    return required(key).flatMap(v -> reader.integer(v, "'" + key + "'", min, max));
  }

  /** An optional whole number in {@code [min, max]}, or {@code fallback} when absent. */
  public Optional<Integer> integer(String key, int min, int max, int fallback) {
    return has(key) ? integer(key, min, max) : Optional.of(fallback);
  }

  /** A required list of texts with at least {@code min} items. */
  public Optional<List<String>> texts(String key, int min) {
    return required(key).flatMap(v -> reader.texts(v, "'" + key + "'", min));
  }

  /** An optional list of texts; an empty list when absent. */
  public Optional<List<String>> optionalTexts(String key) {
    return has(key) ? texts(key, 0) : Optional.of(List.of());
  }

  /** A required list whose items are read by {@code item}; faulty items are left out. */
  public <T> Optional<List<T>> list(String key, int min, Function<Node, Optional<T>> item) {
    return required(key).flatMap(v -> reader.list(v, "'" + key + "'", min, item));
  }

  /** Reads a scalar as text, refusing numbers, booleans and nulls where text was meant. */
  public Optional<String> text(Node value, String what) {
    return reader.text(value, what);
  }

  /** Longest piece of the user's text quoted back in a message. */
  static final int QUOTE_LIMIT = 60;

  /**
   * Quotes text from the input for a message: in single quotes, control characters escaped so the
   * message stays one line and cannot steer a terminal, and cut short when long.
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (shown == QUOTE_LIMIT) {
        out.append("...");
        break;
      }
      shown++;
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029
              || Character.getType(c) == Character.FORMAT) {
            out.append(String.format("\\u%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.append('\'').toString();
  }

  /** What a node is, in words for a message: "a list", "a mapping", "a number", "text". */
  public static String kindOf(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    Tag tag = node.getTag();
    if (tag.equals(Tag.BOOL)) {
      return "a yes/no value";
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "a number";
    }
    if (tag.equals(Tag.NULL)) {
      return "nothing";
    }
    if (tag.equals(Tag.TIMESTAMP)) {
      return "a date";
    }
    return "text";
  }

  /** Reads single values, recording faults as problems. */
  public static final class Reader {

    private final String path;
    private final List<Problem> problems;

    public Reader(String path, List<Problem> problems) {
      this.path = path;
      this.problems = problems;
    }

    /** Reads a scalar as text, refusing numbers, booleans and nulls where text was meant. */
    public Optional<String> text(Node value, String what) {
      if (!(value instanceof ScalarNode scalar)) {
        problems.add(at(value).problem(what + " must be text, got " + kindOf(value)));
        return Optional.empty();
      }
      Tag tag = scalar.getTag();
      if (tag.equals(Tag.NULL)) {
        problems.add(at(value).problem(what + " is empty"));
        return Optional.empty();
      }
      if (!tag.equals(Tag.STR)) {
        problems.add(at(value).problem(what + " must be text, got " + kindOf(value) + " "
            + quote(scalar.getValue()) + "; put it in quotes"));
        return Optional.empty();
      }
      String text = scalar.getValue().strip();
      if (text.isEmpty()) {
        problems.add(at(value).problem(what + " is empty"));
        return Optional.empty();
      }
      return Optional.of(text);
    }

    public Optional<Integer> integer(Node value, String what, int min, int max) {
      if (!(value instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)) {
        String got = value instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)
            ? quote(s.getValue()) : kindOf(value);
        problems.add(at(value).problem(what + " must be a whole number, got " + got));
        return Optional.empty();
      }
      int number;
      try {
        number = Integer.parseInt(scalar.getValue().replace("_", ""));
      } catch (NumberFormatException e) {
        problems.add(at(value).problem(what + " must be a whole number, got "
            + quote(scalar.getValue())));
        return Optional.empty();
      }
      if (number < min || number > max) {
        problems.add(at(value).problem(what + " must be between " + min + " and " + max
            + ", got " + number));
        return Optional.empty();
      }
      return Optional.of(number);
    }

    public Optional<List<String>> texts(Node value, String what, int min) {
      return list(value, what, min, item -> text(item, "an item of " + what));
    }

    public <T> Optional<List<T>> list(Node value, String what, int min, Function<Node, Optional<T>> item) {
      if (!(value instanceof SequenceNode seq)) {
        problems.add(at(value).problem(what + " must be a list, got " + kindOf(value)));
        return Optional.empty();
      }
      List<T> items = new ArrayList<>();
      boolean complete = true;
      for (Node child : seq.getValue()) {
        Optional<T> read = item.apply(child);
        read.ifPresent(items::add);
        complete &= read.isPresent();
      }
      if (complete && items.size() < min) {
        problems.add(at(value).problem(what + " needs at least " + min + " item"
            + (min == 1 ? "" : "s") + ", got " + items.size()));
        return Optional.empty();
      }
      return complete ? Optional.of(items) : Optional.empty();
    }

    private Location at(Node value) {
      return YamlSource.at(path, value);
    }


  }
}
