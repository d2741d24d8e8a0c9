package dev.interviewkit.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The standard input, read where a command is given {@code -} for a file: once per run, bounded
 * in size like a file and in time, and never from a terminal (which would wait for typing).
 */
public final class StandardInput {

  /** What a command line gives for "read standard input". */
  public static final String DASH = "-";
  /** How standard input is named in messages. */
  public static final String NAME = "<stdin>";
  /** How long standard input may take to reach its end. */
  public static final int TIMEOUT_SECONDS = 30;

  private static InputStream source = System.in;
  private static boolean terminal = System.console() != null;
  private static byte[] read;
  private static int readLimit;

  private StandardInput() {}

  /** Whether {@code file} is {@code -}, standard input. */
  public static boolean is(Path file) {
    return file != null && file.toString().equals(DASH);
  }

  /** Reads standard input from {@code in} for the next run (a test or an embedding caller). */
  public static synchronized void use(InputStream in, boolean isTerminal) {
    source = in;
    terminal = isTerminal;
    read = null;
  }

  /**
   * The bytes of standard input, at most {@code max}; a second call in the same run gets the same
   * bytes.
   *
   * @throws IOException when it is a terminal, larger than {@code max}, or does not end in time
   */
  public static synchronized byte[] read(int max) throws IOException {
    if (read != null) {
      if (read.length > max || readLimit < max && read.length == readLimit + 1) {
        throw tooLarge(max);
      }
      return read;
    }
    if (terminal) {
      throw new IOException("standard input ('-') is a terminal; pipe or redirect a file into it");
    }
    InputStream in = source;
    FutureTask<byte[]> task = new FutureTask<>(() -> in.readNBytes(max + 1));
    Thread reader = new Thread(task, "read standard input");
    reader.setDaemon(true);
    reader.start();
    byte[] bytes;
    try {
      bytes = task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      reader.interrupt();
      throw new IOException("standard input did not end within " + TIMEOUT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading standard input");
    } catch (ExecutionException e) {
      throw new IOException("cannot read standard input: " + e.getCause().getMessage());
    }
    read = bytes;
    readLimit = max;
    if (bytes.length > max) {
      throw tooLarge(max);
    }
    return bytes;
  }

  private static IOException tooLarge(int max) {
    return new IOException("standard input is larger than the limit of " + InputFiles.size(max));
  }
}
