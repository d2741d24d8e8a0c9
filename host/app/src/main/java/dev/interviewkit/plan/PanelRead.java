package dev.interviewkit.plan;

import dev.interviewkit.bank.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A panel file read as far as it could be ({@link PanelParser#read}).
 *
 * @param panel what the file gives, without the keys that have a problem (a round whose
 *     {@code time} is wrong has no time), so later checks skip what was already reported
 * @param problems the file's problems, in the order of the file; empty when it read cleanly
 */
public record PanelRead(Panel panel, List<Problem> problems) {

  public PanelRead {
    Objects.requireNonNull(panel, "panel");
    problems = List.copyOf(problems);
  }
}
