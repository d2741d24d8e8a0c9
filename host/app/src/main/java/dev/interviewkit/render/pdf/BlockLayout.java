package dev.interviewkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.render.TableFit;
import java.util.List;

/** Builds the OpenPDF element of each block; {@link PageFlow} decides where the pages break. */
final class BlockLayout {

  static final float LIST_INDENT = 4f;
  private static final float LIST_SYMBOL = 11f;
  static final float NUMBER_SYMBOL = 17f;
  private static final float LABEL_LEADING = 12f;
  private static final float CHOICE_PAD_TOP = 6f;

  private final TableLayout tables;

  BlockLayout(TableLayout tables) {
    this.tables = tables;
  }

  Element element(Block block) {
    if (block instanceof Heading h) {
      return heading(h);
    } else if (block instanceof dev.interviewkit.api.doc.Paragraph p) {
      return paragraph(p);
    } else if (block instanceof BulletList l) {
      return bullets(l.items(), Style.BLOCK_AFTER - 2f, l.numbered() ? 1 : 0);
    } else if (block instanceof Callout c) {
      return callout(c);
    } else if (block instanceof Table t) {
      return tables.whole(t);
    } else if (block instanceof SideBySide s) {
      return sideBySide(s);
    } else if (block instanceof NoteLines n) {
      return noteLines(n);
    } else if (block instanceof ChoiceGroup g) {
      return choiceGroup(g);
    } else if (block instanceof HeatMap m) {
      return tables.heatMap(m);
    }
    throw new IllegalArgumentException("no layout for " + block.getClass().getSimpleName());
  }

  static Paragraph heading(Heading h) {
    int level = h.level() - 1;
    Paragraph p =
        new Paragraph(
            Style.HEADING[level] * 1.25f, h.text(), Fonts.bold(Style.HEADING[level]));
    p.setSpacingBefore(Style.HEADING_BEFORE[level]);
    p.setSpacingAfter(Style.HEADING_AFTER[level]);
    return p;
  }

  /** How a paragraph style is set: font, leading and space after. */
  record Text(Font font, float leading, float after) {}

  static Text text(TextStyle style) {
    return switch (style) {
      case TITLE -> new Text(Fonts.bold(Style.TITLE), Style.TITLE_LEADING, 6f);
      case SUBTITLE -> new Text(Fonts.regular(Style.SUBTITLE), Style.SUBTITLE_LEADING,
          Style.BLOCK_AFTER);
      case BODY -> new Text(Fonts.regular(Style.BODY), Style.BODY_LEADING, 6f);
      case STRONG -> new Text(Fonts.bold(Style.BODY), Style.BODY_LEADING, 6f);
      case SMALL -> new Text(Fonts.regular(Style.SMALL), Style.SMALL_LEADING, 6f);
    };
  }

  static Paragraph paragraph(dev.interviewkit.api.doc.Paragraph p) {
    Text style = text(p.style());
    return text(p.text(), style.font(), style.leading(), style.after());
  }

  /** Text that wraps only between words, never between a number and its unit ("60 min"). */
  static Chunk words(String text, Font font) {
    Chunk chunk = new Chunk(TableFit.noBreaks(text), font);
    chunk.setSplitCharacter(TableLayout.WordBreaks.INSTANCE);
    return chunk;
  }

  static Paragraph text(String text, Font font, float leading, float after) {
    Paragraph p = new Paragraph(leading, words(text, font));
    p.setSpacingAfter(after);
    return p;
  }

  private static com.lowagie.text.List bullets(List<String> items, float after) {
    return bullets(items, after, 0);
  }

  /** A list; numbered from {@code first} unless it is 0, bulleted then. */
  static com.lowagie.text.List bullets(List<String> items, float after, int first) {
    com.lowagie.text.List list =
        new com.lowagie.text.List(false, first > 0 ? NUMBER_SYMBOL : LIST_SYMBOL);
    list.setListSymbol(new Chunk("•", Fonts.regular(Style.BODY)));
    list.setIndentationLeft(LIST_INDENT);
    for (int i = 0; i < items.size(); i++) {
      ListItem item =
          new ListItem(Style.BODY_LEADING, words(items.get(i), Fonts.regular(Style.BODY)));
      if (first > 0) {
        item.setListSymbol(new Chunk((first + i) + ".", Fonts.regular(Style.BODY)));
      }
      item.setSpacingAfter(i == items.size() - 1 ? after : 2f);
      list.add(item);
    }
    return list;
  }

  private static PdfPTable callout(Callout c) {
    PdfPCell cell = new PdfPCell();
    cell.setBackgroundColor(Style.CALLOUT_FILL);
    cell.setBorderWidth(Style.HAIRLINE);
    cell.setBorderColor(Style.INK);
    cell.setPadding(8f);
    cell.setPaddingTop(6f);
    cell.setPaddingBottom(9f);
    cell.addElement(text(c.text(), Fonts.regular(Style.BODY), Style.BODY_LEADING, 0f));
    PdfPTable table = fullWidth(1);
    table.addCell(cell);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    return table;
  }

