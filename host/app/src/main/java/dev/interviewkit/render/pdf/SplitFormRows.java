package dev.interviewkit.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Like {@link FormRows} for a framed choice group, but its ruled rows are split in two side by
 * side text fields: the evidence on the left and a captioned second field (such as "what would
 * have raised the score") on the right, so the second field costs no height.
 */
final class SplitFormRows implements PdfPTableEvent {

  /** Columns of the right-hand field, out of the group's columns. */
  static final int RIGHT_COLUMNS = 2;
  private static final float GAP = 6f;
  private static final float CAPTION = Style.SMALL_LEADING + 1f;

  private final int firstLine;
  private final int lastLine;
  private final float inset;
  private final String left;
  private final String right;
  private boolean placed;

  SplitFormRows(int firstLine, int lines, float inset, String left, String right) {
    this.firstLine = firstLine;
    this.lastLine = firstLine + lines - 1;
    this.inset = inset;
    this.left = left;
    this.right = right;
  }

  /** Adds one ruled row: the left part empty, the right one carrying {@code caption} if any. */
  static void addRow(PdfPTable table, int columns, String caption) {
    PdfPCell l = cell(columns - RIGHT_COLUMNS);
    table.addCell(l);
    PdfPCell r = cell(RIGHT_COLUMNS);
    if (!caption.isEmpty()) {
      com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(Style.SMALL_LEADING,
          caption, Fonts.regular(Style.SMALL));
      r.setPaddingLeft(GAP);
      r.setPaddingTop(0f);
      r.addElement(p);
    }
    table.addCell(r);
  }

  private static PdfPCell cell(int colspan) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.setColspan(colspan);
    cell.setFixedHeight(Style.LINE_PITCH);
    return cell;
  }

  @Override
  public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows,
      int rowStart, PdfContentByte[] canvases) {
    PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
    float x0 = widths[0][0];
    float xEnd = widths[0][widths[0].length - 1];
    float xSplit = Float.NaN;
    float top = Float.NaN;
    float bottom = Float.NaN;
    canvas.saveState();
    canvas.setLineWidth(Style.HAIRLINE);
    canvas.setColorStroke(Style.RULE);
    for (int k = 0; k + 1 < heights.length; k++) {
      int row = k < headerRows ? k : rowStart + k - headerRows;
      if (row >= firstLine && row <= lastLine) {
        // A ruled row has two cells: its widths are left edge, split, right edge.
        xSplit = widths[k][1];
        canvas.moveTo(x0 + inset, heights[k + 1]);
        canvas.lineTo(xSplit - GAP, heights[k + 1]);
        canvas.moveTo(xSplit + GAP, heights[k + 1]);
        canvas.lineTo(xEnd - inset, heights[k + 1]);
        if (Float.isNaN(top)) {
          top = heights[k];
        }
        bottom = heights[k + 1];
      }
    }
    canvas.stroke();
    canvas.restoreState();
    canvas.saveState();
    canvas.setLineWidth(Style.HAIRLINE);
    canvas.setColorStroke(Style.INK);
    canvas.rectangle(x0, heights[heights.length - 1], xEnd - x0,
        heights[0] - heights[heights.length - 1]);
    canvas.stroke();
    canvas.restoreState();
    if (!placed && !Float.isNaN(top)) {
      placed = true;
      place(canvas, left, new Rectangle(x0 + inset, bottom + 1f, xSplit - GAP, top));
      place(canvas, right, new Rectangle(xSplit + GAP, bottom + 1f, xEnd - inset,
          top - CAPTION));
    }
  }

  private static void place(PdfContentByte canvas, String name, Rectangle box) {
    TextField text = new TextField(canvas.getPdfWriter(), box, name);
    text.setOptions(TextField.MULTILINE);
    text.setFont(Fonts.field());
    text.setFontSize(Style.BODY);
    text.setTextColor(Style.INK);
    try {
      PdfFormField field = text.getTextField();
      field.put(PdfName.P, canvas.getPdfWriter().getCurrentPage());
      canvas.getPdfWriter().addAnnotation(field);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add form field " + name, e);
    }
  }
}
