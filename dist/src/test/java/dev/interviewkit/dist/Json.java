package dev.interviewkit.dist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for tests: objects as maps, arrays as lists, numbers as longs, true and
 * false as booleans, null as null.
 */
final class Json {

  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    Json j = new Json(text);
    Object value = j.value();
    j.space();
    if (j.at != text.length()) {
      throw new IllegalArgumentException("trailing text at " + j.at);
    }
    return value;
  }

  private Object value() {
    space();
    char c = text.charAt(at);
    for (String literal : new String[] {"true", "false", "null"}) {
      if (text.startsWith(literal, at)) {
        at += literal.length();
        return literal.equals("null") ? null : Boolean.valueOf(literal);
      }
    }
    if (c == '{') {
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      space();
      if (text.charAt(at) == '}') {
        at++;
        return map;
      }
      do {
        space();
        String key = string();
        space();
        expect(':');
        map.put(key, value());
        space();
      } while (text.charAt(at++) == ',');
      if (text.charAt(at - 1) != '}') {
        throw new IllegalArgumentException("expected } at " + at);
      }
      return map;
    }
    if (c == '[') {
      List<Object> list = new ArrayList<>();
      at++;
      space();
      if (text.charAt(at) == ']') {
        at++;
        return list;
      }
      do {
        list.add(value());
        space();
      } while (text.charAt(at++) == ',');
      if (text.charAt(at - 1) != ']') {
        throw new IllegalArgumentException("expected ] at " + at);
      }
      return list;
    }
    if (c == '"') {
      return string();
    }
    int start = at;
    while (at < text.length() && "-0123456789".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw new IllegalArgumentException("unexpected '" + c + "' at " + at);
    }
    return Long.parseLong(text.substring(start, at));
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (text.charAt(at) != '"') {
      char c = text.charAt(at++);
      if (c == '\\') {
        char e = text.charAt(at++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(e);
        }
      } else {
        out.append(c);
      }
    }
    at++;
    return out.toString();
  }

  private void expect(char c) {
    if (text.charAt(at) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + at);
    }
    at++;
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
