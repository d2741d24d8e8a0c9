package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import dev.interviewkit.config.FontFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts that print what DejaVu Sans has no glyph for (Chinese, Japanese, Korean): the files
 * {@code fonts:} in {@code kit.yaml} lists, in its order, then those of {@link #WELL_KNOWN} this
 * machine has. Each is embedded as a subset in text and in full in form fields.
 */
final class FallbackFonts {

  /** Looked for on every machine, in this order, after the configured files. */
  static final List<Path> WELL_KNOWN = List.of(
      Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
      Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
      Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

  private static final Map<Path, Face> LOADED = new ConcurrentHashMap<>();
  private static volatile List<Path> configured = List.of();
  private static volatile List<Face> chain;
  private static volatile List<BaseFont> subsets;

  private FallbackFonts() {}

  /** A loaded font file: its face for text (a subset) and for form fields (in full). */
  record Face(Path file, BaseFont subset, BaseFont full) {}

  /** Sets the configured font files, which come before the well-known ones. */
  static synchronized void configure(List<Path> files) {
    List<Path> normalized = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    if (!normalized.equals(configured)) {
      configured = List.copyOf(normalized);
      chain = null;
      subsets = null;
    }
  }

  /** The chain after DejaVu Sans, in order; empty when no fallback font is configured or found. */
  static List<Face> faces() {
    List<Face> faces = chain;
    if (faces == null) {
      synchronized (FallbackFonts.class) {
        if (chain == null) {
          chain = load();
        }
        faces = chain;
      }
    }
    return faces;
  }

  /** The subset faces of {@link #faces}, for text. */
  static List<BaseFont> subsets() {
    List<BaseFont> fonts = subsets;
    if (fonts == null) {
      fonts = faces().stream().map(Face::subset).toList();
      subsets = fonts;
    }
    return fonts;
  }

  /** The fonts tried, for a message: "DejaVu Sans" and each fallback file's name. */
  static String names() {
    StringBuilder names = new StringBuilder("DejaVu Sans");
    faces().forEach(face -> names.append(", ").append(face.file().getFileName()));
    return names.toString();
  }

  private static List<Face> load() {
    Set<Path> files = new LinkedHashSet<>(configured);
    for (Path known : WELL_KNOWN) {
      if (Files.isRegularFile(known) && FontFile.fault(known).isEmpty()) {
        files.add(known);
      }
    }
    List<Face> faces = new ArrayList<>();
    for (Path file : files) {
      faces.add(LOADED.computeIfAbsent(file, FallbackFonts::face));
    }
    return List.copyOf(faces);
  }

  private static Face face(Path file) {
    try {
      // read once into memory: OpenPDF reads a font file afresh, in small pieces, for every
      // document that embeds it
      byte[] bytes = Files.readAllBytes(file);
      return new Face(file, Fonts.prepared(open(file, bytes), true),
          Fonts.prepared(open(file, bytes), false));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load font " + file, e);
    }
  }

  private static BaseFont open(Path file, byte[] bytes) throws IOException {
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
      name += ",0"; // a collection's first face
    }
    return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
  }
}
