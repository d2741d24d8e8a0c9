package dev.interviewkit.plan;

import dev.interviewkit.bank.Location;
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
 * @param places where things stand in the file, for messages: {@link #ROLE}, a round id, and
 *     {@code ROUND/QUESTION} for a given question; empty for a panel not read from a file
 */
public record Panel(
    String candidate,
    Optional<LocalDate> date,
    Optional<String> role,
    Optional<Long> seed,
    Map<String, Interviewer> interviewers,
    Map<String, List<String>> questions,
    String path,
    Logistics logistics,
    Map<String, Location> places) {

  /** The key of {@link #places()} for the {@code role} key. */
  public static final String ROLE = "role:";

  public Panel {
    java.util.Objects.requireNonNull(logistics, "logistics");
    places = Map.copyOf(places);
    interviewers = Map.copyOf(interviewers);
    Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
    questions.forEach((round, ids) -> copy.put(round, List.copyOf(ids)));
    questions = java.util.Collections.unmodifiableMap(copy);
  }

  /** A panel not read from a file, without the coordinator's details. */
  public Panel(String candidate, Optional<LocalDate> date, Optional<String> role,
      Optional<Long> seed, Map<String, Interviewer> interviewers,
      Map<String, List<String>> questions, String path) {
    this(candidate, date, role, seed, interviewers, questions, path, Logistics.NONE, Map.of());
  }

  /** A panel not read from a file. */
  public Panel(String candidate, Optional<LocalDate> date, Optional<String> role,
      Optional<Long> seed, Map<String, Interviewer> interviewers,
      Map<String, List<String>> questions, String path, Logistics logistics) {
    this(candidate, date, role, seed, interviewers, questions, path, logistics, Map.of());
  }

  /** Equal when the content is: where things stood in a file does not count. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Panel p && candidate.equals(p.candidate) && date.equals(p.date)
        && role.equals(p.role) && seed.equals(p.seed) && interviewers.equals(p.interviewers)
        && questions.equals(p.questions) && path.equals(p.path) && logistics.equals(p.logistics);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(candidate, date, role, seed, interviewers, questions, path,
        logistics);
  }

  /** Where {@code key} of {@link #places()} stands, or the file itself when not known. */
  public Location at(String key) {
    return places.getOrDefault(key, new Location(path, 0, 0));
  }

  /** A panel without pinned questions. */
  public Panel(String candidate, Optional<LocalDate> date, Optional<String> role,
      Optional<Long> seed, Map<String, Interviewer> interviewers, String path) {
    this(candidate, date, role, seed, interviewers, Map.of(), path);
  }

  /** This panel with other logistics. */
  public Panel withLogistics(Logistics other) {
    return new Panel(candidate, date, role, seed, interviewers, questions, path, other, places);
  }
}
