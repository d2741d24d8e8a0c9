package dev.interviewkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Column widths measured from a table's cells, shared by the PDF and Word renderers: a column is
 * never narrower than its longest word (measured with the real font at the real size), a number
 * stays with its unit ("60 min"), and the width left over goes to the columns in proportion to
 * how much longer their text is than their longest word. A table too wide even so is set smaller,
 * down to {@link #SMALLEST} points.
 */
public final class TableFit {

  /** The smallest type size a table is set in to make its words fit. */
  public static final float SMALLEST = 7.5f;

  private static final float STEP = 0.5f;
  private static final Pattern NUMBER_END = Pattern.compile(".*\\d[%)]?");
  private static final Pattern UNIT =
      Pattern.compile("(?:min|mins|minutes|h|hrs|hours|days?|weeks?|months?|years?|pt|am|pm|AM"
          + "|PM|%)[,.;:)]*");

  /** The width of a text in points. */
  @FunctionalInterface
  public interface Metrics {
    float width(String text, boolean bold, float size);
  }

  /**
   * Column widths in points and the type size they were measured at.
   *
   * @param fits whether every word fits its column whole at this size
   */
  public record Fit(float[] widths, float size, boolean fits) {}

  private TableFit() {}

  /**
   * Fits a table into {@code available} points; {@code padding} is each cell's left plus right
   * padding and borders. The header is measured in bold.
   */
  public static Fit fit(List<String> header, List<List<String>> rows, float available,
      float padding, float size, Metrics metrics) {
    float s = size;
    while (true) {
      Fit fit = fitAt(header, rows, available, padding, s, metrics);
      if (fit.fits() || s - STEP < SMALLEST - 0.01f) {
        return fit;
      }
      s = Math.max(SMALLEST, s - STEP);
    }
  }

  private static Fit fitAt(List<String> header, List<List<String>> rows, float available,
      float padding, float size, Metrics metrics) {
    int columns = header.size();
    float[] min = new float[columns];
    float[] natural = new float[columns];
    for (int c = 0; c < columns; c++) {
      measure(header.get(c), true, size, metrics, min, natural, c);
      for (List<String> row : rows) {
        measure(row.get(c), false, size, metrics, min, natural, c);
      }
      min[c] += padding;
      natural[c] = Math.max(natural[c] + padding, min[c]);
    }
    float minSum = sum(min);
    float naturalSum = sum(natural);
    float[] widths = new float[columns];
    if (minSum > available) {
      for (int c = 0; c < columns; c++) {
        widths[c] = min[c] * available / minSum;
      }
      return new Fit(widths, size, false);
    }
    if (naturalSum <= available) {
      for (int c = 0; c < columns; c++) {
        widths[c] = natural[c] + (available - naturalSum) * natural[c] / naturalSum;
      }
    } else {
      share(min, natural, available, widths);
    }
    return new Fit(widths, size, true);
  }

  /**
   * Narrow columns get their whole text on one line first (a column whose text fits in its fair
   * share of what is left), then the others share the rest beyond their longest words in
   * proportion to how much longer their text is.
   */
  private static void share(float[] min, float[] natural, float available, float[] widths) {
    int columns = min.length;
    boolean[] set = new boolean[columns];
    boolean changed = true;
    while (changed) {
      changed = false;
      float left = available;
      float minOfOthers = 0;
      int others = 0;
      for (int c = 0; c < columns; c++) {
        if (set[c]) {
          left -= widths[c];
        } else {
          minOfOthers += min[c];
          others++;
        }
      }
      for (int c = 0; c < columns && others > 1; c++) {
        if (!set[c] && natural[c] <= left / others
            && natural[c] + minOfOthers - min[c] <= left) {
          widths[c] = natural[c];
          set[c] = true;
          changed = true;
          break;
        }
      }
    }
    float left = available;
    float minSum = 0;
    float stretch = 0;
    for (int c = 0; c < columns; c++) {
      if (set[c]) {
        left -= widths[c];
      } else {
        minSum += min[c];
        stretch += natural[c] - min[c];
      }
    }
    for (int c = 0; c < columns; c++) {
      if (!set[c]) {
        widths[c] = min[c] + (left - minSum)
            * (stretch > 0 ? (natural[c] - min[c]) / stretch : min[c] / minSum);
      }
    }
  }

  private static void measure(String text, boolean bold, float size, Metrics metrics,
      float[] min, float[] natural, int c) {
    for (String line : text.split("\n", -1)) {
      natural[c] = Math.max(natural[c], metrics.width(line.strip(), bold, size));
      for (String word : words(line)) {
        min[c] = Math.max(min[c], metrics.width(word, bold, size));
      }
    }
  }

  /**
   * The pieces a line of text may wrap between: words, with a number kept with its unit, and
   * Chinese or Japanese text broken between its characters ({@link EastAsian#breakBetween}).
   */
  public static List<String> words(String text) {
    return pieces(text).stream().map(Piece::text).toList();
  }

  /**
   * A piece of a line that a line may wrap before.
   *
   * @param spaced whether a space stands between it and the piece before (not so between two
   *     ideographs)
   */
  public record Piece(String text, boolean spaced) {}

  /** {@link #words} with whether each follows a space. */
  public static List<Piece> pieces(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.strip().split("[ \\t]+")) {
      if (word.isEmpty()) {
        continue;
      }
      int last = words.size() - 1;
      if (last >= 0 && keptTogether(words.get(last), word)) {
        words.set(last, words.get(last) + " " + word);
      } else {
        words.add(word);
      }
    }
    List<Piece> pieces = new ArrayList<>(words.size());
    for (String word : words) {
      int start = 0;
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (next < word.length() && EastAsian.breakBetween(cp, word.codePointAt(next))) {
          pieces.add(new Piece(word.substring(start, next), start == 0));
          start = next;
        }
        i = next;
      }
      pieces.add(new Piece(word.substring(start), start == 0));
    }
    return pieces;
  }

  /**
   * {@code text} with a no-break space where a line must not break, as in "60 min": OpenPDF, like
   * Word, breaks at every plain space whatever its split rule says.
   */
  public static String noBreaks(String text) {
    if (text.indexOf(' ') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    String[] pieces = text.split(" ", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        out.append(keptTogether(pieces[i - 1], pieces[i]) ? '\u00A0' : ' ');
      }
      out.append(pieces[i]);
    }
    return out.toString();
  }

  /** Whether a line must not break between {@code before} and {@code after}, as in "60 min". */
  public static boolean keptTogether(String before, String after) {
    String previous = before.substring(before.lastIndexOf(' ') + 1);
    return NUMBER_END.matcher(previous).matches() && UNIT.matcher(after).matches();
  }

  private static float sum(float[] values) {
    float s = 0;
    for (float v : values) {
      s += v;
    }
    return s;
  }
}
