package dev.interviewkit.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for observation exports: objects become {@link Obj} (keys in order,
 * with the line and column each object starts at), arrays lists, numbers doubles, and
 * {@code null} {@link #NULL}. Nesting is limited, so a hostile file cannot exhaust the stack.
 */
final class JsonReader {

  static final Object NULL = new Object();
  private static final int MAX_DEPTH = 16;

  /** A JSON object and where it starts. */
  record Obj(Map<String, Object> fields, int line, int column) {}

  /** A syntax error at a line and column (1-based). */
  static final class SyntaxError extends Exception {
    final int line;
    final int column;

    SyntaxError(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private final String text;
  private int at;
  private int line = 1;
  private int lineStart;

  private JsonReader(String text) {
    this.text = text;
  }

  static Object parse(String text) throws SyntaxError {
    JsonReader r = new JsonReader(text);
    r.space();
    Object value = r.value(0);
    r.space();
    if (r.at < text.length()) {
      throw r.error("unexpected text after the JSON value");
    }
    return value;
  }

  private Object value(int depth) throws SyntaxError {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    if (at >= text.length()) {
      throw error("the file ends where a value was expected");
    }
    char c = text.charAt(at);
    if (c == '{') {
      return object(depth);
    } else if (c == '[') {
      return array(depth);
    } else if (c == '"') {
      return string();
    } else if (text.startsWith("null", at)) {
      at += 4;
      return NULL;
    } else if (text.startsWith("true", at)) {
      at += 4;
      return Boolean.TRUE;
    } else if (text.startsWith("false", at)) {
      at += 5;
      return Boolean.FALSE;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      try {
        return Double.parseDouble(text.substring(start, at));
      } catch (NumberFormatException e) {
        at = start;
        throw error("'" + text.substring(start, Math.min(text.length(), start + 20))
            + "' is not a number");
      }
    }
    throw error("unexpected character '" + c + "'");
  }

  private Obj object(int depth) throws SyntaxError {
    int startLine = line;
    int startColumn = at - lineStart + 1;
    at++;
    Map<String, Object> fields = new LinkedHashMap<>();
    space();
    if (peek('}')) {
      at++;
      return new Obj(fields, startLine, startColumn);
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw error("expected a quoted key");
      }
      String key = string();
      space();
      expect(':');
      space();
      if (fields.put(key, value(depth + 1)) != null) {
        throw error("key '" + key + "' appears twice in one object");
      }
      space();
      if (peek(',')) {
        at++;
      } else {
        expect('}');
        return new Obj(fields, startLine, startColumn);
      }
    }
  }

  private List<Object> array(int depth) throws SyntaxError {
    at++;
    List<Object> items = new ArrayList<>();
    space();
    if (peek(']')) {
      at++;
      return items;
    }
    while (true) {
      space();
      items.add(value(depth + 1));
      space();
      if (peek(',')) {
        at++;
      } else {
        expect(']');
        return items;
      }
    }
  }

  private String string() throws SyntaxError {
    at++;
    StringBuilder out = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      } else if (c == '\\') {
        if (at >= text.length()) {
          break;
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error("incomplete \\u escape");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException x) {
              throw error("bad \\u escape");
            }
            at += 4;
          }
          default -> throw error("unknown escape \\" + e);
        }
      } else if (c < 0x20) {
        throw error("a control character inside a string");
      } else {
        out.append(c);
      }
    }
    throw error("a string is not closed");
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\n') {
        line++;
        lineStart = at + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) throws SyntaxError {
    if (!peek(c)) {
      throw error(at >= text.length() ? "the file ends where '" + c + "' was expected"
          : "expected '" + c + "', found '" + text.charAt(at) + "'");
    }
    at++;
  }

  private SyntaxError error(String message) {
    return new SyntaxError(message, line, at - lineStart + 1);
  }
}