  private static PdfPTable sideBySide(SideBySide s) {
    PdfPTable table = fullWidth(2);
    table.addCell(column(s.leftTitle(), s.left(), 0f, 10f));
    table.addCell(column(s.rightTitle(), s.right(), 10f, 0f));
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    return table;
  }

  private static PdfPCell column(String title, List<String> items, float padLeft, float padRight) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.TOP);
    cell.setBorderWidthTop(Style.HAIRLINE);
    cell.setBorderColorTop(Style.INK);
    cell.setPaddingLeft(padLeft);
    cell.setPaddingRight(padRight);
    cell.setPaddingTop(3f);
    cell.setPaddingBottom(0f);
    cell.addElement(text(title, Fonts.bold(Style.BODY), Style.BODY_LEADING, 3f));
    if (!items.isEmpty()) {
      cell.addElement(bullets(items, 0f));
    }
    return cell;
  }

  private static PdfPTable noteLines(NoteLines n) {
    PdfPTable table = fullWidth(1);
    table.setKeepTogether(true);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    int first = 0;
    if (!n.label().isEmpty()) {
      PdfPCell label = bare();
      label.addElement(text(n.label(), Fonts.bold(Style.BODY), Style.BODY_LEADING, 0f));
      table.addCell(label);
      first = 1;
    }
    for (int i = 0; i < n.lines(); i++) {
      table.addCell(lineCell(1));
    }
    table.setTableEvent(new FormRows(first, n.lines(), 0f, n.field(), false));
    return table;
  }

  private static PdfPTable choiceGroup(ChoiceGroup g) {
    int columns = g.choices().size();
    PdfPTable table = fullWidth(columns);
    table.setKeepTogether(true);
    table.setSpacingBefore(0f);
    table.setSpacingAfter(Style.BLOCK_AFTER - 4f);

    PdfPCell title = bare();
    title.setColspan(columns);
    title.setBackgroundColor(Style.GROUP_FILL);
    title.setBorder(Rectangle.BOTTOM);
    title.setBorderWidthBottom(Style.HAIRLINE);
    title.setBorderColorBottom(Style.INK);
    title.setPadding(6f);
    title.setPaddingTop(3f);
    title.setPaddingBottom(3.5f);
    title.addElement(text(g.title(), Fonts.bold(Style.BODY), Style.BODY_LEADING, 0f));
    if (!g.description().isEmpty()) {
      title.addElement(text(g.description(), Fonts.regular(Style.SMALL), Style.SMALL_LEADING, 0f));
    }
    table.addCell(title);

    ChoiceBox.Group group = new ChoiceBox.Group(g.field(), columns);
    for (Choice choice : g.choices()) {
      PdfPCell cell = bare();
      cell.setPaddingLeft(ChoiceBox.LEFT + Style.BOX + 4f);
      cell.setPaddingRight(2f);
      cell.setPaddingTop(CHOICE_PAD_TOP);
      cell.setPaddingBottom(3f);
      cell.addElement(text(choice.label(), Fonts.regular(9.5f), LABEL_LEADING, 0f));
      if (!choice.detail().isEmpty()) {
        cell.addElement(text(choice.detail(), Fonts.regular(Style.SMALL), Style.SMALL_LEADING, 0f));
      }
      cell.setCellEvent(new ChoiceBox(group, choice.value(), CHOICE_PAD_TOP + LABEL_LEADING));
      table.addCell(cell);
    }
    int lines = g.evidenceLines();
    for (int i = 0; i < lines; i++) {
      table.addCell(lineCell(columns));
    }
    PdfPCell foot = bare();
    foot.setColspan(columns);
    foot.setFixedHeight(2f);
    table.addCell(foot);
    table.setTableEvent(new FormRows(2, lines, 6f, lines > 0 ? g.evidenceField() : "", true));
    return table;
  }

  PdfPTable keptTogether(List<Block> blocks) {
    PdfPTable table = fullWidth(1);
    table.setKeepTogether(true);
    for (Block block : blocks) {
      PdfPCell cell = bare();
      cell.addElement(element(block));
      if (block instanceof BulletList) {
        cell.setPaddingBottom(Style.BLOCK_AFTER - 2f);
      }
      table.addCell(cell);
    }
    return table;
  }

  private static PdfPCell lineCell(int colspan) {
    PdfPCell cell = bare();
    cell.setColspan(colspan);
    cell.setFixedHeight(Style.LINE_PITCH);
    return cell;
  }

  private static PdfPCell bare() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    return cell;
  }

  private static PdfPTable fullWidth(int columns) {
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100f);
    return table;
  }
}
