package dev.interviewkit.bank;

import java.util.Comparator;
import java.util.Objects;

/** One fault in an input file, printed as {@code path:line:column: message}. */
public record Problem(String path, int line, int column, String message)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    message = oneLine(message);
  }

  /** Keeps a message on one line whatever text it quotes, so each problem is one output line. */
  private static String oneLine(String message) {
    StringBuilder out = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean breaks = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
      if (breaks && out == null) {
        out = new StringBuilder(message.length()).append(message, 0, i);
      }
      if (out != null) {
        out.append(breaks ? ' ' : c);
      }
    }
    return out == null ? message : out.toString();
  }

  /** A problem with the whole file rather than one place in it. */
  public static Problem inFile(String path, String message) {
    return new Problem(path, 0, 0, message);
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return (line > 0 ? path + ":" + line + ":" + column : path) + ": " + message;
  }
}
