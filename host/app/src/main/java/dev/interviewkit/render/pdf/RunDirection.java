package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.PdfWriter;
import java.text.Bidi;

/**
 * Which OpenPDF run direction prints a text in the right order. Text with right-to-left
 * characters (Hebrew, Arabic) is laid out by the Unicode bidirectional algorithm (OpenPDF's line
 * layout runs the JDK's {@link Bidi} on each paragraph, reorders each line visually and shapes
 * Arabic letters); it reads right to left when most of its letters are right-to-left.
 * Left-to-right text keeps OpenPDF's plain layout, so its output stays byte-for-byte the same.
 */
final class RunDirection {

  private RunDirection() {}

  /** The run direction for a cell holding {@code texts}: set by the first that needs bidi. */
  static int of(String... texts) {
    for (String text : texts) {
      if (needsBidi(text)) {
        return mostlyRightToLeft(text) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
      }
    }
    return PdfWriter.RUN_DIRECTION_NO_BIDI;
  }

  /**
   * Whether more of {@code text}'s letters are right-to-left than left-to-right: a Hebrew answer
   * quoting an English term reads right to left, while an English line holding a Hebrew name
   * ("שרה כהן · Director of Engineering") reads left to right, whichever comes first.
   */
  static boolean mostlyRightToLeft(String text) {
    int balance = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte direction = Character.getDirectionality(cp);
      if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        balance--;
      } else if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        balance++;
      }
      i += Character.charCount(cp);
    }
    return balance > 0;
  }

  static boolean needsBidi(String text) {
    char[] chars = text.toCharArray();
    return Bidi.requiresBidi(chars, 0, chars.length);
  }
}
