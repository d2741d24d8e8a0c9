package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import dev.interviewkit.render.TableFit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where OpenPDF will break a paragraph into lines (greedy, between words, a number kept with its
 * unit, Chinese and Japanese between characters), worked out ahead so the
 * layout can keep at least two lines of a paragraph together at a page's foot and head.
 */
final class LineBreaks {

  private LineBreaks() {}

  /** The text of each line {@code text} takes at {@code width} points. */
  static List<String> lines(String text, BaseFont font, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String hard : text.replace("\r\n", "\n").split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (TableFit.Piece piece : TableFit.pieces(hard)) {
        String word = piece.text();
        String candidate = line.isEmpty() ? word : line + (piece.spaced() ? " " : "") + word;
        if (!line.isEmpty() && Fonts.width(candidate, Fonts.isBold(font), size) > width) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * How many of {@code total} lines to set on a page with room for {@code room} lines so neither
   * piece is a single line: {@code total} when all fit, 0 to start on the next page.
   */
  static int linesHere(int total, int room) {
    if (total <= room) {
      return total;
    }
    if (room < 2 || total < 4) {
      return 0;
    }
    return Math.min(room, total - 2);
  }
}
