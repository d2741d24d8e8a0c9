package dev.interviewkit.host;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The plugins disabled for this run, each with its first fault; never written to disk. */
final class Faults {

  private final Map<String, String> byPlugin = new ConcurrentHashMap<>();

  /** Disables {@code pluginId} for this run; a plugin keeps the first fault it was given. */
  void add(String pluginId, String fault) {
    byPlugin.putIfAbsent(pluginId, fault);
  }

  Optional<String> of(String pluginId) {
    return pluginId == null ? Optional.empty() : Optional.ofNullable(byPlugin.get(pluginId));
  }

  boolean has(String pluginId) {
    return pluginId != null && byPlugin.containsKey(pluginId);
  }
}
