package dev.interviewkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.render.EastAsian;
import dev.interviewkit.render.TableFit;
import java.util.ArrayList;
import java.util.List;

/**
 * Grid tables whose columns are measured from their cells ({@link TableFit}), broken across pages
 * by hand: a table starts on a page only with its header and at least three rows (or all of them
 * when it has fewer), and its last page never holds fewer than three rows either.
 */
final class TableLayout {

  static final int MIN_ROWS = 3;
  private static final float CELL_LEADING = 1.25f;
  private static final float PAD_SIDE = 5f;
  /** Left and right padding, the border, and a point of slack for rounding. */
  private static final float PADDING = 2 * PAD_SIDE + Style.HAIRLINE + 1f;
  private static final float HEAT_BAR_ROOM = 26f;
  private static final TableFit.Metrics METRICS =
      (text, bold, size) -> Fonts.width(text, bold, size);

  private final com.lowagie.text.Document pdf;
  private final PdfWriter writer;
  private final PageStarts starts;
  private final Tagger tagger;

  TableLayout(com.lowagie.text.Document pdf, PdfWriter writer, PageStarts starts,
      Tagger tagger) {
    this.pdf = pdf;
    this.writer = writer;
    this.starts = starts;
    this.tagger = tagger;
  }

  /** The width between the page margins, in points. */
  float textWidth() {
    return pdf.right() - pdf.left();
  }

  /** A whole table, for measuring. */
  PdfPTable whole(Table t) {
    return whole(t, tagger.document().child(PdfName.TABLE));
  }

  /** A whole table tagged as {@code node}, for nesting in a kept-together group. */
  PdfPTable whole(Table t, Tagger.Node node) {
    TableFit.Fit fit = fit(t);
    return build(t, fit, 0, t.rows().size(), true, true, node);
  }

  /** The height the table needs on the page where it starts: header and its first rows. */
  float leadHeight(Table t) {
    PdfPTable table = whole(t);
    int rows = Math.min(MIN_ROWS, t.rows().size());
    float height = table.spacingBefore();
    for (int r = 0; r <= rows && r < table.size(); r++) {
      height += table.getRowHeight(r);
    }
    return height;
  }

  /**
   * Adds the table tagged as {@code node}, paging it by hand; {@code trailing} is room kept
   * after its last row.
   */
  void add(Table t, float trailing, Tagger.Node node) {
    TableFit.Fit fit = fit(t);
    PdfPTable table = build(t, fit, 0, t.rows().size(), true, true, node);
    int n = t.rows().size();
    float pageHeight = pdf.top() - pdf.bottom();
    float header = n == 0 ? 0 : table.getRowHeight(0);
    float[] rows = new float[n];
    for (int r = 0; r < n; r++) {
      rows[r] = table.getRowHeight(r + (n == 0 ? 0 : 1));
    }
    if (table.getTotalHeight() + trailing <= room() || n == 0) {
      pdf.add(table);
      return;
    }
    for (float h : rows) {
      if (header + h > pageHeight - 2f) {
        // A row taller than a page: OpenPDF splits it; no hand paging can do better.
        pdf.add(table);
        return;
      }
    }
    List<Integer> cuts = cuts(rows, header, room() - table.spacingBefore(), pageHeight, trailing);
    for (int i = 0; i + 1 < cuts.size(); i++) {
      int from = cuts.get(i);
      int to = cuts.get(i + 1);
      if (from == to) {
        pdf.newPage();
        continue;
      }
      if (i > 0 && cuts.get(i - 1) != from) {
        pdf.newPage();
        if (starts != null) {
          starts.row(from);
        }
      }
      pdf.add(build(t, fit, from, to, from == 0, to == n, node));
    }
  }

  /**
   * Where the rows are cut into pages: index pairs {@code [cut(i), cut(i+1))}; an empty first
   * piece means the table starts on the next page.
   */
  static List<Integer> cuts(float[] rows, float header, float firstRoom, float pageHeight,
      float trailing) {
    int n = rows.length;
    float[] heights = rows.clone();
    heights[n - 1] += trailing;
    List<Integer> cuts = new ArrayList<>(List.of(0));
    float room = firstRoom;
    int start = 0;
    while (start < n) {
      float used = header;
      int end = start;
      while (end < n && used + heights[end] <= room) {
        used += heights[end];
        end++;
      }
      int needed = Math.min(MIN_ROWS, n - start);
      if (end - start < needed) {
        if (start == 0 && cuts.size() == 1 && room < pageHeight) {
          cuts.add(0);
          room = pageHeight;
          continue;
        }
        end = Math.min(n, start + Math.max(1, end - start));
      } else if (end < n && n - end < MIN_ROWS && end - start > MIN_ROWS) {
        end = Math.max(start + MIN_ROWS, n - MIN_ROWS);
      }
      cuts.add(end);
      start = end;
      room = pageHeight;
    }
    return cuts;
  }

  private float room() {
    return writer.getVerticalPosition(true) - pdf.bottom();
  }

  private TableFit.Fit fit(Table t) {
    return TableFit.fit(t.header(), t.rows(), pdf.right() - pdf.left(), PADDING, Style.BODY,
        METRICS);
  }

