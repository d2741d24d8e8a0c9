package dev.interviewkit.render.docx;

import dev.interviewkit.api.RenderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word content controls (structured document tags): checkboxes and plain-text fields. */
final class ContentControls {

  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String CHECKED = "\u2612";
  static final String UNCHECKED = "\u2610";
  static final String BOX_FONT = "MS Gothic";
  static final int BOX_HALF_POINTS = 24;

  private static final String BOX_RPR =
      String.format(
          Locale.ROOT,
          "<w:rPr><w:rFonts w:ascii=\"%1$s\" w:hAnsi=\"%1$s\" w:eastAsia=\"%1$s\""
              + " w:hint=\"eastAsia\"/><w:sz w:val=\"%2$d\"/><w:szCs w:val=\"%2$d\"/></w:rPr>",
          BOX_FONT,
          BOX_HALF_POINTS);

  private static final String CHECKBOX_STATE =
      String.format(
          Locale.ROOT,
          "<w14:checkbox><w14:checked w14:val=\"0\"/>"
              + "<w14:checkedState w14:val=\"%1$s\" w14:font=\"%3$s\"/>"
              + "<w14:uncheckedState w14:val=\"%2$s\" w14:font=\"%3$s\"/></w14:checkbox>",
          hex(CHECKED),
          hex(UNCHECKED),
          BOX_FONT);

  private int nextId = 1;
  private final List<String> tags = new ArrayList<>();

  /** Appends an unticked Word checkbox tagged {@code tag} to {@code out}. */
  void checkbox(StringBuilder out, String tag) {
    out.append("<w:sdt><w:sdtPr>").append(BOX_RPR);
    tagAndId(out, tag);
    out.append(CHECKBOX_STATE).append("</w:sdtPr><w:sdtContent><w:r>").append(BOX_RPR);
    out.append("<w:t>").append(UNCHECKED).append("</w:t></w:r></w:sdtContent></w:sdt>");
  }

  /**
   * Appends a plain-text field tagged {@code tag} over {@code lines} ruled lines. Word allows a
   * plain-text control one paragraph and one run, so each line is a tab to the paragraph's leader
   * tab stop at the right edge; the next tab wraps onto a new line.
   */
  void text(StringBuilder out, String tag, int lines) {
    out.append("<w:sdt><w:sdtPr>");
    tagAndId(out, tag);
    out.append("<w:lock w:val=\"sdtLocked\"/><w:text w:multiLine=\"true\"/></w:sdtPr>");
    out.append("<w:sdtContent>");
    ruledLines(out, lines);
    out.append("</w:sdtContent></w:sdt>");
  }

  /** Appends one run of {@code lines} tabs, each drawn as one ruled line. */
  static void ruledLines(StringBuilder out, int lines) {
    out.append("<w:r>");
    for (int i = 0; i < lines; i++) {
      out.append("<w:tab/>");
    }
    out.append("</w:r>");
  }

  /** The tags of every control appended so far, in document order. */
  List<String> tags() {
    return List.copyOf(tags);
  }

  private void tagAndId(StringBuilder out, String tag) {
    if (tag.indexOf('\n') >= 0 || tag.indexOf('\r') >= 0) {
      throw new RenderException("form field name '" + tag.strip() + "' must not contain a line break");
    }
    tags.add(tag);
    out.append("<w:tag w:val=\"");
    Xml.escape(out, Xml.safe(tag)).append("\"/><w:id w:val=\"").append(nextId++).append("\"/>");
  }

  private static String hex(String glyph) {
    return String.format(Locale.ROOT, "%04X", glyph.codePointAt(0));
  }
}
