package dev.interviewkit.render.docx;

import com.lowagie.text.pdf.BaseFont;
import dev.interviewkit.render.TableFit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Text widths in the Word file's font: Arial, measured with the Helvetica metrics it was drawn to
 * match (LibreOffice sets it in the metric-compatible Liberation Sans); a character Helvetica's
 * metrics lack is measured in DejaVu Sans, which is wider, so a column is never too narrow.
 */
final class WordMetrics {

  /** Cell margins left and right, plus two points of slack for Word's own rounding. */
  static final float PADDING = 2 * DocxBuilder.CELL_MARGIN / 20f + 2f;

  static final TableFit.Metrics METRICS = WordMetrics::width;

  private WordMetrics() {}

  /**
   * The PDF's text widths (DejaVu Sans, which is wider than Arial): a table measured with them
   * gets the PDF's columns and size, so no cell wraps onto more lines in Word than in the PDF and
   * no row is taller, which the PDF's page breaks, copied into the Word file, rely on.
   */
  static final TableFit.Metrics PDF_METRICS = WordMetrics::wide;

  /** Column widths in twips summing to {@code textWidth}, and the type size, for a table. */
  static TableFit.Fit fit(List<String> header, List<List<String>> rows, int textWidth,
      float size) {
    return TableFit.fit(header, rows, textWidth / 20f, PADDING, size, PDF_METRICS);
  }

  /** Widths in points as twips, summing exactly to {@code total}. */
  static int[] twips(float[] widths, int total) {
    int[] weights = new int[widths.length];
    for (int i = 0; i < widths.length; i++) {
      weights[i] = Math.max(1, Math.round(widths[i] * 20));
    }
    return DocxBuilder.split(total, weights);
  }

  static float width(String text, boolean bold, float size) {
    BaseFont latin = bold ? Latin.BOLD : Latin.REGULAR;
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String one = new String(Character.toChars(c));
      width += latin.charExists(c) ? latin.getWidthPoint(one, size) : wide(one, bold, size);
      i += Character.charCount(c);
    }
    return width;
  }

  /**
   * The width in DejaVu Sans; a character it lacks (Chinese, Japanese, Korean, set in an East
   * Asian font) as one em, the width of such a font's characters.
   */
  static float wide(String text, boolean bold, float size) {
    BaseFont font = bold ? Wide.BOLD : Wide.REGULAR;
    if (text.codePoints().allMatch(font::charExists)) {
      return font.getWidthPoint(text, size);
    }
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += font.charExists(c) ? font.getWidthPoint(new String(Character.toChars(c)), size)
          : size;
      i += Character.charCount(c);
    }
    return width;
  }

  private static final class Latin {
    static final BaseFont REGULAR = afm(BaseFont.HELVETICA);
    static final BaseFont BOLD = afm(BaseFont.HELVETICA_BOLD);

    private static BaseFont afm(String name) {
      try {
        return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the metrics of " + name, e);
      }
    }
  }

  /** DejaVu Sans: the PDF's font, for what Helvetica's metrics lack and for table widths. */
  private static final class Wide {
    static final BaseFont REGULAR = ttf("DejaVuSans.ttf");
    static final BaseFont BOLD = ttf("DejaVuSans-Bold.ttf");

    private static BaseFont ttf(String file) {
      String path = "/net/sf/jasperreports/fonts/dejavu/" + file;
      try (InputStream in = WordMetrics.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("font " + path + " is missing from the class path");
        }
        return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, false,
            in.readAllBytes(), null);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load font " + file, e);
      }
    }
  }
}
