package dev.interviewkit.workbench.model;

import dev.interviewkit.bank.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A bank or blueprint file opened at a problem: its text, and the line and column to show.
 * Saving replaces only this file, in one step, and reports its problems again at once.
 */
public final class BankFile {

  static final long MAX_BYTES = 2L * 1024 * 1024;

  private final Workbench workbench;
  private final Path path;
  private final Problem problem;
  private final String text;

  private BankFile(Workbench workbench, Path path, Problem problem, String text) {
    this.workbench = workbench;
    this.path = path;
    this.problem = problem;
    this.text = text;
  }

  /**
   * The file a problem is in, when it is a YAML file on disk (a bank inside a plugin jar is not).
   *
   * @throws IOException when the file cannot be read or is larger than 2 MiB
   */
  static Optional<BankFile> at(Workbench workbench, Problem problem) throws IOException {
    Path file;
    try {
      file = Path.of(problem.path()).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (!Files.isRegularFile(file) || !name.matches(".*\\.ya?ml")) {
      return Optional.empty();
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException(file + ": larger than " + MAX_BYTES / (1024 * 1024)
          + " MiB; open it in another editor");
    }
    return Optional.of(new BankFile(workbench, file, problem,
        Files.readString(file, StandardCharsets.UTF_8)));
  }

  public Path path() {
    return path;
  }

  /** The problem it was opened at. */
  public Problem problem() {
    return problem;
  }

  public String text() {
    return text;
  }

  /** The problem's line, from 1 (1 when the problem is about the whole file). */
  public int line() {
    return Math.max(1, problem.line());
  }

  /** The problem's column, from 1. */
  public int column() {
    return Math.max(1, problem.column());
  }

  /** Offset of the problem's line and column in {@link #text()}, clamped to the text. */
  public int offset() {
    int offset = 0;
    for (int l = 1; l < line() && offset < text.length(); l++) {
      int next = text.indexOf('\n', offset);
      if (next < 0) {
        return text.length();
      }
      offset = next + 1;
    }
    int end = text.indexOf('\n', offset);
    int lineEnd = end < 0 ? text.length() : end;
    return Math.min(offset + column() - 1, lineEnd);
  }

  /**
   * Writes {@code newText} over the file (a temporary file beside it, then moved over it) and
   * validates the banks again.
   *
   * @return this file's problems now
   */
  public List<Problem> save(String newText) throws IOException {
    Path temp = Files.createTempFile(path.getParent(), "." + path.getFileName(), ".tmp");
    try {
      Files.writeString(temp, newText, StandardCharsets.UTF_8);
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return problemsOfThisFile();
  }

  /** The problems {@code kit validate} reports for this file. */
  public List<Problem> problemsOfThisFile() {
    return workbench.problems().stream().filter(p -> sameFile(p.path())).toList();
  }

  private boolean sameFile(String other) {
    try {
      return Path.of(other).toAbsolutePath().normalize().equals(path);
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }
}
