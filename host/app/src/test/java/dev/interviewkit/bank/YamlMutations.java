package dev.interviewkit.bank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random edits of a valid YAML file for fuzzing the loaders: bit flips, deletions, duplications,
 * inserted Unicode and YAML punctuation, re-indented and swapped lines, truncation. Each edit's
 * numbers are taken modulo the file's length when applied, so any edit applies to any file and
 * jqwik can shrink a failing list of edits to the one that matters.
 */
public final class YamlMutations {

  /** What an edit does. */
  public enum Op {
    FLIP_BIT,
    SET_BYTE,
    DELETE,
    DUPLICATE,
    INSERT_TEXT,
    INSERT_TOKEN,
    INDENT,
    DEDENT,
    TAB_INDENT,
    SWAP_LINES,
    TRUNCATE,
    REPLACE_VALUE,
    INSERT_LINE
  }

  /** One edit; {@code at}, {@code length} and {@code other} are reduced modulo the input. */
  public record Edit(Op op, int at, int length, int other, String text) {}

  /** Pieces of YAML syntax and awkward characters worth dropping in anywhere. */
  static final List<String> TOKENS = List.of(
      ": ", "- ", "? ", "---\n", "...\n", "#", "&a ", "*a", "&a [x, *a]", "!!java.io.File ",
      "!!binary ", "!local ", "<<: ", "[", "]", "{", "}", ",", "\"", "'", "|\n", ">\n", "%YAML 1.1\n",
      "%TAG ! tag:x,2000:\n", "@", "`", "\t", "\n", "\r\n", "\r", "\u0000", "\u0007", "\u001b[31m",
      "\uFEFF", "\u2028", "\u0085", "\uD800", "\uDFFF", "\uFFFE", "\uD83D\uDE00", "no", "on",
      "yes", "~", "null", "1.0", "0x1F", "1:30", "2024-02-30", ".inf", "-.nan", "1e9999",
      "99999999999999999999", "\\", "\\u", "!!", "!<tag:yaml.org,2002:str> ", "? [a]\n: b\n",
      "&a {k: *a}", "*undefined", "!!java.io.File /etc/passwd", "!!set {a, b}", "[".repeat(60)
          + "]".repeat(60), "&x [a, b]", "*x", "{a: b, a: c}", "[1, 2]", "{}", "[]", "\"\"", "''",
      "|", ">-", "\"a\\nb\"", "'it''s'", "- a\n- b", "\"\\u0000\"", "\"\\x1b[2J\"");

  private YamlMutations() {}

