package dev.interviewkit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox, the independent reader of these tests. */
final class PdfText {

  private PdfText() {}

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String all(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of each page, first page first. */
  static List<String> pages(byte[] pdf) {
    try (PDDocument document = load(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Collapses runs of white space, so text wrapped onto several lines still matches; a no-break
   * space (which keeps "60 min" on one line) reads as a space.
   */
  static String flat(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ");
  }
}
