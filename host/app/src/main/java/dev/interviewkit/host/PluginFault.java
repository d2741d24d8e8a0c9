package dev.interviewkit.host;

/**
 * A call into a plugin failed: it threw, returned nothing or did not answer in time. The message
 * is one line naming the call and the fault; no stack trace is kept.
 */
final class PluginFault extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_TEXT = 200;

  PluginFault(String message) {
    this(message, null);
  }

  PluginFault(String message, Throwable cause) {
    super(message, cause, false, false);
  }

  /**
   * The root cause's class and message, on one line: line breaks and control characters are
   * escaped and long messages cut, since the text comes from plugin code.
   */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof PluginFault fault) {
      return fault.getMessage();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
  }

  /** {@code text} with control characters escaped ({@code \n}, {@code \u001B}), cut to 200. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT) + 8);
    for (int i = 0; i < text.length() && out.length() < MAX_TEXT; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
              || Character.getType(c) == Character.FORMAT) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.length() >= MAX_TEXT && out.length() < text.length() ? out + "..." : out.toString();
  }
}
