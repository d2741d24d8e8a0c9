package dev.interviewkit.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive lock of one loop folder: {@value #NAME} inside it, locked with {@link
 * FileChannel#tryLock()} while a run writes, so a second run (another process or another thread)
 * is refused instead of mixing its files in. The file stays and records the loop it belongs to.
 */
final class LoopLock implements AutoCloseable {

  static final String NAME = ".interview-kit.lock";
  /** The most of a lock file read back; a real one holds a few lines. */
  private static final int MAX_BYTES = 4096;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private LoopLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code folder}, or refuses at once when another run holds it.
   *
   * @param identity what the lock file must record, or null to record nothing
   * @throws LockedException when another run writes the folder
   * @throws OutputException when the folder belongs to another loop or cannot be locked
   */
  static LoopLock acquire(Path folder, String identity) {
    Path file = folder.resolve(NAME);
    if (Files.isSymbolicLink(file)) {
      throw new OutputException("cannot lock " + folder + ": " + file.getFileName()
          + " is a symbolic link; kit never follows one");
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new OutputException("cannot lock " + folder + ": " + e.getMessage());
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another thread of this JVM
    } catch (IOException e) {
      close(channel);
      throw new OutputException("cannot lock " + folder + ": " + e.getMessage());
    }
    if (lock == null) {
      close(channel);
      throw new LockedException("another run is writing the loop in " + folder
          + "; wait for it to end and run again");
    }
    LoopLock held = new LoopLock(file, channel, lock);
    try {
      held.claim(folder, identity);
    } catch (IOException | RuntimeException e) {
      held.close();
      if (e instanceof OutputException o) {
        throw o;
      }
      throw new OutputException("cannot lock " + folder + ": " + e.getMessage());
    }
    return held;
  }

  /** Records the loop; refuses a folder whose lock file names another loop. */
  private void claim(Path folder, String identity) throws IOException {
    if (identity == null) {
      return;
    }
    ByteBuffer buffer = ByteBuffer.allocate(MAX_BYTES);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // read up to MAX_BYTES
    }
    String recorded = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    if (recorded.equals(identity)) {
      return;
    }
    String other = recorded.lines().filter(l -> l.startsWith("candidate: ")).findFirst()
        .map(l -> l.substring("candidate: ".length())).orElse(null);
    if (!recorded.isBlank() && other != null) {
      throw new OutputException(folder + " holds the loop of another candidate, '"
          + Terminal.shorten(other) + "', whose name gives the same folder name; write the name "
          + "exactly as for that loop, or use another --out");
    }
    channel.truncate(0);
    ByteBuffer content = ByteBuffer.wrap(identity.getBytes(StandardCharsets.UTF_8));
    long at = 0;
    while (content.hasRemaining()) {
      at += channel.write(content, at);
    }
  }

  /** Deletes the lock file: only when the run that created the loop folder failed. */
  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // best effort: the folder then stays with only this hidden file
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    close(channel);
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing was written through it that needs saving
    }
  }
}
