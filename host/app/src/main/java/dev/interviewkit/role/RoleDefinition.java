package dev.interviewkit.role;

import dev.interviewkit.bank.Level;
import dev.interviewkit.bank.Location;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A role's identity, brief and loop blueprint, as read from its plugin.
 *
 * @param competencyLocations where each of the role's competencies is listed, for messages
 * @param secondAssessors how many of the role's competencies every loop must score in two
 *     different rounds ({@code second_assessors:}, 0 when not set); the planner refuses a plan
 *     with fewer
 */
public record RoleDefinition(
    String id,
    String title,
    Level level,
    RoleBrief brief,
    List<String> competencies,
    List<RoundSpec> rounds,
    String path,
    Map<String, Location> competencyLocations,
    int secondAssessors) {

  public RoleDefinition {
    Objects.requireNonNull(competencyLocations, "competencyLocations");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(brief, "brief");
    Objects.requireNonNull(path, "path");
    competencies = List.copyOf(competencies);
    rounds = List.copyOf(rounds);
    competencyLocations = Map.copyOf(competencyLocations);
    if (secondAssessors < 0 || secondAssessors > competencies.size()) {
      throw new IllegalArgumentException(id + ": second_assessors must be 0 to "
          + competencies.size());
    }
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException(id + ": a role needs rounds");
    }
  }

  /** A role that asks for no second assessors. */
  public RoleDefinition(String id, String title, Level level, RoleBrief brief,
      List<String> competencies, List<RoundSpec> rounds, String path,
      Map<String, Location> competencyLocations) {
    this(id, title, level, brief, competencies, rounds, path, competencyLocations, 0);
  }
}
