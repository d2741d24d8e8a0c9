package dev.interviewkit.output;

/**
 * Text made safe for a terminal: control characters (C0 but tab and line feed, DEL, C1), line
 * and paragraph separators and bidirectional formatting characters are shown as {@code \u001B}
 * instead of being sent, so input can never move the cursor, set a title or reorder a line.
 */
public final class Terminal {

  /** Longest piece of a user's value quoted back in a message. */
  static final int QUOTE_LIMIT = 60;

  private Terminal() {}

  /** True for a character that is escaped; tab and line feed only when {@code lines}. */
  public static boolean escaped(int c, boolean lines) {
    if (c == '\t' || c == '\n') {
      return lines;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C
        || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** Every control character escaped but tab and line feed: for text of several lines. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /** Every control character escaped, line breaks too: a message that stays one line. */
  public static String oneLine(String text) {
    return escape(text, true);
  }

  /** {@link #oneLine} cut to {@value #QUOTE_LIMIT} characters with {@code ...}. */
  public static String shorten(String text) {
    String cut = text.codePointCount(0, text.length()) > QUOTE_LIMIT
        ? text.substring(0, text.offsetByCodePoints(0, QUOTE_LIMIT)) + "..." : text;
    return oneLine(cut);
  }

  private static String escape(String text, boolean lines) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = escaped(c, lines);
      if (bad && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (!bad) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }
}
