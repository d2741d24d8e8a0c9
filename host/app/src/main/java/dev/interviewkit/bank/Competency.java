package dev.interviewkit.bank;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A competency with behavioural anchors for scores 1 to 4, optionally overridden per level.
 *
 * @param anchors score (1..4) to anchor text
 * @param levelAnchors per level, the scores whose anchor differs at that level
 */
public record Competency(
    String id,
    String title,
    String description,
    Map<Integer, String> anchors,
    Map<Level, Map<Integer, String>> levelAnchors,
    String bankId,
    Location location) {

  public static final List<Integer> SCORES = List.of(1, 2, 3, 4);

  public Competency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(bankId, "bankId");
    Objects.requireNonNull(location, "location");
    anchors = Map.copyOf(anchors);
    if (!anchors.keySet().equals(java.util.Set.copyOf(SCORES))) {
      throw new IllegalArgumentException(id + ": anchors need scores 1-4, got " + anchors.keySet());
    }
    EnumMap<Level, Map<Integer, String>> copy = new EnumMap<>(Level.class);
    levelAnchors.forEach((level, overrides) -> copy.put(level, Map.copyOf(overrides)));
    levelAnchors = java.util.Collections.unmodifiableMap(copy);
  }

  /** The four anchors as they read at {@code level}, in score order. */
  public List<String> anchorsFor(Level level) {
    Map<Integer, String> merged = new TreeMap<>(anchors);
    merged.putAll(levelAnchors.getOrDefault(level, Map.of()));
    return List.copyOf(merged.values());
  }
}
