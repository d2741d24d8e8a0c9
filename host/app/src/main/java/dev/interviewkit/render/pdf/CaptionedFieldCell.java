package dev.interviewkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * A second text field beside a scorecard row's evidence box (e.g. what would have raised the
 * score): a cell spanning the row with a small caption on top and the field under it, in the same
 * height as the evidence box, so the scorecard keeps its one page.
 */
final class CaptionedFieldCell implements PdfPCellEvent {

  /** Share of the row the evidence box keeps of what the stacked boxes leave. */
  static final float EVIDENCE_SHARE = 0.58f;
  private static final float INSET = 4f;
  private static final float CAPTION = Style.SMALL_LEADING + 2f;

  private final FormRows.Field field;
  private final boolean framed;
  private boolean placed;

  private CaptionedFieldCell(FormRows.Field field, boolean framed) {
    this.field = field;
    this.framed = framed;
  }

  /** Column widths: the stacked boxes, the evidence box, the captioned field. */
  static float[] widths(float stackShare) {
    float rest = 100f - stackShare;
    return new float[] {stackShare, rest * EVIDENCE_SHARE, rest * (1f - EVIDENCE_SHARE)};
  }

  /** The cell: {@code caption} printed small at its top, the field below, over {@code rows}. */
  static PdfPCell cell(String caption, int rows, FormRows.Field field) {
    return cell(caption, rows, field, false, INSET);
  }

  /**
   * As {@link #cell}, one row high, the frame drawn round the caption and the field together, so
   * the box is as tall as the evidence box beside it (the compact row).
   */
  static PdfPCell framed(String caption, FormRows.Field field) {
    return cell(caption, 1, field, true, INSET + 2f);
  }

  private static PdfPCell cell(String caption, int rows, FormRows.Field field, boolean framed,
      float left) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.setPaddingLeft(left);
    cell.setPaddingTop(framed ? INSET - 2f : INSET - 1f);
    cell.setRowspan(rows);
    List<Chunk> words = Fonts.chunks(caption, Fonts.regular(Style.SMALL),
        DefaultSplitCharacter.DEFAULT);
    cell.addElement(Fonts.with(new com.lowagie.text.Paragraph(Style.SMALL_LEADING, words.get(0)),
        words.subList(1, words.size())));
    cell.setCellEvent(new CaptionedFieldCell(field, framed));
    return cell;
  }

  @Override
  public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
    if (placed) {
      return;
    }
    placed = true;
    float inset = framed ? 3f : INSET;
    Rectangle box = new Rectangle(position.getLeft() + inset, position.getBottom() + inset,
        position.getRight() - inset, position.getTop() - inset - (framed ? CAPTION - 2f : CAPTION));
    PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
    FormRows.outline(canvas, framed ? new Rectangle(box.getLeft(), box.getBottom(),
        box.getRight(), position.getTop() - inset) : box);
    FormRows.addField(canvas, box, field);
  }
}
