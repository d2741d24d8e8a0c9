package dev.interviewkit.plan;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the coordinator's kit needs beyond who runs each round: addresses, the loop's time zone,
 * where each round happens, the coordinator, and when scorecards and the debrief are due.
 *
 * @param candidateEmail empty when not given
 * @param rounds round id to its details; rounds not named have none
 */
public record Logistics(
    String candidateEmail,
    Optional<ZoneId> timeZone,
    Optional<Contact> coordinator,
    Map<String, RoundLogistics> rounds,
    Optional<LocalDateTime> scorecardDue,
    Optional<LocalDateTime> debrief) {

  public static final Logistics NONE = new Logistics("", Optional.empty(), Optional.empty(),
      Map.of(), Optional.empty(), Optional.empty());

  public Logistics {
    Objects.requireNonNull(candidateEmail, "candidateEmail");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(coordinator, "coordinator");
    Objects.requireNonNull(scorecardDue, "scorecardDue");
    Objects.requireNonNull(debrief, "debrief");
    rounds = Map.copyOf(rounds);
  }

  /** The details of one round, or {@link RoundLogistics#NONE}. */
  public RoundLogistics round(String id) {
    return rounds.getOrDefault(id, RoundLogistics.NONE);
  }
}
