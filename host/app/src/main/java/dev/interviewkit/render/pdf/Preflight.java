package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses, before anything is written, a document the PDF could not hold or show in full. A
 * document that must print whatever a person typed passes its text through {@link
 * PrintableText#printable} first.
 */
final class Preflight {

  static final String PAGE_LABEL_SAMPLE = "Page 999 of 999";

  private static final Set<String> STANDARD_INFO_KEYS =
      Set.of(
          "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate",
          "ModDate", "Trapped", "FileId");
  private static final Pattern PROPERTY_KEY = Pattern.compile("[A-Za-z0-9._-]+");
  private static final int EXCERPT = 60;

  private final Set<String> fieldNames = new HashSet<>();
  private boolean fallback;

  private Preflight() {}

  /**
   * Checks {@code document}; tells whether its text needs a fallback font ({@link
   * FallbackFonts}), which its form fields then get too.
   */
  static boolean check(Document document) {
    Preflight preflight = new Preflight();
    preflight.run(document);
    return preflight.fallback;
  }

  private void run(Document document) {
    DocumentInfo info = document.info();
    float width = info.paper().widthPoints() - 2 * Style.MARGIN_SIDE;
    line(info.header(), "the page header", width);
    float label = Fonts.width(PAGE_LABEL_SAMPLE, false, Style.SMALL);
    line(info.footer(), "the page footer", width - label - 18f);
    text(info.organisation().name(), Fonts.bold(), "the organisation's name");
    for (String key : info.properties().keySet()) {
      if (!PROPERTY_KEY.matcher(key).matches() || STANDARD_INFO_KEYS.contains(key)) {
        throw new RenderException(
            "cannot store property '" + key + "' in the PDF metadata: keys are letters, digits,"
                + " '.', '_' or '-' and not one of " + new java.util.TreeSet<>(STANDARD_INFO_KEYS));
      }
    }
    List<Block> blocks = document.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      block(blocks.get(i), "block " + (i + 1));
    }
  }

  private void block(Block block, String where) {
    if (block instanceof Heading h) {
      text(h.text(), Fonts.bold(), where + ", heading");
    } else if (block instanceof Paragraph p) {
      boolean bold = p.style() == TextStyle.TITLE || p.style() == TextStyle.STRONG;
      text(p.text(), bold ? Fonts.bold() : Fonts.regular(), where + ", paragraph");
    } else if (block instanceof BulletList l) {
      for (int i = 0; i < l.items().size(); i++) {
        text(l.items().get(i), Fonts.regular(), where + ", list item " + (i + 1));
      }
    } else if (block instanceof Callout c) {
      text(c.text(), Fonts.regular(), where + ", callout");
    } else if (block instanceof Table t) {
      table(t, where);
    } else if (block instanceof SideBySide s) {
      text(s.leftTitle(), Fonts.bold(), where + ", left title");
      for (int i = 0; i < s.left().size(); i++) {
        text(s.left().get(i), Fonts.regular(), where + ", left item " + (i + 1));
      }
      text(s.rightTitle(), Fonts.bold(), where + ", right title");
      for (int i = 0; i < s.right().size(); i++) {
        text(s.right().get(i), Fonts.regular(), where + ", right item " + (i + 1));
      }
    } else if (block instanceof NoteLines n) {
      text(n.label(), Fonts.bold(), where + ", note label");
      if (!n.field().isEmpty()) {
        field(n.field(), where);
        text(n.value(), Fonts.regular(), where + ", value of field '" + n.field() + "'");
      }
    } else if (block instanceof ChoiceGroup g) {
      choiceGroup(g, where);
    } else if (block instanceof dev.interviewkit.api.doc.HeatMap m) {
      text(m.corner(), Fonts.bold(), where + ", heat map corner");
      for (int c = 0; c < m.columns().size(); c++) {
        text(m.columns().get(c), Fonts.bold(), where + ", heat map column " + (c + 1));
      }
      for (int r = 0; r < m.rows().size(); r++) {
        text(m.rows().get(r), Fonts.regular(), where + ", heat map row " + (r + 1));
      }
    } else if (block instanceof KeepTogether k) {
      for (int i = 0; i < k.blocks().size(); i++) {
        block(k.blocks().get(i), where + "." + (i + 1));
      }
    }
  }

  private void table(Table t, String where) {
    for (int c = 0; c < t.header().size(); c++) {
      text(t.header().get(c), Fonts.bold(), where + ", table header column " + (c + 1));
    }
    for (int r = 0; r < t.rows().size(); r++) {
      List<String> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        text(row.get(c), Fonts.regular(), where + ", table row " + (r + 1) + " column " + (c + 1));
      }
    }
  }

  private void choiceGroup(ChoiceGroup g, String where) {
    text(g.title(), Fonts.bold(), where + ", choice group title");
    text(g.description(), Fonts.regular(), where + ", choice group description");
    field(g.field(), where);
    for (Choice choice : g.choices()) {
      text(choice.label(), Fonts.regular(), where + ", choice label");
      text(choice.detail(), Fonts.regular(), where + ", choice detail");
      String value = choice.value();
      if (value.equals("Off") || !value.chars().allMatch(ch -> ch >= 0x20 && ch <= 0x7e)) {
        throw new RenderException(
            "cannot store choice value '" + escape(value) + "' of \"" + escape(g.title()) + "\" ("
                + where + ") in a PDF form: values are printable ASCII and not 'Off'");
      }
    }
    if (!g.extraField().isEmpty()) {
      text(g.extraLabel(), Fonts.regular(), where + ", choice group caption");
      field(g.extraField(), where);
    }
    if (g.evidenceLines() > 0) {
      field(g.evidenceField(), where);
    }
  }

  private void field(String name, String where) {
    if (name.isBlank()
        || name.indexOf('.') >= 0
        || name.codePoints().anyMatch(Character::isISOControl)) {
      throw new RenderException(
          "cannot name a PDF form field '" + escape(name) + "' (" + where
              + "): names are not blank and have no '.' or control character");
    }
    if (!fieldNames.add(name)) {
      throw new RenderException(
          "form field '" + name + "' (" + where + ") is used twice; field names must be unique");
    }
  }

  private void line(String text, String where, float maxWidth) {
    if (text.indexOf('\n') >= 0) {
      throw new RenderException(where + " must be one line: \"" + escape(text) + "\"");
    }
    text(text, Fonts.regular(), where);
    float width = Fonts.width(text, false, Style.SMALL);
    if (width > maxWidth) {
      throw new RenderException(
          String.format(
              java.util.Locale.ROOT,
              "%s is too long for one line (%.0f pt, room for %.0f pt): \"%s\"",
              where,
              width,
              maxWidth,
              escape(text)));
    }
  }

  private void text(String text, BaseFont font, String where) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (cp != '\n' && (Character.isISOControl(cp) || !font.charExists(cp))) {
        Optional<BaseFont> drawing = Fonts.drawing(cp, Fonts.isBold(font));
        if (Character.isISOControl(cp) || drawing.isEmpty()) {
          throw new RenderException(message(text, i, cp, font, where));
        }
        fallback = true;
      }
      i += Character.charCount(cp);
    }
  }

  private static String message(String text, int at, int cp, BaseFont font, String where) {
    String code = String.format(java.util.Locale.ROOT, "U+%04X", cp);
    String excerpt = "\"" + escape(excerpt(text, at)) + "\" (" + where + ")";
    if (Character.isISOControl(cp)) {
      return "cannot print control character " + code + " in " + excerpt
          + ": only line breaks are allowed";
    }
    String reason =
        font != Fonts.regular() && Fonts.drawing(cp, false).isPresent()
            ? "the bold font has no glyph for it"
            : "no font has this character (" + FallbackFonts.names() + "); add a font file"
                + " that has it to 'fonts:' in kit.yaml (see docs/configuration.md)";
    return "cannot print '" + new String(Character.toChars(cp)) + "' (" + code + ") in " + excerpt
        + ": " + reason;
  }

  private static String excerpt(String text, int at) {
    if (text.codePointCount(0, text.length()) <= EXCERPT) {
      return text;
    }
    int half = EXCERPT / 2;
    int start = text.offsetByCodePoints(at, -Math.min(half, text.codePointCount(0, at)));
    int end =
        text.offsetByCodePoints(at, Math.min(half, text.codePointCount(at, text.length())));
    String middle = text.substring(start, end);
    return (start > 0 ? "…" : "") + middle + (end < text.length() ? "…" : "");
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n') {
                out.append("\\n");
              } else if (Character.isISOControl(cp)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