  /**
   * Rows {@code from} to {@code to} under the header, tagged as rows of {@code node}; the
   * header is tagged where the table starts and is an artifact where it is repeated.
   */
  private PdfPTable build(Table t, TableFit.Fit fit, int from, int to, boolean first,
      boolean last, Tagger.Node node) {
    PdfPTable table = new PdfPTable(fit.widths().length);
    widths(table, fit.widths());
    table.setHeaderRows(t.rows().isEmpty() ? 0 : 1);
    table.setSpacingBefore(first ? 2f : 0f);
    table.setSpacingAfter(last ? Style.BLOCK_AFTER : 0f);
    float size = fit.size();
    Tagger.Node head = node.child(Tagger.TR);
    for (String title : t.header()) {
      PdfPCell cell = gridCell(title, Fonts.bold(size));
      cell.setBackgroundColor(Style.HEADER_FILL);
      table.addCell(tagger.tag(cell, first ? head.header(true) : tagger.artifact()));
    }
    for (List<String> row : t.rows().subList(from, to)) {
      Tagger.Node tr = node.child(Tagger.TR);
      for (String value : row) {
        table.addCell(tagger.tag(gridCell(value, Fonts.regular(size)), tr.child(PdfName.TD)));
      }
    }
    return table;
  }

  private void widths(PdfPTable table, float[] widths) {
    table.setTotalWidth(widths);
    table.setLockedWidth(true);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
  }

  /**
   * A heat map: a grid whose score cells are drawn as shaded bars, tagged as a table whose first
   * column heads the rows.
   */
  PdfPTable heatMap(HeatMap m, Tagger.Node node) {
    List<String> header = new ArrayList<>();
    header.add(m.corner());
    header.addAll(m.columns());
    List<List<String>> rows = new ArrayList<>();
    for (String title : m.rows()) {
      List<String> row = new ArrayList<>();
      row.add(title);
      m.columns().forEach(c -> row.add("4 " + "\u2003".repeat(3)));
      rows.add(row);
    }
    TableFit.Fit fit = TableFit.fit(header, rows, pdf.right() - pdf.left(), PADDING,
        Style.SMALL, METRICS);
    float[] widths = fit.widths().clone();
    for (int i = 1; i < widths.length; i++) {
      widths[i] = Math.max(widths[i], HEAT_BAR_ROOM);
    }
    PdfPTable table = new PdfPTable(widths.length);
    widths(table, scaleTo(widths, pdf.right() - pdf.left()));
    table.setHeaderRows(1);
    table.setSpacingBefore(2f);
    table.setSpacingAfter(Style.BLOCK_AFTER);
    Tagger.Node head = node.child(Tagger.TR);
    for (String title : header) {
      PdfPCell cell = gridCell(title, Fonts.bold(fit.size()));
      cell.setBackgroundColor(Style.HEADER_FILL);
      table.addCell(tagger.tag(cell, head.header(true)));
    }
    for (int r = 0; r < m.rows().size(); r++) {
      Tagger.Node tr = node.child(Tagger.TR);
      table.addCell(tagger.tag(gridCell(m.rows().get(r), Fonts.regular(fit.size())),
          tr.header(false)));
      for (int value : m.values().get(r)) {
        PdfPCell cell = gridCell(value == 0 ? "—" : String.valueOf(value),
            Fonts.bold(Style.BODY));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setMinimumHeight(22f);
        if (value > 0) {
          cell.setCellEvent(new HeatBar(value, m.max()));
        }
        table.addCell(tagger.tag(cell, tr.child(PdfName.TD)));
      }
    }
    return table;
  }

  private static float[] scaleTo(float[] widths, float total) {
    float sum = 0;
    for (float w : widths) {
      sum += w;
    }
    float[] scaled = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      scaled[i] = widths[i] * total / sum;
    }
    return scaled;
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

  static PdfPCell gridCell(String text, Font font) {
    List<Chunk> chunks = Fonts.chunks(TableFit.noBreaks(text), font, WordBreaks.INSTANCE);
    PdfPCell cell = new PdfPCell(Fonts.with(new Phrase(chunks.get(0)),
        chunks.subList(1, chunks.size())));
    cell.setRunDirection(RunDirection.of(text));
    cell.setLeading(font.getSize() * CELL_LEADING, 0f);
    cell.setBorderWidth(Style.HAIRLINE);
    cell.setBorderColor(Style.INK);
    cell.setPaddingLeft(PAD_SIDE);
    cell.setPaddingRight(PAD_SIDE);
    cell.setPaddingTop(4f);
    cell.setPaddingBottom(5f);
    cell.setUseAscender(true);
    return cell;
  }

  /**
   * Lines break only at spaces, never after a hyphen as OpenPDF otherwise does, so a hyphenated
   * name stays whole, and in Chinese or Japanese text between characters ({@link
   * EastAsian#breakBetween}). (OpenPDF breaks at every plain space whatever this rule says, which
   * is why a number and its unit are joined by a no-break space instead, {@link
   * TableFit#noBreaks}.)
   */
  static final class WordBreaks extends DefaultSplitCharacter {

    static final WordBreaks INSTANCE = new WordBreaks();

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
      char c = getCurrentCharacter(current, cc, ck);
      return c == ' ' || c == '\t'
          || current + 1 < end
              && EastAsian.breakBetween(c, getCurrentCharacter(current + 1, cc, ck));
    }
  }
}
