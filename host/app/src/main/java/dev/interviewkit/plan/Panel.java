package dev.interviewkit.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A panel file: the candidate, the date and who runs each round.
 *
 * @param role the role id the file was written for; empty when not given
 * @param interviewers round id to interviewer
 * @param logistics addresses, time zone, places and dates for the coordinator's kit
 * @param questions round id to the question ids the round must ask, in order; rounds not named
 *     here are drawn as usual
 */
public record Panel(
    String candidate,
    Optional<LocalDate> date,
    Optional<String> role,
    Optional<Long> seed,
    Map<String, Interviewer> interviewers,
    Map<String, List<String>> questions,
    String path,
    Logistics logistics) {

  public Panel {
    java.util.Objects.requireNonNull(logistics, "logistics");
    interviewers = Map.copyOf(interviewers);
    Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
    questions.forEach((round, ids) -> copy.put(round, List.copyOf(ids)));
    questions = java.util.Collections.unmodifiableMap(copy);
  }

  /** A panel without the coordinator's details. */
  public Panel(String candidate, Optional<LocalDate> date, Optional<String> role,
      Optional<Long> seed, Map<String, Interviewer> interviewers,
      Map<String, List<String>> questions, String path) {
    this(candidate, date, role, seed, interviewers, questions, path, Logistics.NONE);
  }

  /** A panel without pinned questions. */
  public Panel(String candidate, Optional<LocalDate> date, Optional<String> role,
      Optional<Long> seed, Map<String, Interviewer> interviewers, String path) {
    this(candidate, date, role, seed, interviewers, Map.of(), path);
  }

  /** This panel with other logistics. */
  public Panel withLogistics(Logistics other) {
    return new Panel(candidate, date, role, seed, interviewers, questions, path, other);
  }
}
