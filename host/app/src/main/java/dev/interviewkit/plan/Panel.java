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
 * @param questions round id to the question ids the round must ask, in order; rounds not named
 *     here are drawn as usual
 * @param email the candidate's email (matches a returning candidate on the hiring record), or ""
 */
public record Panel(
    String candidate,
    Optional<LocalDate> date,
    Optional<String> role,
    Optional<Long> seed,
    Map<String, Interviewer> interviewers,
    Map<String, List<String>> questions,
    String path,
    String email) {

  public Panel {
    java.util.Objects.requireNonNull(email, "email");
    interviewers = Map.copyOf(interviewers);
    Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
    questions.forEach((round, ids) -> copy.put(round, List.copyOf(ids)));
    questions = java.util.Collections.unmodifiableMap(copy);
  }

  /** A panel without an email. */
  public Panel(String candidate, Optional<LocalDate> date, Optional<String> role,
      Optional<Long> seed, Map<String, Interviewer> interviewers,
      Map<String, List<String>> questions, String path) {
    this(candidate, date, role, seed, interviewers, questions, path, "");
  }

  /** A panel without pinned questions. */
  public Panel(String candidate, Optional<LocalDate> date, Optional<String> role,
      Optional<Long> seed, Map<String, Interviewer> interviewers, String path) {
    this(candidate, date, role, seed, interviewers, Map.of(), path);
  }
}
