package dev.interviewkit.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Rules a run of a table's rows for handwriting, with an optional frame and text field. */
final class FormRows implements PdfPTableEvent {

  private final int firstLine;
  private final int lastLine;
  private final float inset;
  private final String field;
  private final boolean framed;
  private boolean fieldPlaced;

  /** Rules {@code lines} rows from {@code firstLine}; an empty {@code field} adds no field. */
  FormRows(int firstLine, int lines, float inset, String field, boolean framed) {
    this.firstLine = firstLine;
    this.lastLine = firstLine + lines - 1;
    this.inset = inset;
    this.field = field;
    this.framed = framed;
  }

  @Override
  public void tableLayout(
      PdfPTable table,
      float[][] widths,
      float[] heights,
      int headerRows,
      int rowStart,
      PdfContentByte[] canvases) {
    PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
    float left = widths[0][0];
    float right = widths[0][widths[0].length - 1];
    float top = Float.NaN;
    float bottom = Float.NaN;
    canvas.saveState();
    canvas.setLineWidth(Style.HAIRLINE);
    canvas.setColorStroke(Style.RULE);
    for (int k = 0; k + 1 < heights.length; k++) {
      int row = k < headerRows ? k : rowStart + k - headerRows;
      if (row >= firstLine && row <= lastLine) {
        canvas.moveTo(left + inset, heights[k + 1]);
        canvas.lineTo(right - inset, heights[k + 1]);
        if (Float.isNaN(top)) {
          top = heights[k];
        }
        bottom = heights[k + 1];
      }
    }
    canvas.stroke();
    canvas.restoreState();
    if (framed) {
      canvas.saveState();
      canvas.setLineWidth(Style.HAIRLINE);
      canvas.setColorStroke(Style.INK);
      canvas.rectangle(left, heights[heights.length - 1], right - left,
          heights[0] - heights[heights.length - 1]);
      canvas.stroke();
      canvas.restoreState();
    }
    if (!field.isEmpty() && !fieldPlaced && !Float.isNaN(top)) {
      fieldPlaced = true;
      placeField(canvas, new Rectangle(left + inset, bottom + 1f, right - inset, top));
    }
  }

  private void placeField(PdfContentByte canvas, Rectangle box) {
    TextField text = new TextField(canvas.getPdfWriter(), box, field);
    text.setOptions(TextField.MULTILINE);
    text.setFont(Fonts.field());
    text.setFontSize(Style.BODY);
    text.setTextColor(Style.INK);
    try {
      PdfFormField formField = text.getTextField();
      formField.put(PdfName.P, canvas.getPdfWriter().getCurrentPage());
      canvas.getPdfWriter().addAnnotation(formField);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add form field " + field, e);
    }
  }
}
