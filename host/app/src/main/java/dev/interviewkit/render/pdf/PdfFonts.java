package dev.interviewkit.render.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * The fonts the PDF renderer falls back on for what DejaVu Sans lacks: the {@code fonts:} of
 * {@code kit.yaml}, then the well-known system fonts found (docs/typesetting.md).
 */
public final class PdfFonts {

  private PdfFonts() {}

  /**
   * Puts {@code files} (TrueType fonts, checked by {@link dev.interviewkit.config.FontFile})
   * first in the chain after DejaVu Sans, for every document rendered after this.
   */
  public static void configure(List<Path> files) {
    FallbackFonts.configure(files);
  }

  /** The fallback font files in use, in order: the configured ones, then those found. */
  public static List<Path> fallbacks() {
    return FallbackFonts.faces().stream().map(FallbackFonts.Face::file).toList();
  }
}
