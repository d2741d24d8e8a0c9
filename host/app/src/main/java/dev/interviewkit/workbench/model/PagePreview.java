package dev.interviewkit.workbench.model;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of one rendered PDF as images, for the preview; works without a display. */
public final class PagePreview implements AutoCloseable {

  private final PDDocument document;
  private final PDFRenderer renderer;

  private PagePreview(PDDocument document) {
    this.document = document;
    this.renderer = new PDFRenderer(document);
  }

  public static PagePreview of(byte[] pdf) {
    try {
      return new PagePreview(Loader.loadPDF(pdf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int pages() {
    return document.getNumberOfPages();
  }

  /** Page {@code index} (from 0) at {@code dpi} dots per inch. */
  public synchronized BufferedImage page(int index, float dpi) {
    try {
      return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException ignored) {
      // in-memory document
    }
  }
}
