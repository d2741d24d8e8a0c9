package dev.interviewkit.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a file is a font the PDF renderer can embed: TrueType outlines, in a {@code .ttf} or
 * {@code .otf} file or the first face of a {@code .ttc} collection. PostScript (CFF) outlines are
 * refused: OpenPDF does not embed them so that PDF/A holds.
 */
public final class FontFile {

  private static final int TRUETYPE = 0x00010000;
  private static final int TRUE = 0x74727565; // 'true', an older Apple TrueType tag
  private static final int OTTO = 0x4F54544F; // 'OTTO': CFF outlines
  private static final int TTCF = 0x74746366; // 'ttcf': a collection

  private FontFile() {}

  /** What is wrong with {@code file} as a font to embed, if anything. */
  public static Optional<String> fault(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.of(file + " does not exist or is not a file");
    }
    try (FileChannel channel = FileChannel.open(file)) {
      int tag = integer(channel, 0);
      if (tag == TTCF) {
        tag = integer(channel, integer(channel, 12) & 0xFFFFFFFFL);
      }
      if (tag == OTTO) {
        return Optional.of(file + " has PostScript (CFF) outlines, which the kit cannot embed;"
            + " use a font with TrueType outlines (.ttf, or a .ttc collection)");
      }
      if (tag != TRUETYPE && tag != TRUE) {
        return Optional.of(file + " is not a TrueType font (.ttf, .otf or .ttc)");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(file + " cannot be read: " + e.getClass().getSimpleName());
    }
  }

  /** The big-endian 32-bit number at {@code at}, 0 past the file's end. */
  private static int integer(FileChannel channel, long at) throws IOException {
    ByteBuffer four = ByteBuffer.allocate(4);
    while (four.hasRemaining() && channel.read(four, at + four.position()) > 0) {
      // reads until four bytes are in or the file ends
    }
    return four.hasRemaining() ? 0 : four.getInt(0);
  }
}
