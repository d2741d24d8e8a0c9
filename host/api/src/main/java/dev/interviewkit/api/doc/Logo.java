package dev.interviewkit.api.doc;

import java.util.Arrays;
import java.util.Objects;

/**
 * An organisation's logo as the renderers embed it: PNG (opaque, 8-bit RGB or grey) or JPEG
 * (grey or RGB) bytes, already checked by the host.
 *
 * @param name the image's file name, for the Word picture's name and alternative text
 * @param format which of the two encodings {@code bytes} holds
 * @param widthPixels the image's width in pixels
 * @param heightPixels the image's height in pixels
 */
public record Logo(String name, Format format, byte[] bytes, int widthPixels, int heightPixels) {

  /** The two encodings both renderers embed as they are. */
  public enum Format {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpeg");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
      return extension;
    }
  }

  public Logo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    bytes = bytes.clone();
    if (bytes.length == 0) {
      throw new IllegalArgumentException("logo " + name + " has no bytes");
    }
    if (widthPixels < 1 || heightPixels < 1) {
      throw new IllegalArgumentException("logo " + name + " must be at least 1 x 1 pixels, got "
          + widthPixels + " x " + heightPixels);
    }
  }

  /** A copy of the encoded image. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Width over height. */
  public double aspectRatio() {
    return (double) widthPixels / heightPixels;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Logo that && name.equals(that.name) && format == that.format
        && widthPixels == that.widthPixels && heightPixels == that.heightPixels
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, format, widthPixels, heightPixels, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "Logo[" + name + ", " + format + ", " + widthPixels + "x" + heightPixels + ", "
        + bytes.length + " bytes]";
  }
}
