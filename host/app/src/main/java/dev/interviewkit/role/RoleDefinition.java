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
 */
public record RoleDefinition(
    String id,
    String title,
    Level level,
    RoleBrief brief,
    List<String> competencies,
    List<RoundSpec> rounds,
    String path,
    Map<String, Location> competencyLocations) {

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
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException(id + ": a role needs rounds");
    }
  }
}
