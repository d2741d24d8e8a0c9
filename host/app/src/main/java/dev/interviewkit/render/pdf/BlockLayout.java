package dev.interviewkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.PageBreak;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Lays a document's blocks out on the pages of an open OpenPDF document. */
final class BlockLayout {

  private static final float ROOM_UNDER_HEADING = 3 * Style.BODY_LEADING + 6f;
  /**
   * Room kept beyond a measured height: the space after the block before (OpenPDF adds it only
   * when the next block starts), and rounding.
   */
  private static final float ROOM_SLACK = Style.BLOCK_AFTER + 4f;
  private static final float LIST_INDENT = 4f;
  private static final float LIST_SYMBOL = 11f;
  private static final float NUMBER_SYMBOL = 17f;
  private static final float LABEL_LEADING = 12f;
  private static final float CHOICE_PAD_TOP = 6f;
  private static final float PAGE_SLACK = 24f;

  private final com.lowagie.text.Document pdf;
  private final PdfWriter writer;
  private final TableLayout tables;

  BlockLayout(com.lowagie.text.Document pdf, PdfWriter writer) {
    this.pdf = pdf;
    this.writer = writer;
    this.tables = new TableLayout(pdf, writer);
  }

  void addAll(List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      Block block = blocks.get(i);
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (block instanceof Heading) {
        int end = i;
        while (end < blocks.size() && blocks.get(end) instanceof Heading) {
          end++;
        }
        List<Block> run = new ArrayList<>(blocks.subList(i, end));
        Block following = end < blocks.size() ? blocks.get(end) : null;
        if (isAtomic(following)) {
          run.addAll(following instanceof KeepTogether k ? k.blocks() : List.of(following));
          int after = end + 1;
          if (following instanceof HeatMap && isLegend(at(blocks, after))) {
            run.add(blocks.get(after++));
          }
          addKeptTogether(run);
          i = after;
        } else {
          float needed = lead(following);
          for (Block h : run) {
            needed += headingHeight((Heading) h);
          }
          ensureRoom(needed);
          run.forEach(h -> pdf.add(heading((Heading) h)));
          i = end;
        }
      } else if (block instanceof PageBreak) {
        pdf.newPage();
        i++;
      } else if (block instanceof HeatMap && isLegend(next)) {
        addKeptTogether(List.of(block, next));
        i += 2;
      } else if (block instanceof KeepTogether k) {
        balanceLastPage(blocks, i);
        addKeptTogether(k.blocks());
        i++;
      } else if (block instanceof Table t) {
        balanceLastPage(blocks, i);
        tables.add(t, isLegend(next) ? paragraphHeight((dev.interviewkit.api.doc.Paragraph) next)
            : 0f);
        i++;
      } else if (block instanceof dev.interviewkit.api.doc.Paragraph p) {
        if (p.style() == TextStyle.STRONG && (next instanceof BulletList || next instanceof Table)) {
          ensureRoom(paragraphHeight(p) + lead(next));
        }
        addParagraph(p);
        i++;
      } else if (block instanceof BulletList l) {
        addList(l);
        i++;
      } else {
        add(block);
        i++;
      }
    }
  }

  private static Block at(List<Block> blocks, int i) {
    return i < blocks.size() ? blocks.get(i) : null;
  }

  /** Small print right after a chart or table: its legend, kept on the same page. */
  private static boolean isLegend(Block block) {
    return block instanceof dev.interviewkit.api.doc.Paragraph p && p.style() == TextStyle.SMALL;
  }

  private void ensureRoom(float needed) {
    if (room() < needed + ROOM_SLACK) {
      pdf.newPage();
    }
  }

  private float room() {
    return writer.getVerticalPosition(true) - pdf.bottom();
  }

  /**
   * Before the last but one block: when the last block would be left almost alone on a page of its
   * own, start the page a block earlier so the two share it.
   */
  private void balanceLastPage(List<Block> blocks, int i) {
    if (i != blocks.size() - 2) {
      return;
    }
    Block last = blocks.get(i + 1);
    if (!(last instanceof KeepTogether || last instanceof Table)) {
      return;
    }
    float page = pdf.top() - pdf.bottom();
    float here = measure(blocks.get(i));
    float there = measure(last);
    float room = room();
    if (here <= room && here + there > room && there < 0.4f * page
        && here + there <= page - PAGE_SLACK) {
      pdf.newPage();
    }
  }

  private float measure(Block block) {
    PdfPTable table = block instanceof KeepTogether k ? keptTogether(k.blocks())
        : block instanceof Table t ? tables.whole(t) : keptTogether(List.of(block));
    return height(table) + table.spacingBefore() + table.spacingAfter();
  }

  /** The height of what must share a page with the heading before {@code block}. */
  private float lead(Block block) {
    if (block instanceof Table t) {
      return tables.leadHeight(t);
    } else if (block instanceof dev.interviewkit.api.doc.Paragraph p) {
      Text text = text(p.style());
      int lines = Math.min(2, lines(p.text(), text, pdf.right() - pdf.left()).size());
      return lines * text.leading();
    } else if (block instanceof BulletList l) {
      int lines = lines(l.items().get(0), text(TextStyle.BODY), listWidth()).size();
      return Math.min(2, lines) * Style.BODY_LEADING + (l.items().size() > 1 && lines < 2
          ? Style.BODY_LEADING : 0f);
    }
    return ROOM_UNDER_HEADING;
  }

  /** A paragraph, never leaving a single line of it at a page's foot or head. */
  private void addParagraph(dev.interviewkit.api.doc.Paragraph p) {
    Text style = text(p.style());
    List<String> lines = lines(p.text(), style, pdf.right() - pdf.left());
    int here = LineBreaks.linesHere(lines.size(),
        (int) ((room() - ROOM_SLACK) / style.leading()));
    if (here == 0) {
      pdf.newPage();
    } else if (here < lines.size() && !p.text().contains("\n")) {
      pdf.add(text(String.join(" ", lines.subList(0, here)), style.font(), style.leading(), 0f));
      pdf.newPage();
      pdf.add(text(String.join(" ", lines.subList(here, lines.size())), style.font(),
          style.leading(), style.after()));
      return;
    }
    pdf.add(paragraph(p));
  }

  /** A list item by item: an item moves whole, and the last never stands alone on a page. */
  private void addList(BulletList l) {
    List<String> items = l.items();
    float page = pdf.top() - pdf.bottom();
    for (int i = 0; i < items.size(); i++) {
      boolean last = i == items.size() - 1;
      float after = last ? Style.BLOCK_AFTER - 2f : 2f;
      float height = itemHeight(items.get(i)) + after;
      float room = room();
      if (height > room && height < page) {
        pdf.newPage();
      } else if (i == items.size() - 2 && items.size() > 2) {
        float both = height + itemHeight(items.get(i + 1)) + Style.BLOCK_AFTER;
        if (height <= room && both > room && both < page) {
          pdf.newPage();
        }
      } else if (i == 0 && items.size() > 1 && height <= room
          && height + Math.min(2, lines(items.get(1), text(TextStyle.BODY), listWidth()).size())
              * Style.BODY_LEADING > room) {
        pdf.newPage();
      }
      pdf.add(bullets(List.of(items.get(i)), after, l.numbered() ? i + 1 : 0));
    }
  }

  private float itemHeight(String item) {
    return lines(item, text(TextStyle.BODY), listWidth()).size() * Style.BODY_LEADING;
  }

  private float listWidth() {
    return pdf.right() - pdf.left() - LIST_INDENT - NUMBER_SYMBOL;
  }

  private float paragraphHeight(dev.interviewkit.api.doc.Paragraph p) {
    Text style = text(p.style());
    return lines(p.text(), style, pdf.right() - pdf.left()).size() * style.leading()
        + style.after();
  }

  private static float headingHeight(Heading h) {
    int level = h.level() - 1;
    return Style.HEADING_BEFORE[level] + Style.HEADING[level] * 1.25f + Style.HEADING_AFTER[level];
  }

  private static List<String> lines(String text, Text style, float width) {
    return LineBreaks.lines(text, style.font().getBaseFont(), style.font().getSize(), width);
  }

  /** Adds a block; a callout or side-by-side taller than a page splits where it starts. */
  private void add(Block block) {
    Element element = element(block);
    if ((block instanceof Callout || block instanceof SideBySide)
        && height((PdfPTable) element) > pdf.top() - pdf.bottom()) {
      ((PdfPTable) element).setSplitLate(false);
    }
    pdf.add(element);
  }

  private float height(PdfPTable table) {
    table.setTotalWidth(pdf.right() - pdf.left());
    table.setLockedWidth(true);
    return table.getTotalHeight();
  }

  /** Adds blocks as one unit; block by block if taller than a page, where OpenPDF cuts nesting. */
  private void addKeptTogether(List<Block> blocks) {
    if (blocks.isEmpty()) {
      return;
    }
    PdfPTable group = keptTogether(blocks);
    if (height(group) <= pdf.top() - pdf.bottom() - PAGE_SLACK) {
      pdf.add(group);
    } else {
      blocks.forEach(this::add);
    }
  }

  /** Whether a block is printed in one piece, so a heading before it must move with it. */
  private static boolean isAtomic(Block block) {
    return block instanceof KeepTogether
        || block instanceof NoteLines
        || block instanceof ChoiceGroup
        || block instanceof Callout
        || block instanceof SideBySide
        || block instanceof HeatMap;
  }

  private Element element(Block block) {
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

  private static Paragraph heading(Heading h) {
    int level = h.level() - 1;
    Paragraph p =
        new Paragraph(
            Style.HEADING[level] * 1.25f, h.text(), Fonts.bold(Style.HEADING[level]));
    p.setSpacingBefore(Style.HEADING_BEFORE[level]);
    p.setSpacingAfter(Style.HEADING_AFTER[level]);
    return p;
  }

  /** How a paragraph style is set: font, leading and space after. */
  private record Text(Font font, float leading, float after) {}

  private static Text text(TextStyle style) {
    return switch (style) {
      case TITLE -> new Text(Fonts.bold(Style.TITLE), Style.TITLE_LEADING, 6f);
      case SUBTITLE -> new Text(Fonts.regular(Style.SUBTITLE), Style.SUBTITLE_LEADING,
          Style.BLOCK_AFTER);
      case BODY -> new Text(Fonts.regular(Style.BODY), Style.BODY_LEADING, 6f);
      case STRONG -> new Text(Fonts.bold(Style.BODY), Style.BODY_LEADING, 6f);
      case SMALL -> new Text(Fonts.regular(Style.SMALL), Style.SMALL_LEADING, 6f);
    };
  }

  private static Paragraph paragraph(dev.interviewkit.api.doc.Paragraph p) {
    Text style = text(p.style());
    return text(p.text(), style.font(), style.leading(), style.after());
  }

  private static Paragraph text(String text, Font font, float leading, float after) {
    Paragraph p = new Paragraph(leading, text, font);
    p.setSpacingAfter(after);
    return p;
  }

  private static com.lowagie.text.List bullets(List<String> items, float after) {
    return bullets(items, after, 0);
  }

  /** A list; numbered from {@code first} unless it is 0, bulleted then. */
  private static com.lowagie.text.List bullets(List<String> items, float after, int first) {
    com.lowagie.text.List list =
        new com.lowagie.text.List(false, first > 0 ? NUMBER_SYMBOL : LIST_SYMBOL);
    list.setListSymbol(new Chunk("•", Fonts.regular(Style.BODY)));
    list.setIndentationLeft(LIST_INDENT);
    for (int i = 0; i < items.size(); i++) {
      ListItem item = new ListItem(Style.BODY_LEADING, items.get(i), Fonts.regular(Style.BODY));
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

  private PdfPTable keptTogether(List<Block> blocks) {
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
