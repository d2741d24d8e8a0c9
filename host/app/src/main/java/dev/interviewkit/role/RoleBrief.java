package dev.interviewkit.role;

import java.util.List;
import java.util.Objects;

/** What every panelist reads about the role before their round. */
public record RoleBrief(
    String summary,
    List<String> scope,
    String reportsTo,
    String horizon,
    String differsFromBelow,
    String differsFromAbove,
    List<String> loopMustFind) {

  public RoleBrief {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(reportsTo, "reportsTo");
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(differsFromBelow, "differsFromBelow");
    Objects.requireNonNull(differsFromAbove, "differsFromAbove");
    scope = List.copyOf(scope);
    loopMustFind = List.copyOf(loopMustFind);
  }
}
