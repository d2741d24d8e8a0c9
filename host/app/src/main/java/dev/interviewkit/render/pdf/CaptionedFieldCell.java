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
  private boolean placed;

  private CaptionedFieldCell(FormRows.Field field) {
    this.field = field;
  }

  /** Column widths: the stacked boxes, the evidence box, the captioned field. */
  static float[] widths(float stackShare) {
    float rest = 100f - stackShare;
    return new float[] {stackShare, rest * EVIDENCE_SHARE, rest * (1f - EVIDENCE_SHARE)};
  }

  /** The cell: {@code caption} printed small at its top, the field below, over {@code rows}. */
  static PdfPCell cell(String caption, int rows, FormRows.Field field) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.setPaddingLeft(INSET);
    cell.setPaddingTop(INSET - 1f);
    cell.setRowspan(rows);
    List<Chunk> words = Fonts.chunks(caption, Fonts.regular(Style.SMALL),
        DefaultSplitCharacter.DEFAULT);
    cell.addElement(Fonts.with(new com.lowagie.text.Paragraph(Style.SMALL_LEADING, words.get(0)),
        words.subList(1, words.size())));
    cell.setCellEvent(new CaptionedFieldCell(field));
    return cell;
  }

  @Override
  public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
    if (placed) {
      return;
    }
    placed = true;
    Rectangle box = new Rectangle(position.getLeft() + INSET, position.getBottom() + INSET,
        position.getRight() - INSET, position.getTop() - INSET - CAPTION);
    PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
    FormRows.outline(canvas, box);
    FormRows.addField(canvas, box, field);
  }
}
