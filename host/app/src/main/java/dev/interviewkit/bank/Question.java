package dev.interviewkit.bank;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One interview question with what to probe, what good looks like and what to worry about. */
public record Question(
    String id,
    String bankId,
    String competency,
    Set<Level> levels,
    Kind kind,
    int minutes,
    String prompt,
    List<String> followUps,
    List<String> signals,
    List<String> redFlags,
    String candidateBrief,
    List<String> tags,
    Location location) {

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bankId, "bankId");
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(candidateBrief, "candidateBrief");
    Objects.requireNonNull(location, "location");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException(id + ": a question needs at least one level");
    }
    levels = java.util.Collections.unmodifiableSet(EnumSet.copyOf(levels));
    if (minutes < 1) {
      throw new IllegalArgumentException(id + ": minutes must be positive");
    }
    followUps = List.copyOf(followUps);
    signals = List.copyOf(signals);
    redFlags = List.copyOf(redFlags);
    tags = List.copyOf(tags);
  }

  public boolean suits(Level level) {
    return levels.contains(level);
  }
}
