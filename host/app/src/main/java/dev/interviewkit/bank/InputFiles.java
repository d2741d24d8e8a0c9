package dev.interviewkit.bank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads input files safely: only regular files (a pipe, a device such as {@code /dev/stdin}, a
 * socket or a folder is refused before it is opened, so reading can never block), and never more
 * than a limit, so an endless or huge file cannot exhaust memory. {@code -} is standard input
 * ({@link StandardInput}).
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * Refuses anything but a regular file (a link is followed to what it names).
   *
   * @throws java.nio.file.NoSuchFileException when nothing is there
   * @throws InvalidInputException naming the file and what it is instead
   */
  public static void requireRegular(Path file) throws IOException {
    if (StandardInput.is(file)) {
      return; // read through StandardInput, bounded in size and time
    }
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw refuse(file, "is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw refuse(file, "is not a regular file (a pipe, a device or a socket); only regular "
          + "files are read");
    }
  }

  /**
   * The bytes of a regular file of at most {@code max} bytes; at most {@code max + 1} are read.
   *
   * @throws InvalidInputException when it is not a regular file or is larger than {@code max}
   */
  public static byte[] read(Path file, int max) throws IOException {
    if (StandardInput.is(file)) {
      try {
        return StandardInput.read(max);
      } catch (IOException e) {
        throw refuse(Path.of(StandardInput.NAME), e.getMessage());
      }
    }
    requireRegular(file);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(max + 1);
    }
    if (bytes.length > max) {
      throw refuse(file, "file is larger than the limit of " + size(max));
    }
    return bytes;
  }

  /** {@link #read} as a stream, for the YAML reader. */
  public static InputStream open(Path file, int max) throws IOException {
    return new ByteArrayInputStream(read(file, max));
  }

  /** {@code 4 MB (4194304 bytes)}, {@code 256 KB (262144 bytes)}. */
  public static String size(int bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB (" + bytes + " bytes)"
        : bytes % 1024 == 0 ? bytes / 1024 + " KB (" + bytes + " bytes)" : bytes + " bytes";
  }

  private static InvalidInputException refuse(Path file, String message) {
    return new InvalidInputException(List.of(Problem.inFile(file.toString(), message)));
  }
}
