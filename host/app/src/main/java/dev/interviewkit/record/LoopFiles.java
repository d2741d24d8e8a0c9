package dev.interviewkit.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Deletes the loop files the record names, and only those: a file is deleted when it lies
 * directly in its recorded loop folder under its recorded name and is a regular file (not a
 * link), filled in since or not. A loop folder left with nothing but its lock file is removed.
 */
public final class LoopFiles {

  /** The lock file {@code output.LoopLock} keeps in a loop folder (it names the candidate). */
  static final String LOCK = ".interview-kit.lock";

  private LoopFiles() {}

  /**
   * What was deleted.
   *
   * @param kept each file not deleted, with why
   */
  public record Deleted(int recorded, List<Path> deleted, List<String> kept) {
    public Deleted {
      deleted = List.copyOf(deleted);
      kept = List.copyOf(kept);
    }

    static Deleted none(int recorded) {
      return new Deleted(recorded, List.of(), List.of());
    }
  }

  /**
   * Deletes the recorded files directly in their loop folders, never through a link; with {@code
   * unchangedOnly}, only those whose SHA-256 is still the record's (a changed one is kept and
   * named). {@code forget} deletes filled-in copies too: they hold the candidate's data.
   */
  static Deleted delete(List<Privacy.RecordedFile> files, boolean unchangedOnly) {
    List<Path> deleted = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    Set<Path> folders = new LinkedHashSet<>();
    for (Privacy.RecordedFile f : files) {
      Path path = f.path().normalize();
      Path folder = f.folder().normalize();
      if (!folder.equals(path.getParent())) {
        kept.add(path + ": not directly in its loop folder " + folder + "; kept");
        continue;
      }
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
          || Files.isSymbolicLink(folder)) {
        kept.add(path + ": not a regular file in a real folder; kept");
        continue;
      }
      try {
        if (unchangedOnly && !Hashes.sha256(path).equals(f.sha256())) {
          kept.add(path + ": changed since it was written (its SHA-256 differs from the "
              + "record's); kept");
          continue;
        }
        Files.delete(path);
        deleted.add(path);
        folders.add(folder);
      } catch (IOException e) {
        kept.add(path + ": cannot be deleted: " + e.getMessage());
      }
    }
    folders.forEach(LoopFiles::removeIfOnlyLock);
    return new Deleted(files.size(), deleted, kept);
  }

  private static void removeIfOnlyLock(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      if (!entries.allMatch(p -> p.getFileName().toString().equals(LOCK))) {
        return;
      }
      Files.deleteIfExists(folder.resolve(LOCK));
      Files.deleteIfExists(folder);
    } catch (IOException ignored) {
      // the folder stays; its files are gone
    }
  }
}
