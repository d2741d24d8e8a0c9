package dev.interviewkit.plan;

import java.util.List;

/**
 * A role's {@code second_assessors: N}: every loop scores at least N of the role's competencies
 * in two different rounds (a primary round and a second view), or it is not planned.
 */
final class SecondAssessors {

  private SecondAssessors() {}

  /** The role's competencies that two or more of {@code loop}'s rounds score, in role order. */
  static List<String> twice(Loop loop) {
    return loop.role().competencies().stream()
        .filter(c -> loop.rounds().stream().filter(r -> r.scored().contains(c)).count() >= 2)
        .toList();
  }

  /**
   * {@code loop}, when enough of its competencies are scored twice.
   *
   * @throws CannotPlanException otherwise, in one line naming the role and the counts
   */
  static Loop check(Loop loop) {
    int wanted = loop.role().secondAssessors();
    if (wanted == 0) {
      return loop;
    }
    List<String> twice = twice(loop);
    if (twice.size() < wanted) {
      throw new CannotPlanException("cannot plan role '" + loop.role().id() + "': "
          + twice.size() + " of its competencies are scored by two rounds ("
          + (twice.isEmpty() ? "none" : String.join(", ", twice)) + ") but 'second_assessors' "
          + "asks for " + wanted + "; give more rounds a 'second_view'");
    }
    return loop;
  }
}
