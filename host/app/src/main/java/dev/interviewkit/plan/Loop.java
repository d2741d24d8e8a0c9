package dev.interviewkit.plan;

import dev.interviewkit.role.RoleDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A planned interview loop: everything the documents print.
 *
 * @param bankVersions bank id to version, for every bank the loop drew from
 * @param pluginVersion the version of the plugin that contributed the role
 */
public record Loop(
    RoleDefinition role,
    String candidate,
    LocalDate date,
    long seed,
    List<PlannedRound> rounds,
    Map<String, String> bankVersions,
    String pluginId,
    String pluginVersion,
    List<String> avoided) {

  public Loop {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(pluginId, "pluginId");
    Objects.requireNonNull(pluginVersion, "pluginVersion");
    if (candidate.isBlank()) {
      throw new IllegalArgumentException("candidate name is blank");
    }
    rounds = List.copyOf(rounds);
    bankVersions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bankVersions));
    avoided = List.copyOf(avoided);
  }

  /** The ids of every question drawn, in round order. */
  public List<String> questionIds() {
    return rounds.stream().flatMap(r -> r.questions().stream()).map(q -> q.id()).toList();
  }

}
