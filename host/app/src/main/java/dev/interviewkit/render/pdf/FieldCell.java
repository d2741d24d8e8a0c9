package dev.interviewkit.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

/** Makes a blank cell (it may span rows) one text field, inset from the cell's edges. */
final class FieldCell implements PdfPCellEvent {

  private final FormRows.Field field;
  private final float inset;
  private final boolean outlined;
  private boolean placed;

  /** {@code outlined} draws a light frame round the field, for a cell not framed otherwise. */
  FieldCell(FormRows.Field field, float inset, boolean outlined) {
    this.field = field;
    this.inset = inset;
    this.outlined = outlined;
  }

  @Override
  public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
    if (placed) {
      return;
    }
    placed = true;
    Rectangle box = new Rectangle(position.getLeft() + inset, position.getBottom() + inset,
        position.getRight() - inset, position.getTop() - inset);
    PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
    if (outlined) {
      FormRows.outline(canvas, box);
    }
    FormRows.addField(canvas, box, field);
  }
}
