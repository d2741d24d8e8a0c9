package dev.interviewkit.output;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a write removes from a loop folder besides its own temporary files. */
final class FolderCleanup {

  /** A temporary file: {@code .NAME.PID.RANDOM.part}. */
  static final Pattern PART = Pattern.compile("\\..+\\.(\\d+)\\.\\d+\\.part");

  private FolderCleanup() {}

  /**
   * Deletes temporary files ({@code .NAME.PID.N.part}) that a killed run left in the folder. A
   * file whose process is still running is left alone: it may be writing the same loop now.
   */
  static void removeStaleParts(Path folder) {
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
      for (Path part : parts) {
        Matcher m = PART.matcher(part.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
          continue;
        }
        boolean running = pid == OutputSet.PID
            || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!running) {
          OutputSet.deleteQuietly(part);
        }
      }
    } catch (IOException | DirectoryIteratorException e) {
      // best effort: stale temporary files are hidden and harmless
    }
  }

  /**
   * With {@code --force}: deletes this loop's own documents in formats this run did not write
   * (the Word files of a loop now written as PDF only). Only regular files whose name is one of
   * this set's document names with another format's extension; nothing else in the folder.
   */
  static void retireOtherFormats(Path folder, Set<String> files, Set<String> formats) {
    for (String name : files) {
      int dot = name.lastIndexOf('.');
      if (dot <= 0) {
        continue;
      }
      String stem = name.substring(0, dot);
      for (String extension : formats) {
        String other = stem + "." + extension;
        Path old = folder.resolve(other);
        if (!files.contains(other) && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
          OutputSet.deleteQuietly(old);
        }
      }
    }
  }

  /** With {@code --force}: deletes regular files matching {@code names} this run did not write. */
  static void retireMatching(Path folder, Set<String> files, java.util.regex.Pattern names) {
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      entries.filter(p -> names.matcher(p.getFileName().toString()).matches())
          .filter(p -> !files.contains(p.getFileName().toString()))
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .forEach(OutputSet::deleteQuietly);
    } catch (java.io.IOException e) {
      throw new OutputException("cannot list " + folder + ": " + e.getMessage());
    }
  }
}
