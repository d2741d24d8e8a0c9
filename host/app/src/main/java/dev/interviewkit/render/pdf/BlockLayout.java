package dev.interviewkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.render.TableFit;
import java.util.ArrayList;
import java.util.List;

/** Builds the OpenPDF element of each block; {@link PageFlow} decides where the pages break. */
final class BlockLayout {

  static final float LIST_INDENT = 4f;
  private static final float LIST_SYMBOL = 11f;
  static final float NUMBER_SYMBOL = 17f;
  private static final float LABEL_LEADING = 12f;
  private static final float LABEL_ABOVE = 12f;
  private static final float CHOICE_PAD_TOP = 6f;
  private static final float STACK_SHARE = 26f;
  private static final float STACK_GAP = 0.5f;
  private static final float NARROWEST = 480f;

  private final TableLayout tables;
  private final String documentTitle;
  private final Tagger tagger;
  private String lastHeading = "";
  /** Headings made so far: each one's bookmark tag is unique (see {@link Outlines}); never printed. */
  private static final java.util.concurrent.atomic.AtomicInteger HEADINGS =
      new java.util.concurrent.atomic.AtomicInteger();

  /** {@code documentTitle} (e.g. "Scorecard — Systems design") ends every field's tooltip. */
  BlockLayout(TableLayout tables, String documentTitle, Tagger tagger) {
    this.tables = tables;
    this.documentTitle = documentTitle;
    this.tagger = tagger;
  }

  /**
   * The structure element {@code block} is tagged as: a heading, a paragraph, a list, a table or
   * a figure; the document itself for blocks of several parts, which tag their parts under it.
   */
  Tagger.Node node(Block block) {
    Tagger.Node document = tagger.document();
    if (block instanceof Heading h) {
      return document.heading(h.level());
    } else if (block instanceof dev.interviewkit.api.doc.Paragraph || block instanceof Callout) {
      return document.child(PdfName.P);
    } else if (block instanceof BulletList) {
      return document.child(PdfName.L);
    } else if (block instanceof Table || block instanceof dev.interviewkit.api.doc.HeatMap) {
      return document.child(PdfName.TABLE);
    } else if (block instanceof dev.interviewkit.api.doc.Figure f) {
      return document.figure(f.description());
    }
    return document;
  }

  /** The element of {@code block}, tagged as {@code node}, set right to left where needed. */
  Element placed(Block block, Tagger.Node node) {
    return directed(element(block, node), node, texts(block));
  }

  /** {@code element}, printing {@code text}, set right to left where the text needs it. */
  Element placed(Element element, Tagger.Node node, String text) {
    return directed(element, node, text);
  }

  /** The element of {@code block}; its cells tagged as or under {@code node}. */
  Element element(Block block, Tagger.Node node) {
    if (block instanceof Heading h) {
      lastHeading = h.text();
      return heading(h);
    } else if (block instanceof dev.interviewkit.api.doc.Paragraph p) {
      return paragraph(p);
    } else if (block instanceof BulletList l) {
      return bullets(l.items(), Style.BLOCK_AFTER - 2f, l.numbered() ? 1 : 0,
          RunDirection.of(l.items().toArray(String[]::new)));
    } else if (block instanceof Callout c) {
      return callout(c, node);
    } else if (block instanceof Table t) {
      return tables.whole(t, node);
    } else if (block instanceof SideBySide s) {
      return sideBySide(s);
    } else if (block instanceof NoteLines n) {
      return noteLines(n);
    } else if (block instanceof ChoiceGroup g) {
      return choiceGroup(g);
    } else if (block instanceof dev.interviewkit.api.doc.HeatMap m) {
      return tables.heatMap(m, node);
    } else if (block instanceof dev.interviewkit.api.doc.Figure f) {
      return figure(f, tables.textWidth(), node);
    }
    throw new IllegalArgumentException("no layout for " + block.getClass().getSimpleName());
  }

