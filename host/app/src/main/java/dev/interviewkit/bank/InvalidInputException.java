package dev.interviewkit.bank;

import java.util.List;

/** Input files with problems; each problem names its file, line and column. */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems given");
    }
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
