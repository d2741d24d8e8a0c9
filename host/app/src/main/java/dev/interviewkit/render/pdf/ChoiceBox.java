package dev.interviewkit.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfAppearance;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** Draws one tick box at the top left of its cell and makes it a button of a radio group. */
final class ChoiceBox implements PdfPCellEvent {

  static final float LEFT = 5f;

  private final Group group;
  private final String value;
  private final float baselineDrop;
  private boolean placed;

  /** {@code baselineDrop} is the distance from the cell's top to its first baseline. */
  ChoiceBox(Group group, String value, float baselineDrop) {
    this.group = group;
    this.value = value;
    this.baselineDrop = baselineDrop;
  }

  @Override
  public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
    if (placed) {
      return;
    }
    placed = true;
    float x = position.getLeft() + LEFT;
    float y = position.getTop() - baselineDrop - 1.5f;
    Rectangle box = new Rectangle(x, y, x + Style.BOX, y + Style.BOX);
    PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
    canvas.saveState();
    canvas.setLineWidth(0.75f);
    canvas.setColorStroke(Style.INK);
    canvas.rectangle(x, y, Style.BOX, Style.BOX);
    canvas.stroke();
    canvas.restoreState();
    group.add(canvas.getPdfWriter(), box, value);
  }

  /** The radio field the boxes of one choice group belong to; added once every box is placed. */
  static final class Group {

    private final String name;
    private final String tooltip;
    private final int size;
    private PdfFormField field;
    private int placed;

    /** {@code tooltip} names what is scored, for screen readers (the field's /TU). */
    Group(String name, String tooltip, int size) {
      this.name = name;
      this.tooltip = tooltip;
      this.size = size;
    }

    void add(PdfWriter writer, Rectangle box, String value) {
      if (field == null) {
        field = PdfFormField.createRadioButton(writer, true);
        field.setFieldName(name);
        field.setUserName(tooltip);
      }
      PdfFormField kid = PdfFormField.createEmpty(writer);
      kid.setWidget(box, PdfAnnotation.HIGHLIGHT_INVERT);
      kid.setFlags(PdfAnnotation.FLAGS_PRINT);
      kid.put(PdfName.P, writer.getCurrentPage());
      kid.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, value, tick(writer));
      kid.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, "Off", blank(writer));
      kid.setAppearanceState("Off");
      Tagger.of(writer).widget(kid);
      field.addKid(kid);
      placed++;
      if (placed == size) {
        writer.addAnnotation(field);
      }
    }

    private static PdfAppearance tick(PdfWriter writer) {
      PdfAppearance tick = PdfAppearance.createAppearance(writer, Style.BOX, Style.BOX);
      tick.setColorStroke(Style.INK);
      tick.setLineWidth(1.5f);
      tick.setLineCap(PdfContentByte.LINE_CAP_ROUND);
      tick.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
      tick.moveTo(2.2f, 5.2f);
      tick.lineTo(4.3f, 2.6f);
      tick.lineTo(8.2f, 8.0f);
      tick.stroke();
      return tick;
    }

    private static PdfAppearance blank(PdfWriter writer) {
      return PdfAppearance.createAppearance(writer, Style.BOX, Style.BOX);
    }
  }
}
