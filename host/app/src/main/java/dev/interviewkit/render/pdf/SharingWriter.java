package dev.interviewkit.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.SharedProgramFont;
import java.io.IOException;
import java.io.OutputStream;

/**
 * OpenPDF's writer, made as {@link PdfWriter#getInstance} makes it, that embeds the form font's
 * program from the copy compressed once per JVM ({@link SharedProgramFont}): same bytes.
 */
final class SharingWriter extends PdfWriter implements SharedProgramFont.Substituting {

  private SharingWriter(PdfDocument pdf, OutputStream out) {
    super(pdf, out);
  }

  /** A writer of {@code document} to {@code out}, as {@code PdfWriter.getInstance} would be. */
  static PdfWriter of(com.lowagie.text.Document document, OutputStream out)
      throws DocumentException {
    PdfDocument pdf = new PdfDocument();
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    SharingWriter writer = new SharingWriter(pdf, out);
    pdf.addWriter(writer);
    return writer;
  }

  @Override
  public PdfIndirectObject addToBody(PdfObject object) throws IOException {
    return super.addToBody(SharedProgramFont.substitute(object));
  }
}
