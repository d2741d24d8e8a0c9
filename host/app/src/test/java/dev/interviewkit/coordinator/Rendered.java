package dev.interviewkit.coordinator;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.render.docx.DocxRenderer;
import dev.interviewkit.render.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A document rendered by the built-in renderers and read back: PDFBox for PDF, POI for Word. */
final class Rendered {

  private Rendered() {}

  static byte[] pdf(Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(document, out);
    return out.toByteArray();
  }

  /** The PDF's text with every run of white space made one space. */
  static String pdfText(Document document) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf(document))) {
      return squash(new PDFTextStripper().getText(doc));
    }
  }

  static String docxText(Document document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(document, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      return squash(words.getText());
    }
  }

  static String squash(String text) {
    return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
  }
}
