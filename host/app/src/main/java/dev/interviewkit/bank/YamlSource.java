package dev.interviewkit.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads untrusted YAML into a node tree without constructing any object, within fixed limits, so
 * every later message can name a line and column.
 */
public final class YamlSource {

  /** Largest input accepted, in bytes. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  static final int MAX_ALIASES = 20;
  static final int MAX_DEPTH = 40;

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);

  private YamlSource() {}

  /**
   * Parses {@code in} as one YAML document.
   *
   * @param path the name used in messages
   * @return the root node, or empty when the file holds no document
   * @throws InvalidInputException for unreadable bytes, syntax errors, limits and foreign tags
   */
  public static Optional<Node> parse(String path, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw fail(Problem.inFile(path, "file is larger than the limit of " + MAX_BYTES + " bytes"));
    }
    return parse(path, decode(path, bytes));
  }

  /** Parses already-decoded text; see {@link #parse(String, InputStream)}. */
  public static Optional<Node> parse(String path, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String message = describe(e);
      throw fail(
          mark == null
              ? Problem.inFile(path, message)
              : new Problem(path, mark.getLine() + 1, mark.getColumn() + 1, message));
    } catch (YAMLException e) {
      throw fail(Problem.inFile(path, limitMessage(e.getMessage())));
    }
    if (root == null) {
      return Optional.empty();
    }
    checkTags(path, root, 0);
    return Optional.of(root);
  }

  private static String decode(String path, byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      throw fail(Problem.inFile(path, "file is UTF-16; save it as UTF-8"));
    }
    java.nio.charset.CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      int column = 1;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      throw fail(
          new Problem(
              path,
              line,
              column,
              String.format(
                  "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF)));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static void checkTags(String path, Node node, int depth) {
    if (!PLAIN_TAGS.contains(node.getTag())) {
      throw fail(
          at(path, node).problem("tag '" + shortTag(node.getTag()) + "' is not allowed; "
              + "banks hold plain text, numbers and lists only"));
    }
    if (node instanceof MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        checkTags(path, tuple.getKeyNode(), depth + 1);
        checkTags(path, tuple.getValueNode(), depth + 1);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        checkTags(path, item, depth + 1);
      }
    }
  }

  private static String shortTag(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "tab character used for indentation; indent with spaces";
    }
    String message = problem.isEmpty() ? context : problem;
    if (context.startsWith("found duplicate key") || problem.startsWith("found duplicate key")) {
      return message;
    }
    return "YAML syntax error: " + limitMessage(message.replace('\n', ' ').trim());
  }

  private static String limitMessage(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    if (message.contains("aliases")) {
      return "too many aliases (more than " + MAX_ALIASES + "); refusing a possible alias bomb";
    }
    if (message.contains("Nesting Depth")) {
      return "nesting deeper than " + MAX_DEPTH + " levels";
    }
    if (message.contains("code points")) {
      return "file is larger than the limit of " + MAX_BYTES + " characters";
    }
    return message;
  }

  /** Where {@code node} starts. */
  public static Location at(String path, Node node) {
    Mark mark = node.getStartMark();
    return mark == null
        ? new Location(path, 0, 0)
        : new Location(path, mark.getLine() + 1, mark.getColumn() + 1);
  }

  static InvalidInputException fail(Problem problem) {
    return new InvalidInputException(List.of(problem));
  }
}
