package dev.interviewkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.SharedProgramFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The embedded DejaVu Sans faces, loaded once per JVM, the chain of fonts that stand in for
 * what DejaVu lacks ({@link FallbackFonts}), and the form fields' full font.
 */
final class Fonts {

  private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

  private static final ThreadLocal<Random> SUBSET_PREFIX = new ThreadLocal<>();
  private static final ThreadLocal<Boolean> FIELD_FALLBACK = new ThreadLocal<>();

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

  /** DejaVu Sans (regular or bold), then the fallback fonts ({@link FallbackFonts}). */
  static List<BaseFont> chain(boolean bold) {
    List<BaseFont> fallbacks = FallbackFonts.subsets();
    List<BaseFont> chain = new ArrayList<>(1 + fallbacks.size());
    chain.add(bold ? bold() : regular());
    chain.addAll(fallbacks);
    return chain;
  }

  /** The first font of the chain that draws {@code codePoint}, if any does. */
  static Optional<BaseFont> drawing(int codePoint, boolean bold) {
    if (bold ? bold().charExists(codePoint) : regular().charExists(codePoint)) {
      return Optional.of(bold ? bold() : regular());
    }
    return FallbackFonts.subsets().stream().filter(f -> f.charExists(codePoint)).findFirst();
  }

  /** Whether {@code font} is the bold face or a fallback standing in for it in bold text. */
  static boolean isBold(BaseFont font) {
    return font == bold();
  }

  /**
   * {@code text} cut where its font changes: each run in the first font of the chain that draws
   * its characters, a space or invisible mark kept in the run it stands in; a character no font
   * draws (refused before the layout) in DejaVu Sans.
   */
  static List<Run> runs(String text, boolean bold) {
    BaseFont primary = bold ? bold() : regular();
    if (drawsAll(primary, text) || FallbackFonts.subsets().isEmpty()) {
      return List.of(new Run(text, primary));
    }
    List<Run> runs = new ArrayList<>();
    BaseFont current = null;
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean neutral = Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT;
      BaseFont font = neutral && current != null && current.charExists(cp) ? current
          : drawing(cp, bold).orElse(primary);
      if (font != current) {
        if (current != null) {
          runs.add(new Run(text.substring(start, i), current));
        }
        current = font;
        start = i;
      }
      i += Character.charCount(cp);
    }
    runs.add(new Run(text.substring(start), current == null ? primary : current));
    return runs;
  }

  private static boolean drawsAll(BaseFont font, String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!font.charExists(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The width of {@code text} in points, each run measured in its own font. */
  static float width(String text, boolean bold, float size) {
    BaseFont primary = bold ? bold() : regular();
    if (drawsAll(primary, text)) {
      return primary.getWidthPoint(text, size);
    }
    float width = 0f;
    for (Run run : runs(text, bold)) {
      width += run.font().getWidthPoint(run.text(), size);
    }
    return width;
  }

  /**
   * {@code text} as chunks in {@code font}'s size and colour, each in the font of the chain that
   * draws it, each breaking lines only at {@code breaks}; one chunk when DejaVu Sans draws all.
   */
  static List<Chunk> chunks(String text, Font font, SplitCharacter breaks) {
    List<Chunk> chunks = new ArrayList<>(1);
    boolean bold = isBold(font.getBaseFont());
    for (Run run : runs(text, bold)) {
      boolean own = run.font() == font.getBaseFont();
      Chunk chunk = new Chunk(run.text(), own ? font
          : new Font(run.font(), font.getSize(), font.getStyle(), font.getColor()));
      chunk.setSplitCharacter(breaks);
      if (bold && !own) {
        // a fallback font has one weight: bold text in it is drawn with a thin outline as well
        chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE,
            font.getSize() / 30f, null);
      }
      chunks.add(chunk);
    }
    return chunks;
  }

  /** {@code text} as one phrase of {@link #chunks}, breaking where OpenPDF breaks by default. */
  static Phrase phrase(String text, Font font) {
    List<Chunk> chunks = chunks(text, font, DefaultSplitCharacter.DEFAULT);
    return with(new Phrase(chunks.get(0)), chunks.subList(1, chunks.size()));
  }

  /** {@code phrase} with {@code chunks} added after what it holds. */
  static <T extends Phrase> T with(T phrase, List<Chunk> chunks) {
    chunks.forEach(phrase::add);
    return phrase;
  }

  /** A piece of text and the font that draws it. */
  record Run(String text, BaseFont font) {
    Run {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(font, "font");
    }
  }

  static Font regular(float size) {
    return new Font(regular(), size, Font.NORMAL, Style.INK);
  }

  static Font bold(float size) {
    return new Font(bold(), size, Font.NORMAL, Style.INK);
  }

  /**
   * Runs {@code work} with this thread's font-subset prefixes drawn from {@code seed}; its form
   * fields get the fallback fonts too when {@code fallback} (the document's text needs them).
   */
  static <T> T withSubsetSeed(long seed, boolean fallback, Supplier<T> work) {
    SUBSET_PREFIX.set(new Random(seed));
    FIELD_FALLBACK.set(fallback);
    try {
      return work.get();
    } finally {
      SUBSET_PREFIX.remove();
      FIELD_FALLBACK.remove();
    }
  }

  /**
   * The fonts of the form fields of the document being written, all embedded in full. DejaVu
   * Sans alone, unless the document's text needs a fallback font: then the first fallback that
   * also has every printable ASCII character draws the fields (a filler such as PDFBox uses that
   * one font), or DejaVu Sans does when none has, and the others stand in for what it lacks in a
   * value the kit fills in.
   */
  static FieldFonts fieldFonts() {
    List<BaseFont> fallbacks = Boolean.TRUE.equals(FIELD_FALLBACK.get())
        ? FallbackFonts.faces().stream().map(FallbackFonts.Face::full).toList() : List.of();
    if (fallbacks.isEmpty()) {
      return new FieldFonts(field(), List.of());
    }
    BaseFont main = fallbacks.stream()
        .filter(f -> IntStream.range(0x20, 0x7f).allMatch(f::charExists))
        .findFirst().orElse(field());
    List<BaseFont> substitutes = new ArrayList<>();
    if (main != field()) {
      substitutes.add(field());
    }
    fallbacks.stream().filter(f -> f != main).forEach(substitutes::add);
    return new FieldFonts(main, substitutes);
  }

  /** A form field's font and those standing in for what it lacks, in order. */
  record FieldFonts(BaseFont main, List<BaseFont> substitutes) {
    FieldFonts {
      Objects.requireNonNull(main, "main");
      substitutes = List.copyOf(substitutes);
    }

    /** The width of {@code text} in points as the field draws it. */
    float width(String text, float size) {
      float width = 0f;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        String one = new String(Character.toChars(cp));
        BaseFont font = main.charExists(cp) ? main
            : substitutes.stream().filter(f -> f.charExists(cp)).findFirst().orElse(main);
        width += font.getWidthPoint(one, size);
        i += Character.charCount(cp);
      }
      return width;
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
      return prepared(subset
          ? BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null)
          : new SharedProgramFont(file, ttf), subset);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load font " + file, e);
    }
  }

  /**
   * {@code font} set up for embedding as every font of the kit is: as a subset (or in full, for
   * form fields) with a deterministic subset prefix and no CIDSet.
   */
  static BaseFont prepared(BaseFont font, boolean subset) {
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
