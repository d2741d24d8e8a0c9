package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.PdfWriter;
import java.text.Bidi;

/**
 * Which OpenPDF run direction prints a text in the right order. Text with right-to-left
 * characters (Hebrew, Arabic) is laid out by the Unicode bidirectional algorithm (OpenPDF's line
 * layout runs the JDK's {@link Bidi} on each paragraph, reorders each line visually and shapes
 * Arabic letters); its base direction is that of its first strong character, as the JDK decides.
 * Left-to-right text keeps OpenPDF's plain layout, so its output stays byte-for-byte the same.
 */
final class RunDirection {

  private RunDirection() {}

  /** The run direction for a cell holding {@code texts}: set by the first that needs bidi. */
  static int of(String... texts) {
    for (String text : texts) {
      if (needsBidi(text)) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        return bidi.baseIsLeftToRight()
            ? PdfWriter.RUN_DIRECTION_LTR
            : PdfWriter.RUN_DIRECTION_RTL;
      }
    }
    return PdfWriter.RUN_DIRECTION_NO_BIDI;
  }

  static boolean needsBidi(String text) {
    char[] chars = text.toCharArray();
    return Bidi.requiresBidi(chars, 0, chars.length);
  }
}
