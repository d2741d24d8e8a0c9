package dev.interviewkit.bank;

import java.util.Objects;

/** A place in an input file, 1-based, for messages. */
public record Location(String path, int line, int column) {

  public Location {
    Objects.requireNonNull(path, "path");
  }

  /** A problem at this place, printed as {@code path:line:column: message}. */
  public Problem problem(String message) {
    return new Problem(path, line, column, message);
  }

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ":" + column : path;
  }
}
