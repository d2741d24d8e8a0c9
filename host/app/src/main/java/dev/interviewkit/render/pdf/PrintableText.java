package dev.interviewkit.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the PDF renderer can print of any text a person typed, for documents that must print it
 * rather than refuse it (the debrief quoting evidence). Documents the kit generates are refused
 * instead when they hold such text (exit 8); see {@code docs/cli.md}.
 */
public final class PrintableText {

  /** Printed for a character no font has: U+FFFD, drawn by DejaVu Sans as a visible mark. */
  public static final String PLACEHOLDER = "\uFFFD";

  private PrintableText() {}

  /**
   * Whether the fonts can draw {@code codePoint} in regular and in bold text (DejaVu Sans, then
   * the fallback fonts for what it lacks), or it is invisible.
   */
  public static boolean canPrint(int codePoint) {
    if (Character.getType(codePoint) == Character.FORMAT) {
      return true; // invisible marks such as U+200F, which steer the bidi layout and draw nothing
    }
    return !Character.isISOControl(codePoint)
        && Fonts.drawing(codePoint, false).isPresent()
        && Fonts.drawing(codePoint, true).isPresent();
  }

  /**
   * The characters of {@code text} that {@link #printable} replaces by the placeholder, each once,
   * in order of first appearance; line breaks and tabs are not among them.
   */
  public static List<Integer> unprintable(String text) {
    Set<Integer> found = new LinkedHashSet<>();
    text.codePoints()
        .filter(cp -> cp != '\n' && cp != '\r' && cp != '\t' && !canPrint(cp))
        .forEach(found::add);
    return new ArrayList<>(found);
  }

  /**
   * {@code text} as the PDF renderer can print it: line ends as {@code \n}, a tab as a space, and
   * any other character no font has (an emoji, a control character) as {@link
   * #PLACEHOLDER}. Right-to-left text is kept as it is: the renderer lays it out.
   */
  public static String printable(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(lines.length());
    lines.codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append('\n');
      } else if (cp == '\t') {
        out.append(' ');
      } else if (canPrint(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(PLACEHOLDER);
      }
    });
    return out.toString();
  }
}
