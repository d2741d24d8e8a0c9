package dev.interviewkit.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Image;
import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.render.Letterhead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Draws the running header and the "Page X of Y" footer on every page. */
final class PageFrame extends PdfPageEventHelper {

  private static final float LABEL_HEIGHT = 12f;
  private static final float LABEL_BASELINE = 3f;

  private final String header;
  private final String footer;
  private final Organisation organisation;
  private final Image logo;
  private final float labelWidth;
  private final List<PdfTemplate> labels = new ArrayList<>();

  PageFrame(String header, String footer) {
    this(header, footer, Organisation.NONE);
  }

  /** A frame whose header also names {@code organisation} and shows its logo. */
  PageFrame(String header, String footer, Organisation organisation) {
    this.header = header;
    this.footer = footer;
    this.organisation = organisation;
    this.logo = organisation.logo().map(PageFrame::image).orElse(null);
    this.labelWidth = Fonts.width(Preflight.PAGE_LABEL_SAMPLE, false, Style.SMALL) + 2f;
  }

  private static Image image(Logo logo) {
    try {
      Image image = Image.getInstance(logo.bytes());
      float[] size = Letterhead.size(logo);
      image.scaleAbsolute(size[0], size[1]);
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot embed the logo " + logo.name(), e);
    }
  }

  /** The running header and footer are artifacts: a screen reader skips them. */
  @Override
  public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    Tagger.artifact(canvas, () -> frame(canvas, document));
  }

  private void frame(PdfContentByte canvas, com.lowagie.text.Document document) {
    float left = document.left();
    float right = document.right();
    float top = document.getPageSize().getHeight();
    if (!header.isEmpty()) {
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_LEFT,
          Fonts.phrase(header, Fonts.regular(Style.SMALL)),
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
    if (organisation.shown()) {
      organisation(canvas, left, right, top);
    }
    if (!footer.isEmpty()) {
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_LEFT,
          Fonts.phrase(footer, Fonts.regular(Style.SMALL)),
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
      PdfTemplate label = labels.get(i);
      String text = "Page " + (i + 1) + " of " + total;
      Tagger.artifact(label, () -> ColumnText.showTextAligned(label, Element.ALIGN_RIGHT,
          new Phrase(text, Fonts.regular(Style.SMALL)), labelWidth, LABEL_BASELINE, 0));
    }
  }

  /**
   * The logo at the right margin just above the header rule, and the organisation's name to its
   * left: on the header's baseline where the running header leaves room, else on a line above
   * it (cut with "…" only if it is wider than that whole line).
   */
  private void organisation(PdfContentByte canvas, float left, float right, float top) {
    float end = right;
    if (logo != null) {
      float width = logo.getScaledWidth();
      canvas.addImage(logo, width, 0, 0, logo.getScaledHeight(), right - width,
          top - Style.HEADER_RULE + 3f);
      end -= width + Letterhead.GAP;
    }
    String name = organisation.name();
    if (name.isEmpty()) {
      return;
    }
    float used = header.isEmpty() ? 0f : Fonts.width(header, false, Style.SMALL) + 12f;
    float baseline = top - Style.HEADER_BASELINE;
    if (Fonts.width(name, true, Style.SMALL) > end - left - used) {
      baseline += Style.SMALL_LEADING;
      name = fit(name, end - left);
    }
    ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
        Fonts.phrase(name, Fonts.bold(Style.SMALL)), end, baseline, 0, lineDirection(name), 0);
  }

  /** {@code name} as far as it fits in {@code room} points, cut with "…"; empty if nothing fits. */
  static String fit(String name, float room) {
    if (Fonts.width(name, true, Style.SMALL) <= room) {
      return name;
    }
    int end = name.length();
    while (end > 0) {
      end = name.offsetByCodePoints(end, -1);
      String cut = name.substring(0, end).stripTrailing() + "…";
      if (end > 0 && Fonts.width(cut, true, Style.SMALL) <= room) {
        return cut;
      }
    }
    return "";
  }

  /** A running line reads left to right; right-to-left runs in it (a Hebrew name) are reordered. */
  private static int lineDirection(String line) {
    return RunDirection.needsBidi(line) ? PdfWriter.RUN_DIRECTION_LTR
        : PdfWriter.RUN_DIRECTION_NO_BIDI;
  }
}