  /** Between one and {@code max} random edits. */
  public static Arbitrary<List<Edit>> edits(int max) {
    Arbitrary<Op> op = Arbitraries.of(Op.class);
    Arbitrary<Integer> number = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<Integer> small = Arbitraries.integers().between(1, 64);
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of(TOKENS),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withChars(" \t\n-:?[]{},#&*!|>'\"%@`\\abc019").ofMinLength(1)
            .ofMaxLength(16));
    // Without edge cases: their combinations would crowd out the random edits in a short run.
    return Combinators.combine(op, number, small, number, text).as(Edit::new)
        .list().ofMinSize(1).ofMaxSize(max).withoutEdgeCases();
  }

  /** Strings made mostly of YAML's punctuation, whitespace and a few letters. */
  public static Arbitrary<String> yamlishStrings() {
    return Arbitraries.strings()
        .withChars(" \t\n\r-:?[]{},#&*!|>'\"%@`\\~.abkxyz0129\u00e9\u4e2d\uFEFF\u0000")
        .ofMaxLength(400);
  }

  /** Any text at all, including surrogates and control characters. */
  public static Arbitrary<String> anyStrings() {
    return Arbitraries.strings().all().ofMaxLength(400);
  }

  /** Any bytes at all. */
  public static Arbitrary<byte[]> anyBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
  }

  /** {@code base} with {@code edits} applied in order. */
  public static byte[] apply(byte[] base, List<Edit> edits) {
    byte[] bytes = base;
    for (Edit edit : edits) {
      bytes = apply(bytes, edit);
    }
    return bytes;
  }

  private static byte[] apply(byte[] in, Edit e) {
    int n = in.length;
    int at = n == 0 ? 0 : e.at() % n;
    int length = Math.min(e.length(), n - at);
    return switch (e.op()) {
      case FLIP_BIT -> {
        if (n == 0) {
          yield in;
        }
        byte[] out = in.clone();
        out[at] ^= (byte) (1 << (e.other() % 8));
        yield out;
      }
      case SET_BYTE -> {
        if (n == 0) {
          yield in;
        }
        byte[] out = in.clone();
        out[at] = (byte) e.other();
        yield out;
      }
      case DELETE -> splice(in, at, length, new byte[0]);
      case DUPLICATE -> {
        byte[] piece = java.util.Arrays.copyOfRange(in, at, at + length);
        int to = n == 0 ? 0 : e.other() % (n + 1);
        yield splice(in, to, 0, piece);
      }
      case INSERT_TEXT, INSERT_TOKEN -> {
        String text = e.op() == Op.INSERT_TOKEN
            ? TOKENS.get(e.other() % TOKENS.size()) : e.text();
        yield splice(in, n == 0 ? 0 : e.at() % (n + 1), 0, text.getBytes(StandardCharsets.UTF_8));
      }
      case INDENT, DEDENT, TAB_INDENT -> {
        int line = lineStart(in, at);
        if (e.op() == Op.DEDENT) {
          int spaces = 0;
          while (line + spaces < n && in[line + spaces] == ' ' && spaces < e.length()) {
            spaces++;
          }
          yield splice(in, line, spaces, new byte[0]);
        }
        byte[] pad = (e.op() == Op.TAB_INDENT ? "\t" : " ".repeat(1 + e.length() % 8))
            .getBytes(StandardCharsets.US_ASCII);
        yield splice(in, line, 0, pad);
      }
      case SWAP_LINES -> {
        List<byte[]> lines = lines(in);
        if (lines.size() < 2) {
          yield in;
        }
        int a = e.at() % lines.size();
        int b = e.other() % lines.size();
        byte[] swap = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, swap);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        lines.forEach(out::writeBytes);
        yield out.toByteArray();
      }
      case TRUNCATE -> java.util.Arrays.copyOf(in, at);
      case REPLACE_VALUE, INSERT_LINE -> {
        // Structure-aware edits, so odd values land where the loader reads a value.
        List<byte[]> lines = lines(in);
        if (lines.isEmpty()) {
          yield in;
        }
        int index = e.at() % lines.size();
        String line = new String(lines.get(index), StandardCharsets.UTF_8);
        String value = e.length() % 2 == 0 ? TOKENS.get(e.other() % TOKENS.size()) : e.text();
        if (e.op() == Op.REPLACE_VALUE) {
          int colon = line.indexOf(": ");
          int dash = line.indexOf("- ");
          int cut = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : -1;
          if (cut < 0) {
            yield in;
          }
          lines.set(index, (line.substring(0, cut) + value + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
          String indent = line.substring(0, line.length() - line.stripLeading().length());
          String key = e.other() % 3 == 0 ? "- " : e.other() % 3 == 1 ? "k: " : "";
          lines.add(index + 1, (indent + key + value + "\n").getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
        lines.forEach(out::writeBytes);
        yield out.toByteArray();
      }
    };
  }

  private static int lineStart(byte[] in, int at) {
    int i = Math.min(at, in.length);
    while (i > 0 && in[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private static List<byte[]> lines(byte[] in) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(in, start, i + 1));
        start = i + 1;
      }
    }
    if (start < in.length) {
      lines.add(java.util.Arrays.copyOfRange(in, start, in.length));
    }
    return lines;
  }

  private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
    byte[] out = new byte[in.length - remove + insert.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
    return out;
  }

  /** A test resource's bytes. */
  public static byte[] resource(String path) {
    try (InputStream in = YamlMutations.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("test resource not found: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
