package dev.interviewkit.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files rendered in memory and written together: each to a temporary file beside its target
 * ({@code .NAME.PID.N.part}), flushed to disk, and then moved into place, so no file is ever
 * half-written. If a move fails, the files this run created are deleted again (all or nothing);
 * temporary files a killed run left behind are deleted by the next write to the same folder.
 */
public final class OutputSet {

  static final long PID = ProcessHandle.current().pid();

  private final Path folder;
  private final String identity;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private Set<String> formats = Set.of();
  private java.util.regex.Pattern retired = java.util.regex.Pattern.compile("(?!)");

  /** Files for {@code folder}, locked while written but not tied to a loop. */
  public OutputSet(Path folder) {
    this.folder = folder;
    this.identity = null;
  }

  /** Files for the folder of {@code loop} under {@code out}, which no other loop may write. */
  public OutputSet(Path out, LoopFolder loop) {
    this.folder = out.resolve(loop.name());
    this.identity = loop.identity();
  }

  /**
   * The file extensions of every output format: with {@code --force}, a file of this set's
   * documents in one of these formats that this run does not write is removed after the write.
   */
  public void formats(Set<String> extensions) {
    formats = Set.copyOf(extensions);
  }

  /**
   * With {@code --force}: files of an earlier run whose whole name matches {@code names} and that
   * this run does not write are removed after the write (a practice pack of 12 transcripts
   * rewritten with 8 loses the old T09 to T12).
   */
  public void retire(java.util.regex.Pattern names) {
    retired = names;
  }

  public Path folder() {
    return folder;
  }

  /** The files to write, by name, in order (read-only). */
  public Map<String, byte[]> files() {
    return java.util.Collections.unmodifiableMap(files);
  }

  /** Adds a file by its name inside the folder. */
  public void add(String name, byte[] content) {
    if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      throw new IllegalArgumentException("unsafe output file name: " + name);
    }
    if (files.put(name, content) != null) {
      throw new IllegalArgumentException("output file added twice: " + name);
    }
  }

  /** The paths that already exist and would be replaced (a link counts, dangling or not). */
  public List<Path> existing() {
    return files.keySet().stream().map(folder::resolve)
        .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
  }

  /** Refuses a symbolic link at the loop folder or at a file name: never followed or replaced. */
  private void refuseLinks() {
    if (Files.isSymbolicLink(folder)) {
      throw new OutputException("cannot write " + folder + ": it is a symbolic link; kit never "
          + "follows or replaces one");
    }
    for (Path p : existing()) {
      if (Files.isSymbolicLink(p)) {
        throw new OutputException("cannot write " + p + ": it is a symbolic link; kit never "
            + "follows or replaces one, even with --force");
      }
    }
  }

  private void refuseExisting(boolean replace) {
    List<Path> existing = existing();
    if (!replace && !existing.isEmpty()) {
      throw new OutputException(existing.get(0) + " already exists; use --force to replace "
          + (existing.size() == 1 ? "it" : "the " + existing.size() + " existing files"));
    }
  }

  /**
   * Writes every file.
   *
   * @return the paths written, in order
   * @throws OutputException when the folder or a file cannot be written
   */
  public List<Path> write(boolean replace) {
    refuseLinks();
    refuseExisting(replace);
    Path firstCreated = null;
    for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
      firstCreated = p;
    }
    try {
      Path parent = folder.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try {
        Files.createDirectory(folder);
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        }
        firstCreated = null; // another run created it a moment ago: not ours to remove
      }
    } catch (FileAlreadyExistsException e) {
      refuseLinks();
      throw new OutputException("cannot create folder " + folder + ": a file is in the way");
    } catch (FileSystemException e) {
      for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
        if (Files.exists(p) && !Files.isDirectory(p)) {
          throw new OutputException("cannot create folder " + folder + ": " + p
              + " is a file, not a folder");
        }
      }
      String reason = e instanceof AccessDeniedException ? "permission denied"
          : e.getReason() != null ? e.getReason() : e.getMessage();
      throw new OutputException("cannot create folder " + folder + ": " + reason);
    } catch (IOException e) {
      throw new OutputException("cannot create folder " + folder + ": " + e.getMessage());
    }
    refuseLinks();
    if (!Files.isWritable(folder)) {
      throw new OutputException("cannot write to " + folder + ": permission denied");
    }
    LoopLock lock;
    try {
      lock = LoopLock.acquire(folder, identity);
    } catch (OutputException e) {
      removeCreatedFolders(firstCreated);
      throw e;
    }
    try (lock) {
      // Checked again under the lock: another run may have written the loop meanwhile.
      refuseLinks();
      refuseExisting(replace);
      List<Path> written = writeLocked();
      if (replace) {
        FolderCleanup.retireOtherFormats(folder, files.keySet(), formats);
        FolderCleanup.retireMatching(folder, files.keySet(), retired);
      }
      return written;
    } catch (OutputException e) {
      undoFolder(firstCreated, lock);
      throw e;
    }
  }

  /** After a failure: removes the folders this run created, once nothing but the lock is left. */
  private void undoFolder(Path firstCreated, LoopLock lock) {
    if (firstCreated == null) {
      return;
    }
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      if (entries.allMatch(p -> p.getFileName().toString().equals(LoopLock.NAME))) {
        lock.delete();
      }
    } catch (IOException e) {
      return;
    }
    removeCreatedFolders(firstCreated);
  }

  private List<Path> writeLocked() {
    FolderCleanup.removeStaleParts(folder);
    List<Path> temporary = new ArrayList<>();
    List<Path> created = new ArrayList<>();
    Path current = folder;
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        current = folder.resolve(e.getKey());
        temporary.add(writeTemporary(e.getKey(), e.getValue()));
      }
      List<Path> written = new ArrayList<>();
      int i = 0;
      for (String name : files.keySet()) {
        Path target = folder.resolve(name);
        current = target;
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        Files.move(temporary.get(i), target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        temporary.set(i++, null);
        if (!existed) {
          created.add(target);
        }
        written.add(target);
      }
      return written;
    } catch (IOException e) {
      // All or nothing: remove the temporary files and every file this run created. Files that
      // --force already replaced keep their new content: their old versions are not kept.
      for (Path tmp : temporary) {
        deleteQuietly(tmp);
      }
      for (Path file : created) {
        deleteQuietly(file);
      }
      throw new OutputException("cannot write " + current + ": " + reason(current, e));
    }
  }

  /**
   * Writes {@code .NAME.PID.N.part} and flushes it to the disk, so the file moved into place is
   * never empty or short. Unlike {@code Files.createTempFile} (owner-only), the file gets the
   * permissions any new file in the folder gets, so the packets can be shared as before.
   */
  private Path writeTemporary(String name, byte[] content) throws IOException {
    while (true) {
      Path tmp = folder.resolve("." + name + "." + PID + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".part");
      FileChannel channel;
      try {
        channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException taken) {
        continue;
      }
      try (channel) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      } catch (IOException | RuntimeException e) {
        deleteQuietly(tmp);
        throw e;
      }
      return tmp;
    }
  }

  private static String reason(Path target, IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return "a folder of that name is in the way";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage();
  }

  /** Deletes the folders this run created, innermost first, as long as they are empty. */
  private void removeCreatedFolders(Path firstCreated) {
    if (firstCreated == null) {
      return;
    }
    for (Path p = folder.toAbsolutePath(); p != null && p.startsWith(firstCreated);
        p = p.getParent()) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException notEmpty) {
        return;
      }
    }
  }

  static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // best effort: the original failure is what the user needs to see
    }
  }
}
