package dev.interviewkit.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the bookmarks (outlines) from the headings as they are placed: each heading's text
 * carries a generic tag, and the bookmark points at the page and height where it landed,
 * nested by heading level.
 */
final class Outlines extends PdfPageEventHelper {

  private static final char SEPARATOR = '\u001F';

  private final List<PdfOutline> open = new ArrayList<>();
  private String last = "";

  /** The generic tag for a heading's text; every line of a wrapped heading carries the same. */
  static String tag(int level, int serial, String text) {
    return level + String.valueOf(SEPARATOR) + serial + SEPARATOR + text;
  }

  @Override
  public void onGenericTag(
      PdfWriter writer, com.lowagie.text.Document document, Rectangle rect, String tag) {
    if (tag.equals(last)) {
      return;
    }
    int first = tag.indexOf(SEPARATOR);
    int second = first < 0 ? -1 : tag.indexOf(SEPARATOR, first + 1);
    if (second < 0) {
      return;
    }
    last = tag;
    int level = Integer.parseInt(tag.substring(0, first));
    String title = tag.substring(second + 1);
    while (open.size() >= level) {
      open.remove(open.size() - 1);
    }
    PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.get(open.size() - 1);
    PdfDestination where =
        new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 4f, 0f);
    PdfOutline outline = new PdfOutline(parent, where, title, true);
    while (open.size() < level - 1) {
      open.add(outline);
    }
    open.add(outline);
  }
}
