package dev.interviewkit.config;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small logo images for tests: a dark square on a transparent or white ground. */
public final class Images {

  private Images() {}

  /** A PNG of {@code width} x {@code height} with transparent corners when {@code alpha}. */
  public static byte[] png(int width, int height, boolean alpha) {
    BufferedImage image = new BufferedImage(width, height,
        alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    if (!alpha) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
    }
    g.setColor(new Color(0x1F, 0x3A, 0x93));
    g.fillRect(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
    g.dispose();
    return encode(image, "png");
  }

  /** An RGB JPEG of {@code width} x {@code height}. */
  public static byte[] jpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(0, 0, width, height);
    g.dispose();
    return encode(image, "jpeg");
  }

  /**
   * The organisation a {@code kit.yaml} in {@code folder} names, with {@code logo} as its logo
   * file ({@code logo.png} or {@code logo.jpg} by its first byte), read as {@code kit} reads it.
   */
  public static dev.interviewkit.api.doc.Organisation organisation(Path folder, String name,
      byte[] logo) {
    String file = (logo[0] & 0xFF) == 0x89 ? "logo.png" : "logo.jpg";
    write(folder.resolve(file), logo);
    write(folder.resolve("kit.yaml"), ("organisation:\n  name: \"" + name + "\"\n  logo: " + file
        + "\n  confidentiality: \"Confidential: for the hiring panel only\"\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path home = folder.resolve("home");
    return KitConfig.load(folder, new Dirs(home.resolve("config"), home.resolve("data"),
        home.resolve("state"), home.resolve("cache"))).organisation();
  }

  /** A greyscale JPEG of {@code width} x {@code height}. */
  public static byte[] greyJpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.LIGHT_GRAY);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return encode(image, "jpeg");
  }

  /** Writes {@code bytes} to {@code file} and returns it. */
  public static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
