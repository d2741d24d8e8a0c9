package dev.interviewkit.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reading a file that may come from anyone (a filled scorecard, an {@code --avoid} file): a size
 * cap, and parsing on a worker thread bounded in time and stack, so a hostile file is refused in
 * one line instead of crashing, hanging or printing a trace. Limits are in docs/SECURITY.md.
 */
public final class UntrustedFile {

  /** The largest file read: 16 MiB. */
  public static final int MAX_BYTES = 16 << 20;
  /** How long parsing one file may take. */
  public static final int TIMEOUT_SECONDS = 30;
  /** The parsing thread's stack; deep recursion in a library overflows it, and is refused. */
  static final long STACK_BYTES = 8L << 20;

  private UntrustedFile() {}

  /** Parsing work that may fail with an {@link IOException} naming the file. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws IOException;
  }

  /**
   * The bytes of {@code file}, never more than {@link #MAX_BYTES}.
   *
   * @throws NoSuchFileException when it does not exist
   * @throws IOException when it is a folder or special file, cannot be read, or is too large
   */
  public static byte[] read(Path file) throws IOException {
    if (dev.interviewkit.bank.StandardInput.is(file)) {
      return dev.interviewkit.bank.StandardInput.read(MAX_BYTES);
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a folder, not a file");
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
      throw new IOException(file + " is not a regular file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException(file + " is larger than the limit of " + (MAX_BYTES >> 20) + " MB ("
            + MAX_BYTES + " bytes)");
      }
      return bytes;
    }
  }

  /**
   * Runs {@code work} on a fresh thread with a bounded stack and time; any error it raises
   * (a stack overflow, running out of memory, a missing class) becomes one {@link IOException}
   * naming {@code file}.
   */
  public static <T> T parse(String file, Work<T> work) throws IOException {
    FutureTask<T> task = new FutureTask<>(work::run);
    Thread thread = new Thread(null, task, "read untrusted file", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      throw new IOException(file + " took longer than " + TIMEOUT_SECONDS
          + " s to read; refusing it");
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new IOException(file + ": reading was interrupted");
    } catch (ExecutionException e) {
      throw failure(file, e.getCause());
    }
  }

  private static IOException failure(String file, Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof StackOverflowError) {
      return new IOException(file + " nests too deeply to read (or refers to itself)");
    }
    if (cause instanceof OutOfMemoryError) {
      return new IOException(file + " needs more memory to read than is allowed; refusing it");
    }
    if (cause instanceof LinkageError) {
      return new IOException(file + " cannot be read: it uses a feature this build cannot read ("
          + cause.getClass().getSimpleName() + ")");
    }
    String message = cause.getMessage();
    return new IOException(file + " cannot be read: " + (message == null || message.isBlank()
        ? cause.getClass().getSimpleName() : oneLine(message)));
  }

  /** {@code text} on one line: line breaks and control characters escaped, cut to 600. */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.length() > 600 ? out.substring(0, 599) + "…" : out.toString();
  }
}
