package dev.interviewkit.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/** Draws the running header and the "Page X of Y" footer on every page. */
final class PageFrame extends PdfPageEventHelper {

  private static final float LABEL_HEIGHT = 12f;
  private static final float LABEL_BASELINE = 3f;

  private final String header;
  private final String footer;
  private final float labelWidth;
  private final List<PdfTemplate> labels = new ArrayList<>();

  PageFrame(String header, String footer) {
    this.header = header;
    this.footer = footer;
    this.labelWidth = Fonts.regular().getWidthPoint(Preflight.PAGE_LABEL_SAMPLE, Style.SMALL) + 2f;
  }

  @Override
  public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    float left = document.left();
    float right = document.right();
    float top = document.getPageSize().getHeight();
    if (!header.isEmpty()) {
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_LEFT,
          new Phrase(header, Fonts.regular(Style.SMALL)),
          left,
          top - Style.HEADER_BASELINE,
          0,
          lineDirection(header),
          0);
      canvas.saveState();
      canvas.setLineWidth(Style.HAIRLINE);
      canvas.setColorStroke(Style.INK);
      canvas.moveTo(left, top - Style.HEADER_RULE);
      canvas.lineTo(right, top - Style.HEADER_RULE);
      canvas.stroke();
      canvas.restoreState();
    }
    if (!footer.isEmpty()) {
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_LEFT,
          new Phrase(footer, Fonts.regular(Style.SMALL)),
          left,
          Style.FOOTER_BASELINE,
          0,
          lineDirection(footer),
          0);
    }
    PdfTemplate label = canvas.createTemplate(labelWidth, LABEL_HEIGHT);
    canvas.addTemplate(label, right - labelWidth, Style.FOOTER_BASELINE - LABEL_BASELINE);
    labels.add(label);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, com.lowagie.text.Document document) {
    int total = writer.getPageNumber() - 1;
    for (int i = 0; i < labels.size(); i++) {
      ColumnText.showTextAligned(
          labels.get(i),
          Element.ALIGN_RIGHT,
          new Phrase("Page " + (i + 1) + " of " + total, Fonts.regular(Style.SMALL)),
          labelWidth,
          LABEL_BASELINE,
          0);
    }
  }

  /** A running line reads left to right; right-to-left runs in it (a Hebrew name) are reordered. */
  private static int lineDirection(String line) {
    return RunDirection.needsBidi(line) ? PdfWriter.RUN_DIRECTION_LTR
        : PdfWriter.RUN_DIRECTION_NO_BIDI;
  }
}
