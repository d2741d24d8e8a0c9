package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;

/**
 * interview-kit's one reach into OpenPDF's document: the canvases its flowing text and list
 * symbols go to, which OpenPDF does not expose, so the tagger can mark what was written there
 * (dev.interviewkit.render.pdf.Tagger). It lives in OpenPDF's package for its protected
 * fields; the app runs on the class path, where a package may span jars.
 */
public final class BodyCanvases {

  private BodyCanvases() {}

  /** The text object flowing paragraphs are written to (one BT .. ET a page). */
  public static PdfContentByte text(PdfWriter writer) {
    return writer.pdf.text;
  }

  /** Where flowing text's graphics go: a list item's bullet or number. */
  public static PdfContentByte graphics(PdfWriter writer) {
    return writer.pdf.graphics;
  }

  /** Where in {@link #text} a page's content starts (after its BT and first move). */
  public static int textStart(PdfWriter writer) {
    return writer.pdf.textEmptySize;
  }

  /** Writes the lines OpenPDF keeps back to the canvases, as it does before a table. */
  public static void flush(PdfWriter writer) {
    try {
      writer.pdf.flushLines();
    } catch (DocumentException e) {
      throw new ExceptionConverter(e);
    }
  }
}
