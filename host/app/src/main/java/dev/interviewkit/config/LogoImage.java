package dev.interviewkit.config;

import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.bank.InputFiles;
import dev.interviewkit.bank.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Reads and checks a logo file: PNG or JPEG by its first bytes, bounded in size and in pixels
 * (read from the header before anything is decoded), decoded once to prove it is whole. A PNG is
 * flattened onto white and written again as plain 8-bit RGB, so no renderer meets transparency
 * (which archival PDF would have to declare) or colour profiles; a JPEG is kept as it is.
 */
final class LogoImage {

  /** Largest logo file read. */
  static final int MAX_BYTES = 2 * 1024 * 1024;
  /** Widest or tallest logo accepted, in pixels. */
  static final int MAX_SIDE = 4096;
  /** Most pixels accepted (what decoding holds in memory, at four bytes each). */
  static final int MAX_PIXELS = 8_000_000;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private LogoImage() {}

  /** Why a logo file is refused, in words for a message. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** The header facts checked before decoding. */
  private record Header(Logo.Format format, int width, int height) {}

  static Logo read(Path file) throws Refused {
    if (!Files.exists(file)) {
      throw new Refused(file + " does not exist");
    }
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, MAX_BYTES);
    } catch (InvalidInputException e) {
      throw new Refused(e.problems().get(0).toString());
    } catch (IOException e) {
      throw new Refused(file + " cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    Header header = header(file, bytes);
    if (header.width() < 1 || header.height() < 1) {
      throw new Refused(file + " has no pixels (" + header.width() + " x " + header.height() + ")");
    }
    if (header.width() > MAX_SIDE || header.height() > MAX_SIDE
        || (long) header.width() * header.height() > MAX_PIXELS) {
      throw new Refused(file + " is " + header.width() + " x " + header.height()
          + " pixels; the limit is " + MAX_SIDE + " pixels a side and " + MAX_PIXELS
          + " pixels in all (a logo of 600 pixels across prints sharp)");
    }
    BufferedImage image = decode(file, bytes, header);
    String name = file.getFileName().toString();
    if (header.format() == Logo.Format.JPEG) {
      return new Logo(name, Logo.Format.JPEG, bytes, header.width(), header.height());
    }
    return new Logo(name, Logo.Format.PNG, opaquePng(file, image), header.width(),
        header.height());
  }

  private static Header header(Path file, byte[] b) throws Refused {
    if (startsWith(b, PNG)) {
      if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
        throw new Refused(file + " is not a whole PNG image (no IHDR header)");
      }
      return new Header(Logo.Format.PNG, int32(b, 16), int32(b, 20));
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8
        && (b[2] & 0xFF) == 0xFF) {
      return jpegHeader(file, b);
    }
    throw new Refused(file + " is not a PNG or JPEG image; save the logo as PNG or JPEG");
  }

  /** The frame header of a JPEG: the first SOFn marker's size, components and precision. */
  private static Header jpegHeader(Path file, byte[] b) throws Refused {
    int i = 2;
    while (i + 4 <= b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        break;
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2;
        continue;
      }
      int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
      boolean frame = marker >= 0xC0 && marker <= 0xCF
          && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        if (i + 10 > b.length) {
          break;
        }
        int precision = b[i + 4] & 0xFF;
        int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
        int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
        int components = b[i + 9] & 0xFF;
        if (precision != 8) {
          throw new Refused(file + " is a " + precision + "-bit JPEG; save it as an 8-bit JPEG "
              + "or as PNG");
        }
        if (components != 1 && components != 3) {
          throw new Refused(file + " is a JPEG with " + components + " colour channels "
              + (components == 4 ? "(CMYK)" : "") + "; save it as RGB or greyscale, or as PNG");
        }
        return new Header(Logo.Format.JPEG, width, height);
      }
      if (length < 2) {
        break;
      }
      i += 2 + length;
    }
    throw new Refused(file + " is not a whole JPEG image (no frame header)");
  }

  private static BufferedImage decode(Path file, byte[] bytes, Header header) throws Refused {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new Refused(file + " cannot be decoded as " + header.format());
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
          throw new Refused(file + " has an inconsistent header");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new Refused(file + " is damaged: it cannot be decoded as " + header.format() + " ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** The image on white, as an 8-bit RGB PNG without metadata. */
  private static byte[] opaquePng(Path file, BufferedImage image) throws Refused {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      if (!ImageIO.write(rgb, "png", stream)) {
        throw new Refused(file + " cannot be written again as PNG");
      }
    } catch (IOException e) {
      throw new Refused(file + " cannot be written again as PNG (" + e.getClass().getSimpleName()
          + ")");
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int int32(byte[] b, int at) {
    long value = ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8)
        | (b[at + 3] & 0xFFL);
    return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) value;
  }
}
