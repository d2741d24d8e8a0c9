package dev.interviewkit.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.SharedProgramFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Supplier;

/** The embedded DejaVu Sans faces, loaded once per JVM, and the form fields' full font. */
final class Fonts {

  private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

  private static final ThreadLocal<Random> SUBSET_PREFIX = new ThreadLocal<>();

  private Fonts() {}

  static BaseFont regular() {
    return Holder.REGULAR;
  }

  static BaseFont bold() {
    return Holder.BOLD;
  }

  /**
   * DejaVu Sans embedded in full, not as a subset: the default font of every form field, so any
   * filler (a viewer, PDFBox, LibreOffice) can draw any character the documents print.
   */
  static BaseFont field() {
    return Holder.FIELD;
  }

  /** Whether the regular (and so the form) face has a glyph for {@code codePoint}. */
  static boolean canDraw(int codePoint) {
    return regular().charExists(codePoint);
  }

  static Font regular(float size) {
    return new Font(regular(), size, Font.NORMAL, Style.INK);
  }

  static Font bold(float size) {
    return new Font(bold(), size, Font.NORMAL, Style.INK);
  }

  /** Runs {@code work} with this thread's font-subset prefixes drawn from {@code seed}. */
  static <T> T withSubsetSeed(long seed, Supplier<T> work) {
    SUBSET_PREFIX.set(new Random(seed));
    try {
      return work.get();
    } finally {
      SUBSET_PREFIX.remove();
    }
  }

  private static BaseFont embedded(String file) {
    return embedded(file, true);
  }

  private static BaseFont embedded(String file, boolean subset) {
    try (InputStream in = Fonts.class.getResourceAsStream(DEJAVU + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "font " + DEJAVU + file + " is missing: the jasperreports-fonts jar must be on the"
                + " class path");
      }
      byte[] ttf = in.readAllBytes();
      // the full font's program is compressed once per JVM, not once per file
      BaseFont font = subset
          ? BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null)
          : new SharedProgramFont(file, ttf);
      font.setSecureRandom(new SubsetPrefixRandom());
      font.setSubset(subset);
      // PDF/A-2 makes a CIDSet optional, but one must then list every glyph the embedded
      // program holds; OpenPDF's lists only the glyphs drawn, not the composite glyphs' parts
      font.setIncludeCidSet(false);
      if (!subset) {
        // every glyph's width and Unicode mapping, not only those this document used: a filler
        // lays out and a reader extracts characters the blank form never printed
        font.addSubsetRange(new int[] {0, 0x10FFFF});
      }
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load font " + file, e);
    }
  }

  private static final class Holder {
    static final BaseFont REGULAR = embedded("DejaVuSans.ttf");
    static final BaseFont BOLD = embedded("DejaVuSans-Bold.ttf");
    static final BaseFont FIELD = embedded("DejaVuSans.ttf", false);
  }

  /** The randomness OpenPDF draws subset prefixes from, made deterministic per rendering thread. */
  private static final class SubsetPrefixRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    @Override
    public double nextDouble() {
      Random random = SUBSET_PREFIX.get();
      return random == null ? 0.0 : random.nextDouble();
    }
  }
}
