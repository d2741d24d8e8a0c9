package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * interview-kit's one class in OpenPDF's package, which it needs for the package's own access: a
 * TrueType font embedded in full (not as a subset) whose font program is compressed once per JVM
 * instead of once per file, and its ToUnicode map (as large, all of the font's characters) made
 * and compressed once for each set of glyph mappings. OpenPDF makes and compresses both every
 * time a file embeds the font, which was most of the time a loop spent writing its PDFs.
 *
 * <p>Only a writer that is {@link Substituting} (it passes every object it adds through {@link
 * #substitute}) gets the shared program; while OpenPDF writes this font to such a writer, the
 * program it compresses is a one-byte placeholder that the writer swaps for the shared one, and
 * so is the ToUnicode map when one was made for the same mappings before; so the bytes written are
 * exactly those OpenPDF would write. Every other writer gets OpenPDF's own path.
 * The shared streams are only read once made: with no encryption and no input stream (both true
 * here) {@link PdfStream#toPdf} changes nothing in it, so writers on several threads may share it.
 */
public final class SharedProgramFont extends TrueTypeFontUnicode {

  private static final byte[] PLACEHOLDER = {0};
  private static final int[][] NO_MAPPINGS = {{0, 0, 0}};
  private static final int MAPS_KEPT = 16;
  private static final ThreadLocal<Writing> WRITING = new ThreadLocal<>();

  private final Object lock = new Object();
  private volatile PdfStream program;
  /** ToUnicode streams by the metrics they were made from, the least recently used dropped. */
  private final Map<Mappings, PdfStream> maps = new LinkedHashMap<>(MAPS_KEPT, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Mappings, PdfStream> eldest) {
      return size() > MAPS_KEPT;
    }
  };

  /** This thread writing {@code font}: what to do with the next plain stream it adds. */
  private static final class Writing {
    final SharedProgramFont font;
    Mappings record;
    PdfStream replace;

    Writing(SharedProgramFont font) {
      this.font = font;
    }
  }

  /** A font's metrics (glyph, width, characters) compared by value. */
  private record Mappings(int[][] metrics, int hash) {
    Mappings(int[][] metrics) {
      this(copy(metrics), Arrays.deepHashCode(metrics));
    }

    private static int[][] copy(int[][] metrics) {
      int[][] copy = new int[metrics.length][];
      for (int i = 0; i < metrics.length; i++) {
        copy[i] = metrics[i].clone();
      }
      return copy;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Mappings m && hash == m.hash && Arrays.deepEquals(metrics, m.metrics);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

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
    Writing writing = WRITING.get();
    if (writing == null || !(object instanceof PdfStream stream)) {
      return object;
    }
    if (object instanceof StreamFont) {
      return writing.font.program();
    }
    if (writing.replace != null) {
      PdfStream shared = writing.replace;
      writing.replace = null;
      return shared;
    }
    if (writing.record != null) {
      synchronized (writing.font.maps) {
        writing.font.maps.put(writing.record, stream);
      }
      writing.record = null;
    }
    return object;
  }

  /**
   * OpenPDF's merged metrics, from which it makes the ToUnicode map next; a one-glyph stand-in when
   * a map of the same metrics was made before (the writer then adds that map instead).
   */
  @Override
  public int[][] mergeMetricsAndFillerCmap(int[][] metrics, Map<Integer, int[]> fillerCmap) {
    int[][] merged = super.mergeMetricsAndFillerCmap(metrics, fillerCmap);
    Writing writing = WRITING.get();
    if (writing == null || writing.font != this) {
      return merged;
    }
    Mappings key = new Mappings(merged);
    PdfStream made;
    synchronized (maps) {
      made = maps.get(key);
    }
    if (made == null) {
      writing.record = key;
      return merged;
    }
    writing.replace = made;
    return NO_MAPPINGS;
  }

  @Override
  void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params)
      throws DocumentException, IOException {
    if (!(writer instanceof Substituting) || subset) {
      super.writeFont(writer, ref, params);
      return;
    }
    WRITING.set(new Writing(this));
    try {
      super.writeFont(writer, ref, params);
    } finally {
      WRITING.remove();
    }
  }

  @Override
  protected byte[] getFullFont() throws IOException {
    Writing writing = WRITING.get();
    return writing != null && writing.font == this ? PLACEHOLDER : super.getFullFont();
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
