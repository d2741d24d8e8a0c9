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
import java.util.ArrayList;

/**
 * Marks a run of a table's rows as room to write in: ruled lines for handwriting where the rows
 * have no field, or one text field framed by a hairline and with no lines running through it.
 */
final class FormRows implements PdfPTableEvent {

  /** Inner margin between a text field's frame and its text. */
  static final float FIELD_PADDING = 2f;

  private final int firstLine;
  private final int lastLine;
  private final float inset;
  private final Field field;
  private final boolean framed;
  private final int column;
  private boolean fieldPlaced;

  /**
   * A fillable area: its name, the tooltip screen readers announce, and what it starts filled
   * with; an empty name means handwriting lines only.
   */
  record Field(String name, String tooltip, String value) {

    static final Field NONE = new Field("", "", "");

    boolean isNone() {
      return name.isEmpty();
    }
  }

  /** Marks {@code lines} rows from {@code firstLine}; {@code framed} outlines the whole table. */
  FormRows(int firstLine, int lines, float inset, Field field, boolean framed) {
    this(firstLine, lines, inset, field, framed, 0);
  }

  /** As above, the lines or field starting at {@code column} (a label stands left of them). */
  FormRows(int firstLine, int lines, float inset, Field field, boolean framed, int column) {
    this.column = column;
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
    Tagger.artifact(canvas, () -> draw(canvas, widths, heights, headerRows, rowStart));
  }

  /** Draws the frame and the lines, or the field, of the rows. */
  private void draw(PdfContentByte canvas, float[][] widths, float[] heights, int headerRows,
      int rowStart) {
    float left = widths[0][column];
    float right = widths[0][widths[0].length - 1];
    float top = Float.NaN;
    float bottom = Float.NaN;
    for (int k = 0; k + 1 < heights.length; k++) {
      int row = k < headerRows ? k : rowStart + k - headerRows;
      if (row >= firstLine && row <= lastLine) {
        if (Float.isNaN(top)) {
          top = heights[k];
        }
        bottom = heights[k + 1];
      }
    }
    if (framed) {
      canvas.saveState();
      canvas.setLineWidth(Style.HAIRLINE);
      canvas.setColorStroke(Style.INK);
      canvas.rectangle(left, heights[heights.length - 1], right - left,
          heights[0] - heights[heights.length - 1]);
      canvas.stroke();
      canvas.restoreState();
    }
    if (Float.isNaN(top)) {
      return;
    }
    if (field.isNone()) {
      rule(canvas, left + inset, right - inset, heights, headerRows, rowStart);
    } else if (!fieldPlaced) {
      fieldPlaced = true;
      Rectangle box =
          new Rectangle(left + inset, bottom + 1f, right - inset, framed ? top : top - 2f);
      if (!framed) {
        outline(canvas, box);
      }
      addField(canvas, box, field);
    }
  }

  private void rule(
      PdfContentByte canvas, float from, float to, float[] heights, int headerRows, int rowStart) {
    canvas.saveState();
    canvas.setLineWidth(Style.HAIRLINE);
    canvas.setColorStroke(Style.RULE);
    for (int k = 0; k + 1 < heights.length; k++) {
      int row = k < headerRows ? k : rowStart + k - headerRows;
      if (row >= firstLine && row <= lastLine) {
        canvas.moveTo(from, heights[k + 1]);
        canvas.lineTo(to, heights[k + 1]);
      }
    }
    canvas.stroke();
    canvas.restoreState();
  }

  /**
   * {@link Style#FIELD}, or for a one-line box whose pre-filled value is wider than it (an
   * 80-character name) the size in half points, down to {@link Style#FIELD_MIN}, that holds it.
   */
  static float size(Rectangle box, String value) {
    boolean oneLine = box.getHeight() < 2.5f * Style.FIELD;
    float room = box.getWidth() - 2 * (FIELD_PADDING + 2f);
    float size = Style.FIELD;
    Fonts.FieldFonts fonts = Fonts.fieldFonts();
    while (oneLine && size > Style.FIELD_MIN && fonts.width(value, size) > room) {
      size -= 0.5f;
    }
    return size;
  }

  /** A light frame round a field's area, so the space to write in shows on paper. */
  static void outline(PdfContentByte canvas, Rectangle box) {
    canvas.saveState();
    canvas.setLineWidth(Style.HAIRLINE);
    canvas.setColorStroke(Style.RULE);
    canvas.rectangle(box.getLeft(), box.getBottom(), box.getWidth(), box.getHeight());
    canvas.stroke();
    canvas.restoreState();
  }

  /**
   * A multi-line, scrolling text field in the full form font at a fixed {@link Style#FIELD}: a
   * viewer scrolls a long answer rather than shrinking it (automatic size printed a long answer
   * at 4 pt), so what prints is readable; the boxes are sized for a page's worth of evidence.
   */
  static void addField(PdfContentByte canvas, Rectangle box, Field field) {
    TextField text = new TextField(canvas.getPdfWriter(), box, field.name());
    text.setOptions(TextField.MULTILINE);
    Fonts.FieldFonts fonts = Fonts.fieldFonts();
    text.setFont(fonts.main());
    if (!fonts.substitutes().isEmpty()) {
      text.setSubstitutionFontList(new ArrayList<>(fonts.substitutes()));
    }
    text.setFontSize(size(box, field.value()));
    text.setTextColor(Style.INK);
    text.setExtraMargin(FIELD_PADDING, FIELD_PADDING);
    if (!field.value().isEmpty()) {
      text.setText(field.value());
    }
    try {
      PdfFormField formField = text.getTextField();
      formField.setUserName(field.tooltip());
      formField.put(PdfName.P, canvas.getPdfWriter().getCurrentPage());
      Tagger.of(canvas.getPdfWriter()).widget(formField);
      canvas.getPdfWriter().addAnnotation(formField);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add form field " + field.name(), e);
    }
  }
}
