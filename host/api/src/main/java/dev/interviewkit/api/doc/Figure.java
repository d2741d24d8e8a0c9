package dev.interviewkit.api.doc;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture, e.g. a chart, as an 8-bit RGB or greyscale PNG without transparency (what PDF/A
 * and Word take as they are), printed centred at {@code width} × {@code height} points, or
 * narrower, in proportion, where the text is narrower.
 *
 * @param png the image file
 * @param width the printed width in points (1/72 in)
 * @param height the printed height in points
 * @param description what the picture shows, for readers who cannot see it (Word's alt text)
 */
public record Figure(byte[] png, float width, float height, String description) implements Block {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  public Figure {
    Objects.requireNonNull(description, "description");
    png = png.clone();
    if (png.length < 33 || !Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)
        || !new String(png, 12, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("IHDR")) {
      throw new IllegalArgumentException("a figure must be a PNG image");
    }
    int depth = png[24];
    int colour = png[25];
    if (depth != 8 || (colour != 0 && colour != 2)) {
      throw new IllegalArgumentException("a figure must be an 8-bit RGB or greyscale PNG without "
          + "transparency, got bit depth " + depth + " and colour type " + colour);
    }
    if (!(width > 0 && height > 0 && width < 10_000 && height < 10_000)) {
      throw new IllegalArgumentException("figure size must be positive points, got " + width
          + " × " + height);
    }
  }

  /** The image's width in pixels. */
  public int pixelWidth() {
    return readInt(16);
  }

  /** The image's height in pixels. */
  public int pixelHeight() {
    return readInt(20);
  }

  private int readInt(int at) {
    return ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8)
        | (png[at + 3] & 0xff);
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Figure f && Arrays.equals(png, f.png) && width == f.width
        && height == f.height && description.equals(f.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(png), width, height, description);
  }

  @Override
  public String toString() {
    return "Figure[" + png.length + " bytes, " + width + " × " + height + " pt, " + description
        + "]";
  }
}