  static Paragraph heading(Heading h) {
    int level = h.level() - 1;
    List<Chunk> text = Fonts.chunks(h.text(), Fonts.bold(Style.HEADING[level]),
        DefaultSplitCharacter.DEFAULT);
    String tag = Outlines.tag(h.level(), HEADINGS.incrementAndGet(), h.text());
    text.forEach(chunk -> chunk.setGenericTag(tag));
    Paragraph p = Fonts.with(new Paragraph(Style.HEADING[level] * 1.25f, text.get(0)),
        text.subList(1, text.size()));
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
  static List<Chunk> words(String text, Font font) {
    return Fonts.chunks(TableFit.noBreaks(text), font, TableLayout.WordBreaks.INSTANCE);
  }

  static Paragraph text(String text, Font font, float leading, float after) {
    List<Chunk> words = words(text, font);
    Paragraph p = Fonts.with(new Paragraph(leading, words.get(0)),
        words.subList(1, words.size()));
    p.setSpacingAfter(after);
    return p;
  }

  private static com.lowagie.text.List bullets(List<String> items, float after) {
    return bullets(items, after, 0);
  }

  /** A list; numbered from {@code first} unless it is 0, bulleted then. */
  static com.lowagie.text.List bullets(List<String> items, float after, int first) {
    return bullets(items, after, first,
        RunDirection.of(items.toArray(String[]::new)));
  }

  /**
   * A list for text of run {@code direction}, numbered from {@code first} unless it is 0.
   * OpenPDF draws a list's symbol at the left indent whatever the direction, where
   * right-to-left text runs into it; there the symbol leads each item's text instead, so the
   * bidirectional layout puts it at the right, where the item starts.
   */
  static com.lowagie.text.List bullets(List<String> items, float after, int first,
      int direction) {
    boolean rightToLeft = direction == com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_RTL;
    com.lowagie.text.List list = new com.lowagie.text.List(false,
        rightToLeft ? 0f : first > 0 ? NUMBER_SYMBOL : LIST_SYMBOL);
    list.setListSymbol(new Chunk(rightToLeft ? "" : "•", Fonts.regular(Style.BODY)));
    list.setIndentationLeft(rightToLeft ? 0f : LIST_INDENT);
    for (int i = 0; i < items.size(); i++) {
      String symbol = first > 0 ? (first + i) + "." : "•";
      List<Chunk> words = rightToLeft
          ? Fonts.chunks(symbol + "\u00A0\u00A0" + items.get(i), Fonts.regular(Style.BODY),
              DefaultSplitCharacter.DEFAULT)
          : words(items.get(i), Fonts.regular(Style.BODY));
      ListItem item = Fonts.with(new ListItem(Style.BODY_LEADING, words.get(0)),
          words.subList(1, words.size()));
      if (rightToLeft) {
        item.setAlignment(Element.ALIGN_LEFT); // right to left, "left" is the start: the right
      } else if (first > 0) {
        item.setListSymbol(new Chunk((first + i) + ".", Fonts.regular(Style.BODY)));
      }
      item.setSpacingAfter(i == items.size() - 1 ? after : 2f);
      list.add(item);
    }
    return list;
  }

  private PdfPTable callout(Callout c, Tagger.Node node) {
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
    table.addCell(tagger.tag(cell, node));
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    return table;
  }

  /** A picture centred at its size, or scaled down in proportion to {@code room} points wide. */
  PdfPTable figure(dev.interviewkit.api.doc.Figure f, float room, Tagger.Node node) {
    com.lowagie.text.Image image = PngImages.of(f);
    float width = Math.min(f.width(), room);
    image.scaleAbsolute(width, f.height() * width / f.width());
    PdfPCell cell = bare();
    cell.setImage(image);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setPadding(0f);
    PdfPTable table = new PdfPTable(1);
    table.setTotalWidth(width);
    table.setLockedWidth(true);
    table.setHorizontalAlignment(Element.ALIGN_CENTER);
    table.addCell(tagger.tag(cell, node));
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    return table;
  }

  private PdfPTable sideBySide(SideBySide s) {
    PdfPTable table = fullWidth(2);
    table.addCell(column(s.leftTitle(), s.left(), 0f, 10f));
    table.addCell(column(s.rightTitle(), s.right(), 10f, 0f));
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    return table;
  }

  /**
   * A column of a side-by-side block: its title and its bullets, in cells of a table of their
   * own so the title is tagged as a paragraph and the bullets as a list.
   */
  private PdfPCell column(String title, List<String> items, float padLeft, float padRight) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.TOP);
    cell.setBorderWidthTop(Style.HAIRLINE);
    cell.setBorderColorTop(Style.INK);
    cell.setPaddingLeft(padLeft);
    cell.setPaddingRight(padRight);
    cell.setPaddingTop(3f);
    cell.setPaddingBottom(0f);
    List<String> all = new ArrayList<>(items);
    all.add(0, title);
    int direction = RunDirection.of(all.toArray(String[]::new));
    PdfPTable parts = fullWidth(1);
    PdfPCell heading = bare();
    heading.addElement(text(title, Fonts.bold(Style.BODY), Style.BODY_LEADING, 3f));
    heading.setRunDirection(direction);
    parts.addCell(paragraphCell(heading));
    Tagger.Node list = tagger.document().child(PdfName.L);
    for (int i = 0; i < items.size(); i++) {
      PdfPCell item = bare();
      item.addElement(bullets(List.of(items.get(i)), i == items.size() - 1 ? 0f : 2f, 0,
          direction));
      item.setRunDirection(direction);
      parts.addCell(tagger.tag(item, list.child(PdfName.LI).child(PdfName.LBODY)));
    }
    cell.addElement(parts);
    cell.setRunDirection(direction);
    return tagger.tag(cell, null);
  }

  private PdfPTable noteLines(NoteLines n) {
    if (n.lines() == 1 && !n.label().isEmpty() && !n.field().isEmpty()) {
      return fitsBeside(n) ? labelledField(n) : labelAbove(n);
    }
    PdfPTable table = fullWidth(1);
    table.setKeepTogether(true);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    int first = 0;
    if (!n.label().isEmpty()) {
      PdfPCell label = bare();
      label.addElement(text(n.label(), Fonts.bold(Style.BODY), Style.BODY_LEADING, 0f));
      label.setRunDirection(RunDirection.of(n.label()));
      table.addCell(paragraphCell(label));
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

  /**
   * Whether a one-line field's pre-filled value fits at {@link Style#FIELD} beside its label on
   * the narrowest paper; a longer one (an 80-character name) gets the full width under its label.
   */
  private static boolean fitsBeside(NoteLines n) {
    float label = Fonts.bold().getWidthPoint(n.label(), Style.BODY) + 8f;
    return Fonts.field().getWidthPoint(n.value(), Style.FIELD)
        <= NARROWEST - label - 2 * (FormRows.FIELD_PADDING + 4f);
  }

  /** A one-line field under its label, the full width: for a value too long to go beside it. */
  private PdfPTable labelAbove(NoteLines n) {
    PdfPTable table = fullWidth(1);
    table.setKeepTogether(true);
    table.setSpacingAfter(Style.BLOCK_AFTER - 2f);
    PdfPCell label = bare();
    label.addElement(text(n.label(), Fonts.bold(Style.FIELD), LABEL_ABOVE - 1f, 0f));
    label.setRunDirection(RunDirection.of(n.label()));
    table.addCell(label);
    PdfPCell line = bare();
    line.setFixedHeight(LABEL_ABOVE + 5f);
    table.addCell(line);
    table.setTableEvent(new FormRows(1, 1, 0f, new FormRows.Field(n.field(), tooltip(
        lastHeading.isEmpty() ? n.label() : lastHeading + " — " + n.label()), n.value()), false));
    return table;
  }

  /** A one-line field with its label on the same line, left of it (the interviewer's name). */
  private PdfPTable labelledField(NoteLines n) {
    float labelWidth = Fonts.bold().getWidthPoint(n.label(), Style.BODY) + 8f;
    PdfPTable table = new PdfPTable(2);
    table.setWidthPercentage(100f);
    try {
      // Shares of the narrowest text width (A4's 487 pt), so the label never gets less room.
      table.setWidths(new float[] {labelWidth, Math.max(labelWidth, NARROWEST - labelWidth)});
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException(e);
    }
    table.setKeepTogether(true);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    PdfPCell label = bare();
    label.setVerticalAlignment(Element.ALIGN_MIDDLE);
    label.setPaddingBottom(3f);
    label.addElement(text(n.label(), Fonts.bold(Style.BODY), Style.BODY_LEADING, 0f));
    label.setRunDirection(RunDirection.of(n.label()));
    table.addCell(paragraphCell(label));
    table.addCell(lineCell(1));
    FormRows.Field field = new FormRows.Field(n.field(), tooltip(lastHeading.isEmpty()
        ? n.label() : lastHeading + " — " + n.label()), n.value());
    table.setTableEvent(new FormRows(0, 1, 0f, field, false, 1));
    return table;
  }

  private PdfPTable choiceGroup(ChoiceGroup g) {
    if (InlineChoiceRow.fits(g)) {
      return InlineChoiceRow.of(g, this::tooltip);
    }
    if (g.evidenceLines() > 0 && g.choices().stream().allMatch(c -> c.detail().isEmpty())) {
      return stackedChoiceGroup(g);
    }
    int columns = g.choices().size();
    PdfPTable table = fullWidth(columns);
    table.setKeepTogether(true);
    table.setSpacingBefore(0f);
    table.setSpacingAfter(Style.BLOCK_AFTER - 4f);
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
      table.addCell(paragraphCell(cell));
    }
    int lines = g.evidenceLines();
    for (int i = 0; i < lines; i++) {
      table.addCell(lineCell(columns));
    }
    PdfPCell foot = bare();
    foot.setColspan(columns);
    foot.setFixedHeight(2f);
    table.addCell(tagger.tag(foot, tagger.artifact()));
    FormRows.Field evidence = lines == 0 ? FormRows.Field.NONE
        : new FormRows.Field(g.evidenceField(), tooltip(g.title() + " — evidence"), "");
    table.setTableEvent(new FormRows(2, lines, 6f, evidence, true));
    return table;
  }

  /** The shaded band with what is rated and its one-line description. */
  private PdfPCell choiceTitle(ChoiceGroup g, int columns) {
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
    title.setRunDirection(RunDirection.of(g.title(), g.description()));
    if (!g.description().isEmpty()) {
      title.addElement(text(g.description(), Fonts.regular(Style.SMALL), Style.SMALL_LEADING, 0f));
    }
    return paragraphCell(title);
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
    table.setSpacingBefore(0f);
    table.setSpacingAfter(Style.BLOCK_AFTER - 4f);
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
      table.addCell(paragraphCell(cell));
      if (i == 0) {
        PdfPCell evidence = bare();
        evidence.setRowspan(rows);
        evidence.setCellEvent(new FieldCell(new FormRows.Field(g.evidenceField(),
            tooltip(g.title() + " — evidence"), ""), 4f, true));
        table.addCell(tagger.tag(evidence, tagger.artifact()));
        if (extra) {
          table.addCell(paragraphCell(CaptionedFieldCell.cell(g.extraLabel(), rows,
              new FormRows.Field(g.extraField(), tooltip(g.title() + " — " + g.extraLabel()),
                  ""))));
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
  private Element directed(Element element, Tagger.Node node, String... texts) {
    int direction = RunDirection.of(texts);
    if (direction == com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_NO_BIDI
        || element instanceof PdfPTable) {
      return element;
    }
    PdfPCell cell = bare();
    cell.setRunDirection(direction);
    cell.addElement(element);
    PdfPTable table = fullWidth(1);
    table.addCell(tagger.tag(cell, node));
    return table;
  }

  /** {@code cell}, its text tagged as a paragraph of its own. */
  private PdfPCell paragraphCell(PdfPCell cell) {
    return tagger.tag(cell, tagger.document().child(PdfName.P));
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

  /**
   * {@code blocks} in the cells of one table kept on a page: a cell a block, tagged as the block,
   * and a cell a list item, so each item is tagged as one.
   */
  PdfPTable keptTogether(List<Block> blocks) {
    PdfPTable table = fullWidth(1);
    table.setKeepTogether(true);
    for (Block block : blocks) {
      Tagger.Node node = node(block);
      if (block instanceof BulletList l) {
        addItems(table, l, node);
        continue;
      }
      Element element = element(block, node);
      PdfPCell cell = bare();
      cell.addElement(element);
      cell.setRunDirection(RunDirection.of(texts(block)));
      // a block set as a table tags its own cells; this cell holds nothing of its own
      table.addCell(tagger.tag(cell, element instanceof PdfPTable ? null : node));
    }
    return table;
  }

  /** A list's items in cells of their own, spaced as in one list, each an LI of {@code list}. */
  private void addItems(PdfPTable table, BulletList l, Tagger.Node list) {
    List<String> items = l.items();
    int direction = RunDirection.of(items.toArray(String[]::new));
    for (int i = 0; i < items.size(); i++) {
      boolean last = i == items.size() - 1;
      PdfPCell cell = bare();
      cell.addElement(bullets(List.of(items.get(i)), last ? Style.BLOCK_AFTER - 2f : 2f,
          l.numbered() ? i + 1 : 0, direction));
      cell.setRunDirection(direction);
      cell.setPaddingBottom(last ? Style.BLOCK_AFTER - 2f : 0f);
      table.addCell(tagger.tag(cell, list.child(PdfName.LI).child(PdfName.LBODY)));
    }
  }

  private PdfPCell lineCell(int colspan) {
    PdfPCell cell = bare();
    cell.setColspan(colspan);
    cell.setFixedHeight(Style.LINE_PITCH);
    return tagger.tag(cell, tagger.artifact());
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
