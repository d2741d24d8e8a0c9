package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;

/**
 * interview-kit's one class in OpenPDF's package, which it needs for the package's own access: a
 * TrueType font embedded in full (not as a subset) whose font program is compressed once per JVM
 * instead of once per file. OpenPDF compresses the whole program (~750 KB for DejaVu Sans) every
 * time a file embeds it, which was most of the time a loop spent writing its PDFs.
 *
 * <p>Only a writer that is {@link Substituting} (it passes every object it adds through {@link
 * #substitute}) gets the shared program; while OpenPDF writes this font to such a writer, the
 * program it compresses is a one-byte placeholder that the writer swaps for the shared one, so the
 * bytes written are exactly those OpenPDF would write. Every other writer gets OpenPDF's own path.
 * The shared stream is only read once made: with no encryption and no input stream (both true
 * here) {@link PdfStream#toPdf} changes nothing in it, so writers on several threads may share it.
 */
public final class SharedProgramFont extends TrueTypeFontUnicode {

  private static final byte[] PLACEHOLDER = {0};
  private static final ThreadLocal<SharedProgramFont> WRITING = new ThreadLocal<>();

  private final Object lock = new Object();
  private volatile PdfStream program;

  /** A writer that passes every object it adds to its body through {@link #substitute}. */
  public interface Substituting {}

  /** The font in {@code ttf}, Identity-H encoded and embedded, like {@link BaseFont#createFont}. */
  public SharedProgramFont(String name, byte[] ttf) throws DocumentException, IOException {
    super(name, IDENTITY_H, true, ttf, false);
  }

  /**
   * {@code object}, or the shared compressed program when {@code object} is the placeholder program
   * of a shared-program font being written on this thread.
   */
  public static PdfObject substitute(PdfObject object) throws IOException {
    SharedProgramFont font = WRITING.get();
    return font != null && object instanceof StreamFont ? font.program() : object;
  }

  @Override
  void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params)
      throws DocumentException, IOException {
    if (!(writer instanceof Substituting) || subset) {
      super.writeFont(writer, ref, params);
      return;
    }
    WRITING.set(this);
    try {
      super.writeFont(writer, ref, params);
    } finally {
      WRITING.remove();
    }
  }

  @Override
  protected byte[] getFullFont() throws IOException {
    return WRITING.get() == this ? PLACEHOLDER : super.getFullFont();
  }

  private PdfStream program() throws IOException {
    PdfStream made = program;
    if (made == null) {
      synchronized (lock) {
        made = program;
        if (made == null) {
          byte[] full = super.getFullFont();
          try {
            made = new StreamFont(full, new int[] {full.length}, compressionLevel);
          } catch (DocumentException e) {
            throw new IOException("cannot compress the font program of " + fileName, e);
          }
          program = made;
        }
      }
    }
    return made;
  }
}
