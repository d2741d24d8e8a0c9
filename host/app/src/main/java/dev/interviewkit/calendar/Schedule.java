package dev.interviewkit.calendar;

import dev.interviewkit.plan.Logistics;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.ScheduleCheck;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The loop's timed rounds in its time zone, or why there are none to put in a calendar. */
public record Schedule(List<Slot> slots, Optional<String> missing) {

  public Schedule {
    slots = List.copyOf(slots);
    if (slots.isEmpty() == missing.isEmpty()) {
      throw new IllegalArgumentException("a schedule has slots or says why not");
    }
  }

  /**
   * The rounds with a time, by start; empty with a reason when the panel gives no time zone or
   * no times.
   *
   * @param packetName the packet's file name for a round
   */
  public static Schedule of(Loop loop, Logistics logistics, Function<PlannedRound, String>
      packetName) {
    if (logistics.timeZone().isEmpty()) {
      return new Schedule(List.of(), Optional.of("the panel file gives no 'time_zone'"));
    }
    ZoneId zone = logistics.timeZone().get();
    List<Slot> slots = new ArrayList<>();
    for (PlannedRound round : loop.rounds()) {
      if (round.interviewer().time().isEmpty()) {
        continue;
      }
      ZonedDateTime start = loop.date().atTime(ScheduleCheck.start(round.interviewer().time()))
          .atZone(zone);
      slots.add(new Slot(round, logistics.round(round.spec().id()), start,
          start.plusMinutes(round.spec().minutes()), packetName.apply(round)));
    }
    if (slots.isEmpty()) {
      return new Schedule(List.of(), Optional.of("the panel file gives no round a 'time'"));
    }
    slots.sort(Comparator.comparing(Slot::start));
    return new Schedule(slots, Optional.empty());
  }
}
