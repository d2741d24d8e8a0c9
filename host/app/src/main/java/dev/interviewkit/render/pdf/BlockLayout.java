package dev.interviewkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.PageBreak;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import java.util.ArrayList;
import java.util.List;

/** Lays a document's blocks out on the pages of an open OpenPDF document. */
final class BlockLayout {

  private static final float ROOM_UNDER_HEADING = 3 * Style.BODY_LEADING + 6f;
  private static final float CELL_LEADING = 12.5f;
  private static final float LABEL_LEADING = 12f;
  private static final float CHOICE_PAD_TOP = 6f;
  private static final float PAGE_SLACK = 24f;
  private static final float STACK_SHARE = 26f;
  private static final float STACK_GAP = 0.5f;

  private final com.lowagie.text.Document pdf;
  private final PdfWriter writer;
  private final String documentTitle;
  private String lastHeading = "";

  /** {@code documentTitle} (e.g. "Scorecard — Systems design") ends every field's tooltip. */
  BlockLayout(com.lowagie.text.Document pdf, PdfWriter writer, String documentTitle) {
    this.pdf = pdf;
    this.writer = writer;
    this.documentTitle = documentTitle;
  }

  void addAll(List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      Block block = blocks.get(i);
      if (block instanceof Heading) {
        int end = i;
        while (end < blocks.size() && blocks.get(end) instanceof Heading) {
          end++;
        }
        List<Block> run = new ArrayList<>(blocks.subList(i, end));
        Block next = end < blocks.size() ? blocks.get(end) : null;
        if (isAtomic(next)) {
          run.addAll(next instanceof KeepTogether k ? k.blocks() : List.of(next));
          addKeptTogether(run);
          i = end + 1;
        } else {
          keepRoomFor(run);
          run.forEach(h -> pdf.add(directed(element(h), texts(h))));
          i = end;
        }
      } else if (block instanceof PageBreak) {
        pdf.newPage();
        i++;
      } else if (block instanceof KeepTogether k) {
        addKeptTogether(k.blocks());
        i++;
      } else {
        add(block);
        i++;
      }
    }
  }

  /** Adds a block; a callout or side-by-side taller than a page splits where it starts. */
  private void add(Block block) {
    Element element = directed(element(block), texts(block));
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
        || block instanceof SideBySide;
  }

  private void keepRoomFor(List<Block> headings) {
    float needed = ROOM_UNDER_HEADING;
    for (Block h : headings) {
      int level = ((Heading) h).level() - 1;
      needed +=
          Style.HEADING_BEFORE[level] + Style.HEADING[level] * 1.25f + Style.HEADING_AFTER[level];
    }
    if (writer.getVerticalPosition(true) - pdf.bottom() < needed) {
      pdf.newPage();
    }
  }

  private Element element(Block block) {
    if (block instanceof Heading h) {
      lastHeading = h.text();
      return heading(h);
    } else if (block instanceof dev.interviewkit.api.doc.Paragraph p) {
      return paragraph(p);
    } else if (block instanceof BulletList l) {
      return bullets(l.items(), Style.BLOCK_AFTER - 2f);
    } else if (block instanceof Callout c) {
      return callout(c);
    } else if (block instanceof Table t) {
      return table(t);
    } else if (block instanceof SideBySide s) {
      return sideBySide(s);
    } else if (block instanceof NoteLines n) {
      return noteLines(n);
    } else if (block instanceof ChoiceGroup g) {
      return choiceGroup(g);
    } else if (block instanceof dev.interviewkit.api.doc.HeatMap m) {
      return heatMap(m);
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

  private static Paragraph paragraph(dev.interviewkit.api.doc.Paragraph p) {
    return switch (p.style()) {
      case TITLE -> text(p.text(), Fonts.bold(Style.TITLE), Style.TITLE_LEADING, 6f);
      case SUBTITLE -> text(
          p.text(), Fonts.regular(Style.SUBTITLE), Style.SUBTITLE_LEADING, Style.BLOCK_AFTER);
      case BODY -> text(p.text(), Fonts.regular(Style.BODY), Style.BODY_LEADING, 6f);
      case STRONG -> text(p.text(), Fonts.bold(Style.BODY), Style.BODY_LEADING, 6f);
      case SMALL -> text(p.text(), Fonts.regular(Style.SMALL), Style.SMALL_LEADING, 6f);
    };
  }

  private static Paragraph text(String text, Font font, float leading, float after) {
    Paragraph p = new Paragraph(leading, text, font);
    p.setSpacingAfter(after);
    return p;
  }

  private static com.lowagie.text.List bullets(List<String> items, float after) {
    com.lowagie.text.List list = new com.lowagie.text.List(false, 11f);
    list.setListSymbol(new Chunk("•", Fonts.regular(Style.BODY)));
    list.setIndentationLeft(4f);
    for (int i = 0; i < items.size(); i++) {
      ListItem item = new ListItem(Style.BODY_LEADING, items.get(i), Fonts.regular(Style.BODY));
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
    cell.setRunDirection(RunDirection.of(c.text()));
    PdfPTable table = fullWidth(1);
    table.addCell(cell);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    return table;
  }

  private static PdfPTable table(Table t) {
    float[] widths = new float[t.widths().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = t.widths().get(i);
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100f);
    table.setHeaderRows(t.rows().isEmpty() ? 0 : 1);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    for (String title : t.header()) {
      PdfPCell cell = gridCell(title, Fonts.bold(Style.BODY));
      cell.setBackgroundColor(Style.HEADER_FILL);
      table.addCell(cell);
    }
    for (List<String> row : t.rows()) {
      for (String value : row) {
        table.addCell(gridCell(value, Fonts.regular(Style.BODY)));
      }
    }
    return table;
  }

  private static PdfPTable heatMap(dev.interviewkit.api.doc.HeatMap m) {
    float[] widths = new float[m.columns().size() + 1];
    widths[0] = 2.2f * Math.max(1, m.columns().size()) / 2f + 2f;
    for (int i = 1; i < widths.length; i++) {
      widths[i] = 1.6f;
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100f);
    table.setHeaderRows(1);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    PdfPCell corner = gridCell(m.corner(), Fonts.bold(Style.SMALL));
    corner.setBackgroundColor(Style.HEADER_FILL);
    table.addCell(corner);
    for (String column : m.columns()) {
      PdfPCell cell = gridCell(column, Fonts.bold(Style.SMALL));
      cell.setBackgroundColor(Style.HEADER_FILL);
      table.addCell(cell);
    }
    for (int r = 0; r < m.rows().size(); r++) {
      table.addCell(gridCell(m.rows().get(r), Fonts.regular(Style.SMALL)));
      for (int value : m.values().get(r)) {
        PdfPCell cell = gridCell(value == 0 ? "—" : String.valueOf(value),
            Fonts.bold(Style.BODY));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setMinimumHeight(22f);
        if (value > 0) {
          cell.setCellEvent(new HeatBar(value, m.max()));
        }
        table.addCell(cell);
      }
    }
    return table;
  }

  /** Shades a heat-map cell by its value and draws a bar as long as the value. */
  private record HeatBar(int value, int max) implements com.lowagie.text.pdf.PdfPCellEvent {
    @Override
    public void cellLayout(PdfPCell cell, Rectangle box, PdfContentByte[] canvases) {
      PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
      float share = (float) value / max;
      background.saveState();
      background.setGrayFill(1f - 0.15f * share);
      background.rectangle(box.getLeft(), box.getBottom(), box.getWidth(), box.getHeight());
      background.fill();
      float left = box.getLeft() + 16f;
      float room = box.getWidth() - 20f;
      background.setGrayFill(0.35f);
      background.rectangle(left, box.getBottom() + box.getHeight() / 2f - 3f, room * share, 6f);
      background.fill();
      background.restoreState();
    }
  }

  private static PdfPCell gridCell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setRunDirection(RunDirection.of(text));
    cell.setLeading(CELL_LEADING, 0f);
    cell.setBorderWidth(Style.HAIRLINE);
    cell.setBorderColor(Style.INK);
    cell.setPaddingLeft(5f);
    cell.setPaddingRight(5f);
    cell.setPaddingTop(4f);
    cell.setPaddingBottom(5f);
    cell.setUseAscender(true);
    return cell;
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
    List<String> all = new ArrayList<>(items);
    all.add(0, title);
    cell.setRunDirection(RunDirection.of(all.toArray(String[]::new)));
    if (!items.isEmpty()) {
      cell.addElement(bullets(items, 0f));
    }
    return cell;
  }

  private PdfPTable noteLines(NoteLines n) {
    PdfPTable table = fullWidth(1);
    table.setKeepTogether(true);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    int first = 0;
    if (!n.label().isEmpty()) {
      PdfPCell label = bare();
      label.addElement(text(n.label(), Fonts.bold(Style.BODY), Style.BODY_LEADING, 0f));
      label.setRunDirection(RunDirection.of(n.label()));
      table.addCell(label);
      first = 1;
    }
    for (int i = 0; i < n.lines(); i++) {
      table.addCell(lineCell(1));
    }
    String what = n.label().isEmpty() ? "Notes" : n.label();
    FormRows.Field field = n.field().isEmpty() ? FormRows.Field.NONE
        : new FormRows.Field(n.field(), tooltip(lastHeading.isEmpty() ? what
            : lastHeading + " — " + what), n.value());
    table.setTableEvent(new FormRows(first, n.lines(), 0f, field, false));
    return table;
  }

  private PdfPTable choiceGroup(ChoiceGroup g) {
    if (g.evidenceLines() > 0 && g.choices().stream().allMatch(c -> c.detail().isEmpty())) {
      return stackedChoiceGroup(g);
    }
    int columns = g.choices().size();
    PdfPTable table = fullWidth(columns);
    table.setKeepTogether(true);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER - 2f);
    table.addCell(choiceTitle(g, columns));
    ChoiceBox.Group group =
        new ChoiceBox.Group(g.field(), tooltip(g.title() + " — score"), columns);
    for (Choice choice : g.choices()) {
      PdfPCell cell = bare();
      cell.setPaddingLeft(ChoiceBox.LEFT + Style.BOX + 4f);
      cell.setPaddingRight(2f);
      cell.setPaddingTop(CHOICE_PAD_TOP);
      cell.setPaddingBottom(3f);
      cell.addElement(text(choice.label(), Fonts.regular(9.5f), LABEL_LEADING, 0f));
      cell.setRunDirection(RunDirection.of(choice.label(), choice.detail()));
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
    foot.setFixedHeight(4f);
    table.addCell(foot);
    FormRows.Field evidence = lines == 0 ? FormRows.Field.NONE
        : new FormRows.Field(g.evidenceField(), tooltip(g.title() + " — evidence"), "");
    table.setTableEvent(new FormRows(2, lines, 6f, evidence, true));
    return table;
  }

  /** The shaded band with what is rated and its one-line description. */
  private static PdfPCell choiceTitle(ChoiceGroup g, int columns) {
    PdfPCell title = bare();
    title.setColspan(columns);
    title.setBackgroundColor(Style.GROUP_FILL);
    title.setBorder(Rectangle.BOTTOM);
    title.setBorderWidthBottom(Style.HAIRLINE);
    title.setBorderColorBottom(Style.INK);
    title.setPadding(6f);
    title.setPaddingTop(4f);
    title.setPaddingBottom(4f);
    title.addElement(text(g.title(), Fonts.bold(Style.BODY), Style.BODY_LEADING, 0f));
    title.setRunDirection(RunDirection.of(g.title(), g.description()));
    if (!g.description().isEmpty()) {
      title.addElement(text(g.description(), Fonts.regular(Style.SMALL), Style.SMALL_LEADING, 0f));
    }
    return title;
  }

  /**
   * A choice group with its boxes stacked down the left and the evidence field beside them, as
   * tall as the stack or the group's evidence lines, whichever is more: a scorecard row gets a
   * box several lines high for typed evidence in the room a row of boxes and two lines took.
   */
  private PdfPTable stackedChoiceGroup(ChoiceGroup g) {
    int rows = g.choices().size();
    float stack = CHOICE_PAD_TOP + rows * LABEL_LEADING + (rows - 1) * STACK_GAP + 4f;
    float room = Math.max(0f, g.evidenceLines() * Style.LINE_PITCH - stack);
    boolean extra = !g.extraField().isEmpty();
    PdfPTable table = new PdfPTable(extra ? CaptionedFieldCell.widths(STACK_SHARE)
        : new float[] {STACK_SHARE, 100f - STACK_SHARE});
    table.setWidthPercentage(100f);
    table.setKeepTogether(true);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER - 2f);
    table.addCell(choiceTitle(g, extra ? 3 : 2));
    ChoiceBox.Group group =
        new ChoiceBox.Group(g.field(), tooltip(g.title() + " — score"), rows);
    for (int i = 0; i < rows; i++) {
      Choice choice = g.choices().get(i);
      PdfPCell cell = bare();
      float top = i == 0 ? CHOICE_PAD_TOP : STACK_GAP;
      cell.setPaddingLeft(ChoiceBox.LEFT + Style.BOX + 4f);
      cell.setPaddingRight(2f);
      cell.setPaddingTop(top);
      cell.setPaddingBottom(i == rows - 1 ? 4f + room : 0f);
      cell.addElement(text(choice.label(), Fonts.regular(9.5f), LABEL_LEADING, 0f));
      cell.setRunDirection(RunDirection.of(choice.label(), choice.detail()));
      cell.setCellEvent(new ChoiceBox(group, choice.value(), top + LABEL_LEADING));
      table.addCell(cell);
      if (i == 0) {
        PdfPCell evidence = bare();
        evidence.setRowspan(rows);
        evidence.setCellEvent(new FieldCell(new FormRows.Field(g.evidenceField(),
            tooltip(g.title() + " — evidence"), ""), 4f, true));
        table.addCell(evidence);
        if (extra) {
          table.addCell(CaptionedFieldCell.cell(g.extraLabel(), rows, new FormRows.Field(
              g.extraField(), tooltip(g.title() + " — " + g.extraLabel()), "")));
        }
      }
    }
    table.setTableEvent(new FormRows(0, 0, 0f, FormRows.Field.NONE, true));
    return table;
  }

  /**
   * {@code element} in a borderless full-width cell that lays it out right to left (or with
   * right-to-left runs reordered), when one of {@code texts} needs it; otherwise as it is.
   * OpenPDF applies the bidirectional algorithm only inside cells and columns.
   */
  private static Element directed(Element element, String... texts) {
    int direction = RunDirection.of(texts);
    if (direction == com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_NO_BIDI
        || element instanceof PdfPTable) {
      return element;
    }
    PdfPCell cell = bare();
    cell.setRunDirection(direction);
    cell.addElement(element);
    PdfPTable table = fullWidth(1);
    table.addCell(cell);
    return table;
  }

  /** The texts a paragraph, heading or list prints; none for other blocks (cells direct them). */
  private static String[] texts(Block block) {
    if (block instanceof Heading h) {
      return new String[] {h.text()};
    } else if (block instanceof dev.interviewkit.api.doc.Paragraph p) {
      return new String[] {p.text()};
    } else if (block instanceof BulletList l) {
      return l.items().toArray(String[]::new);
    }
    return new String[0];
  }

  /** What a screen reader announces for a field: what it is for, then the document's title. */
  private String tooltip(String what) {
    return documentTitle.isEmpty() ? what : what + " (" + documentTitle + ")";
  }

  private PdfPTable keptTogether(List<Block> blocks) {
    PdfPTable table = fullWidth(1);
    table.setKeepTogether(true);
    for (Block block : blocks) {
      PdfPCell cell = bare();
      cell.addElement(element(block));
      cell.setRunDirection(RunDirection.of(texts(block)));
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
