package dev.interviewkit.render.docx;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Choice;
import java.util.ArrayList;
import java.util.List;

/** Word content controls (structured document tags): drop-down lists and plain-text fields. */
final class ContentControls {

  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** The ticked and unticked glyphs of a Word checkbox, which earlier scorecards used. */
  static final String CHECKED = "\u2612";
  static final String UNCHECKED = "\u2610";

  private int nextId = 1;
  private final List<String> tags = new ArrayList<>();

  /** The first entry of every drop-down list: nothing chosen yet, read back as "". */
  static final String NOTHING_CHOSEN = "Choose one";

  /**
   * Appends a drop-down list tagged {@code tag}: one choice by construction, each entry showing a
   * choice's label and storing its value, after a first entry that chooses nothing.
   */
  void dropDown(StringBuilder out, String tag, List<Choice> choices) {
    out.append("<w:sdt><w:sdtPr>");
    tagAndId(out, tag);
    out.append("<w:dropDownList>");
    listItem(out, NOTHING_CHOSEN, "");
    for (Choice choice : choices) {
      listItem(out, choice.label(), choice.value());
    }
    out.append("</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>").append(NOTHING_CHOSEN)
        .append("</w:t></w:r></w:sdtContent></w:sdt>");
  }

  private static void listItem(StringBuilder out, String label, String value) {
    out.append("<w:listItem w:displayText=\"");
    Xml.escape(out, Xml.safe(label)).append("\" w:value=\"");
    Xml.escape(out, Xml.safe(value)).append("\"/>");
  }

  /**
   * Appends a plain-text field tagged {@code tag}, {@code lines} lines tall. Word allows a
   * plain-text control one paragraph and one run, so the room to type in is line breaks, which
   * draw nothing: the box around the field is the paragraph's or the cell's border, never a rule
   * under the text. A non-empty {@code value} starts the field filled in, on its first line.
   */
  void text(StringBuilder out, String tag, int lines, String value) {
    out.append("<w:sdt><w:sdtPr>");
    tagAndId(out, tag);
    out.append("<w:lock w:val=\"sdtLocked\"/><w:text w:multiLine=\"true\"/></w:sdtPr>");
    out.append("<w:sdtContent>");
    if (!value.isEmpty()) {
      // At the PDF's field size (9 pt), so an 80-character name keeps to one line as there.
      out.append("<w:r>").append(EastAsianRuns.properties("<w:rPr><w:sz w:val=\"18\"/></w:rPr>",
          value)).append("<w:t xml:space=\"preserve\">");
      Xml.escape(out, Xml.safe(value)).append("</w:t></w:r>");
    }
    out.append("<w:r>");
    for (int i = 1; i < lines; i++) {
      out.append("<w:br/>");
    }
    out.append("</w:r>");
    out.append("</w:sdtContent></w:sdt>");
  }

  /** Appends one run of {@code lines} tabs, each drawn as one ruled line for handwriting. */
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
}
