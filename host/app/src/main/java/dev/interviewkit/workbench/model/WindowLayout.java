package dev.interviewkit.workbench.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Where the window was and how its views were divided, remembered between runs. */
public record WindowLayout(int x, int y, int width, int height, Map<String, Integer> dividers,
    Optional<java.nio.file.Path> lastLoop) {

  public WindowLayout {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("window size " + width + "x" + height);
    }
    dividers = java.util.Collections.unmodifiableMap(new TreeMap<>(dividers));
    java.util.Objects.requireNonNull(lastLoop, "lastLoop");
  }

  /** No window remembered yet (width 0). */
  public static final WindowLayout NONE = new WindowLayout(0, 0, 0, 0, Map.of(),
      Optional.empty());

  public boolean remembered() {
    return width > 0 && height > 0;
  }
}
