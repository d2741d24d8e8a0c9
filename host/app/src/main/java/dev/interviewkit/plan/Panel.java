package dev.interviewkit.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A panel file: the candidate, the date and who runs each round.
 *
 * @param role the role id the file was written for; empty when not given
 * @param interviewers round id to interviewer
 */
public record Panel(
    String candidate,
    Optional<LocalDate> date,
    Optional<String> role,
    Optional<Long> seed,
    Map<String, Interviewer> interviewers,
    String path) {

  public Panel {
    interviewers = Map.copyOf(interviewers);
  }
}
