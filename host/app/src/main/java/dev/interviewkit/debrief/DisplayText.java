package dev.interviewkit.debrief;

import dev.interviewkit.render.pdf.PdfGlyphs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Panelists' text as one output format can show it: line ends made {@code \n}, a tab a space,
 * and each character the format cannot draw a visible placeholder {@code [U+XXXX]}, recorded so
 * a warning names the scorecard and field. The CSV and JSON never go through this.
 */
public final class DisplayText {

  /** Characters named in one warning. */
  static final int MAX_NAMED = 16;

  private final String format;
  private final IntPredicate canShow;
  private final Map<String, Set<Integer>> replaced = new LinkedHashMap<>();

  private DisplayText(String format, IntPredicate canShow) {
    this.format = format;
    this.canShow = canShow;
  }

  /** What the PDF renderer can print, as its preflight says. */
  public static DisplayText pdf() {
    return new DisplayText("PDF", cp -> !Character.isISOControl(cp) && PdfGlyphs.canPrint(cp));
  }

  /** What a Word file can store: any character but controls and non-characters. */
  public static DisplayText word() {
    return new DisplayText("Word file", cp -> !Character.isISOControl(cp)
        && !Character.isSurrogate((char) cp) && cp != 0xFFFE && cp != 0xFFFF);
  }

  /** {@code text} as this format shows it; {@code where} names the scorecard and field. */
  public String show(String text, String where) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    StringBuilder out = new StringBuilder(lines.length());
    lines.codePoints().forEach(cp -> {
      if (cp == '\n' || canShow.test(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(placeholder(cp));
        replaced.computeIfAbsent(where, k -> new LinkedHashSet<>()).add(cp);
      }
    });
    return out.toString();
  }

  /** The placeholder drawn for a character: {@code [U+1F600]}. */
  static String placeholder(int cp) {
    return String.format(Locale.ROOT, "[U+%04X]", cp);
  }

  /** One line per place where a character was replaced, naming the characters. */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    replaced.forEach((where, cps) -> {
      List<String> named = cps.stream().limit(MAX_NAMED).map(cp -> placeholder(cp).substring(1,
          placeholder(cp).length() - 1)).toList();
      out.add(where + ": the debrief " + format + " cannot draw " + String.join(", ", named)
          + (cps.size() > MAX_NAMED ? " and " + (cps.size() - MAX_NAMED) + " more" : "")
          + "; shown there as [U+XXXX] (the CSV and JSON keep the text)");
    });
    return out;
  }
}
