package dev.interviewkit.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads untrusted YAML into a node tree without constructing any object, within fixed limits, so
 * every later message can name a line and column.
 */
public final class YamlSource {

  /** Largest input accepted, in bytes. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** Most aliases to lists or mappings in one file: refuses "billion laughs" alias bombs. */
  static final int MAX_ALIASES = 20;
  /** Deepest nesting of lists and mappings accepted. */
  static final int MAX_DEPTH = 40;

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);
  private static final String ALLOWED = "only plain text, numbers, lists and mappings are read";
  private static final Pattern FOUND_CHARACTER =
      Pattern.compile("found character '(.*)' that cannot start any token.*", Pattern.DOTALL);
  private static final Pattern FLOW_END =
      Pattern.compile("expected ',' or '([\\]}])', but got (.*)", Pattern.DOTALL);
  private static final Pattern UNKNOWN_ESCAPE =
      Pattern.compile("found unknown escape character .*\\((\\d{1,7})\\)", Pattern.DOTALL);
  private static final Pattern DOCUMENT_START =
      Pattern.compile("expected '<document start>', but found '?(.*?)'?", Pattern.DOTALL);
  private static final Pattern NODE_CONTENT =
      Pattern.compile("expected the node content, but found '?(.*?)'?", Pattern.DOTALL);
  private static final Pattern BLOCK_END =
      Pattern.compile("expected <block end>, but found '?(.*?)'?", Pattern.DOTALL);

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
      throw fail(Problem.inFile(path, "file is larger than the limit of "
          + (MAX_BYTES / (1024 * 1024)) + " MB (" + MAX_BYTES + " bytes)"));
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
      throw fail(syntaxProblem(path, e));
    } catch (ReaderException e) {
      throw fail(unreadableCharacter(path, text));
    } catch (YAMLException e) {
      String message = limitMessage(e.getMessage());
      Optional<Mark> at = message.startsWith("too many aliases") ? limitMark(text, true)
          : message.startsWith("lists and mappings nest") ? limitMark(text, false)
          : Optional.empty();
      throw fail(at.map(m -> new Problem(path, m.getLine() + 1, m.getColumn() + 1, message))
          .orElseGet(() -> Problem.inFile(path, message)));
    } catch (RuntimeException e) {
      // A fault inside the YAML library must still reach the user as a problem, not a trace.
      throw fail(Problem.inFile(path, "unreadable YAML (" + e.getClass().getSimpleName() + ")"));
    }
    if (root == null) {
      return Optional.empty();
    }
    checkTags(path, root, Collections.newSetFromMap(new IdentityHashMap<>()),
        Collections.newSetFromMap(new IdentityHashMap<>()));
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
    if (bytes.length >= start + 2 && (bytes[start] == 0 || bytes[start + 1] == 0)) {
      throw fail(Problem.inFile(path, "file is UTF-16 or UTF-32 (it holds NUL bytes); "
          + "save it as UTF-8"));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
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
    return out.flip().toString();
  }

  /** Names the first character YAML refuses (control characters, NUL), with its place. */
  private static Problem unreadableCharacter(String path, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!StreamReader.isPrintable(c)) {
        String name = String.format("U+%04X", c);
        return new Problem(path, line, column, "character " + name + " is not allowed in YAML"
            + (c == 0 ? "; is the file UTF-16? save it as UTF-8" : "; remove it"));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return Problem.inFile(path, "the file holds a character YAML does not allow");
  }

  /**
   * Refuses tags other than the plain ones, merge keys, and aliases that point into their own
   * node (a structure that never ends).
   */
  private static void checkTags(String path, Node node, Set<Node> open, Set<Node> done) {
    if (done.contains(node)) {
      return;
    }
    if (!open.add(node)) {
      String anchor = node.getAnchor() == null ? "" : " '*" + node.getAnchor() + "'";
      throw fail(at(path, node).problem("alias" + anchor + " is used inside the node it names; "
          + "a structure cannot contain itself"));
    }
    if (node.getTag().equals(Tag.MERGE)) {
      throw fail(at(path, node).problem("merge key '<<' is not supported; write the keys out"));
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      throw fail(at(path, node).problem("tag '" + shortTag(node.getTag()) + "' is not allowed; "
          + ALLOWED));
    }
    if (node instanceof MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        checkTags(path, tuple.getKeyNode(), open, done);
        checkTags(path, tuple.getValueNode(), open, done);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        checkTags(path, item, open, done);
      }
    }
    open.remove(node);
    done.add(node);
  }

  private static String shortTag(Tag tag) {
    return shortTag(tag.getValue());
  }

  private static String shortTag(String value) {
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }

  /** A syntax error in the user's words, at the place that best shows the fault. */
  private static Problem syntaxProblem(String path, MarkedYAMLException e) {
    String problem = oneLine(e.getProblem());
    String context = oneLine(e.getContext());
    Mark problemMark = e.getProblemMark();
    Mark contextMark = e.getContextMark();
    Mark mark = problemMark != null ? problemMark : contextMark;
    String message;
    Matcher m;
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      message = "tab character where YAML needs spaces; indent and separate with spaces";
    } else if (problem.startsWith("Global tag is not allowed:")) {
      String tag = problem.substring("Global tag is not allowed:".length()).strip();
      message = "tag '" + shortTag(tag) + "' is not allowed; " + ALLOWED;
    } else if (problem.contains("another document")
        || context.contains("expected a single document")) {
      message = "a second YAML document starts here; a file holds one document";
    } else if (problem.startsWith("found duplicate key") || context.startsWith("found duplicate key")) {
      message = problem.isEmpty() ? context : problem;
    } else if (context.contains("quoted scalar") && problem.contains("end of stream")
        && contextMark != null) {
      mark = contextMark;
      message = "quoted text is never closed; add the closing quote";
    } else if (problem.startsWith("found undefined alias")) {
      String name = problem.substring("found undefined alias".length()).strip();
      message = "alias '*" + name + "' names no anchor '&" + name + "' above it";
    } else if ((m = FOUND_CHARACTER.matcher(problem)).matches()) {
      message = "YAML syntax error: '" + m.group(1) + "' cannot start unquoted text; "
          + "put the text in quotes";
    } else if (problem.startsWith("mapping values are not allowed")) {
      message = "YAML syntax error: ': ' is not allowed here; put text holding ': ' in quotes, "
          + "or check the indentation";
    } else if ((m = FLOW_END.matcher(problem)).matches()) {
      String open = m.group(1).equals("]") ? "'['" : "'{'";
      String where = contextMark == null ? "" : " opened at line " + (contextMark.getLine() + 1);
      message = "YAML syntax error: the " + open + where + " expects ',' or '" + m.group(1)
          + "' here, found " + token(m.group(2)) + "; quote items holding ':', '?', '#' or "
          + "brackets";
    } else if (problem.startsWith("could not find expected ':'") && contextMark != null) {
      mark = contextMark;
      message = "YAML syntax error: this line needs ':' after its key; write 'key: value', or "
          + "indent text that continues the line above";
    } else if ((m = DOCUMENT_START.matcher(problem)).matches()) {
      message = "YAML syntax error: found " + token(m.group(1)) + " after the top-level "
          + "content ended; check this line's indentation";
    } else if ((m = NODE_CONTENT.matcher(problem)).matches()) {
      message = "YAML syntax error: expected a value, found " + token(m.group(1));
    } else if (problem.startsWith("sequence entries are not allowed here")) {
      message = "YAML syntax error: a list item '- ' cannot start here; put it on its own line "
          + "or quote the text";
    } else if (problem.startsWith("expected chomping or indentation indicators")
        || problem.startsWith("expected indentation indicator")) {
      message = "YAML syntax error: after '|' or '>' only '-', '+' or a digit 1-9 may follow on "
          + "the same line";
    } else if (problem.startsWith("found unknown escape character")
        || problem.startsWith("expected escape sequence")) {
      m = UNKNOWN_ESCAPE.matcher(problem);
      int code = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      String escape = Character.isValidCodePoint(code)
          ? Fields.quote("\\" + new String(Character.toChars(code))) + " " : "";
      message = "YAML syntax error: unknown escape " + escape + "in double-quoted text; write "
          + "'\\\\' for a backslash, or use single quotes";
    } else if ((m = BLOCK_END.matcher(problem)).matches()) {
      message = "YAML syntax error: found " + token(m.group(1)) + " that does not fit the "
          + "lines above; check the indentation and quotes";
    } else {
      message = "YAML syntax error: " + limitMessage(problem.isEmpty() ? context : problem);
    }
    return mark == null
        ? Problem.inFile(path, message)
        : new Problem(path, mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  /** A parser token in plain words. */
  private static String token(String token) {
    String t = token.strip();
    if (t.startsWith("'") && t.endsWith("'") && t.length() >= 2) {
      t = t.substring(1, t.length() - 1);
    }
    return switch (t) {
      case "<scalar>" -> "text";
      case "<block mapping start>", "?", "<key>" -> "a key";
      case "<block sequence start>", "-", "<block entry>" -> "a list item";
      case "<stream end>" -> "the end of the file";
      case "<document start>", "---" -> "'---'";
      case "<document end>", "..." -> "'...'";
      case "," -> "','";
      case "]", "<flow sequence end>" -> "']'";
      case "}", "<flow mapping end>" -> "'}'";
      case "<flow sequence start>", "[" -> "'['";
      case "<flow mapping start>", "{" -> "'{'";
      case "<alias>" -> "an alias";
      case "<anchor>" -> "an anchor";
      case "<tag>" -> "a tag";
      default -> "'" + t + "'";
    };
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  /**
   * Where a limit the composer enforced without saying where was crossed: the first alias of a
   * list or mapping over {@link #MAX_ALIASES}, or the first list or mapping nested deeper than
   * {@link #MAX_DEPTH}. Found from the parser's events, which hold no expanded aliases.
   */
  private static Optional<Mark> limitMark(String text, boolean aliases) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    Set<String> collections = new HashSet<>();
    int depth = 0;
    int count = 0;
    try {
      for (Event event : new Yaml(options).parse(new StringReader(text))) {
        if (event instanceof CollectionStartEvent start) {
          depth++;
          if (start.getAnchor() != null) {
            collections.add(start.getAnchor());
          }
          if (!aliases && depth > MAX_DEPTH) {
            return Optional.ofNullable(event.getStartMark());
          }
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        } else if (aliases && event instanceof AliasEvent alias
            && collections.contains(alias.getAnchor()) && ++count > MAX_ALIASES) {
          return Optional.ofNullable(event.getStartMark());
        }
      }
    } catch (RuntimeException e) {
      // Only a better location was sought: the problem is reported without one.
    }
    return Optional.empty();
  }

  private static String limitMessage(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    if (message.contains("aliases")) {
      return "too many aliases (the limit is " + MAX_ALIASES + "); refusing a possible alias bomb";
    }
    if (message.contains("Nesting Depth")) {
      return "lists and mappings nest deeper than the limit of " + MAX_DEPTH + " levels";
    }
    if (message.contains("code points")) {
      return "file is larger than the limit of " + MAX_BYTES + " characters";
    }
    return oneLine(message);
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
