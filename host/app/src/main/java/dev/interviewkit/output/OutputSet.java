package dev.interviewkit.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files rendered in memory and written together: each to a temporary file beside its target and
 * then moved into place, so a failed run leaves no half-written file.
 */
public final class OutputSet {

  private final Path folder;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  public OutputSet(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
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

  /** The paths that already exist and would be replaced. */
  public List<Path> existing() {
    return files.keySet().stream().map(folder::resolve).filter(Files::exists).toList();
  }

  /**
   * Writes every file.
   *
   * @return the paths written, in order
   * @throws OutputException when the folder or a file cannot be written
   */
  public List<Path> write(boolean replace) {
    if (!replace && !existing().isEmpty()) {
      throw new OutputException(existing().get(0) + " already exists; use --force to replace "
          + (existing().size() == 1 ? "it" : "the " + existing().size() + " existing files"));
    }
    try {
      Files.createDirectories(folder);
    } catch (FileAlreadyExistsException e) {
      throw new OutputException("cannot create folder " + folder + ": a file is in the way");
    } catch (AccessDeniedException e) {
      throw new OutputException("cannot create folder " + folder + ": permission denied");
    } catch (IOException e) {
      throw new OutputException("cannot create folder " + folder + ": " + e.getMessage());
    }
    if (!Files.isWritable(folder)) {
      throw new OutputException("cannot write to " + folder + ": permission denied");
    }
    List<Path> temporary = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path tmp = Files.createTempFile(folder, "." + e.getKey() + ".", ".part");
        temporary.add(tmp);
        Files.write(tmp, e.getValue());
      }
      List<Path> written = new ArrayList<>();
      int i = 0;
      for (String name : files.keySet()) {
        Path target = folder.resolve(name);
        Files.move(temporary.get(i++), target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        written.add(target);
      }
      return written;
    } catch (IOException e) {
      for (Path tmp : temporary) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the original failure is what the user needs to see
        }
      }
      String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
      throw new OutputException("cannot write to " + folder + ": " + reason);
    }
  }
}
