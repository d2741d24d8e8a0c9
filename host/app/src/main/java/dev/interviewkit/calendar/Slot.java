package dev.interviewkit.calendar;

import dev.interviewkit.plan.Interviewer;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.RoundLogistics;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One timed round as an event: when, where, who.
 *
 * @param packet the file name of the round's interviewer packet, for the interviewer copies
 */
public record Slot(PlannedRound round, RoundLogistics place, ZonedDateTime start,
    ZonedDateTime end, String packet) {

  public Slot {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(packet, "packet");
  }

  public Interviewer interviewer() {
    return round.interviewer();
  }

  public String id() {
    return round.spec().id();
  }
}
