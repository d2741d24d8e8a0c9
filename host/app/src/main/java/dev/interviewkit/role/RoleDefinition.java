package dev.interviewkit.role;

import dev.interviewkit.bank.Level;
import java.util.List;
import java.util.Objects;

/** A role's identity, brief and loop blueprint, as read from its plugin. */
public record RoleDefinition(
    String id,
    String title,
    Level level,
    RoleBrief brief,
    List<String> competencies,
    List<RoundSpec> rounds,
    String path) {

  public RoleDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(brief, "brief");
    Objects.requireNonNull(path, "path");
    competencies = List.copyOf(competencies);
    rounds = List.copyOf(rounds);
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException(id + ": a role needs rounds");
    }
  }
}
