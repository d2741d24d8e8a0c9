package dev.interviewkit.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Extension point for an interview role: its identity, brief, loop blueprint and level-specific
 * expectations, all described by a blueprint YAML the host reads and validates.
 */
public interface RoleKit extends ExtensionPoint {

  /** The role blueprint, normally a resource inside the plugin jar. */
  KitResource blueprint();

  /** Competency banks this plugin ships in addition to the shared {@code question-banks/}. */
  default List<KitResource> banks() {
    return List.of();
  }
}
