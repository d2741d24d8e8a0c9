package dev.interviewkit.plan;

import dev.interviewkit.bank.Problem;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The panel's times against the role's time boxes: no interviewer in two rounds at once, and no
 * round that ends after the next one begins (the candidate is in every round).
 */
public final class ScheduleCheck {

  private ScheduleCheck() {}

  /** A timed round of the panel: when it starts and ends, in minutes of the day. */
  record Slot(RoundSpec spec, Interviewer who, RoundLogistics place, int start, int end) {

    String span() {
      return clock(start) + "–" + clock(end);
    }

    /** Who runs it, for matching: the address when given, else the name. */
    String person() {
      return place.email().isEmpty() ? who.name().strip().toLowerCase(Locale.ROOT)
          : place.email().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Every scheduling problem of {@code panel} for {@code role}, at the later round's time, one
   * message per round that starts too early: that its interviewer is still in another round,
   * else that the candidate is (naming the round that runs latest, so "start it at" is right).
   * An interviewer's overlap is a candidate's too; it is said once.
   */
  public static List<Problem> check(RoleDefinition role, Panel panel) {
    List<Slot> earlier = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Slot later : slots(role, panel)) {
      Slot same = earlier.stream().filter(e -> e.person().equals(later.person())
          && e.end() > later.start()).findFirst().orElse(null);
      Slot running = earlier.stream().max(Comparator.comparingInt(Slot::end)).orElse(null);
      if (same != null) {
        problems.add(at(later, "round '" + later.spec().id() + "' at " + clock(later.start())
            + " overlaps round '" + same.spec().id() + "' (" + same.span()
            + ") for interviewer " + later.who().name() + ": nobody can run both"));
      } else if (running != null && running.end() > later.start()) {
        problems.add(at(later, "round '" + later.spec().id() + "' starts at "
            + clock(later.start()) + " but round '" + running.spec().id() + "' ("
            + running.spec().minutes() + " min) runs " + running.span()
            + ": the candidate cannot be in both; start it at " + clock(running.end())
            + " or later"));
      }
      earlier.add(later);
    }
    problems.sort(null);
    return problems;
  }

  /** The rounds with a time, ordered by start (then loop order). */
  static List<Slot> slots(RoleDefinition role, Panel panel) {
    List<Slot> slots = new ArrayList<>();
    for (RoundSpec spec : role.rounds()) {
      Interviewer who = panel.interviewers().get(spec.id());
      if (who == null || who.time().isEmpty()) {
        continue;
      }
      LocalTime start = start(who.time());
      int minute = start.getHour() * 60 + start.getMinute();
      slots.add(new Slot(spec, who, panel.logistics().round(spec.id()), minute,
          minute + spec.minutes()));
    }
    slots.sort(Comparator.comparingInt(Slot::start));
    return slots;
  }

  /** A panel time, {@code H:MM} or {@code HH:MM}, as a time of day. */
  public static LocalTime start(String time) {
    String[] parts = time.split(":");
    return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  private static Problem at(Slot slot, String message) {
    return slot.place().at().problem(message);
  }

  private static String clock(int minutes) {
    return String.format("%02d:%02d", minutes / 60 % 24, minutes % 60)
        + (minutes >= 24 * 60 ? " (next day)" : "");
  }
}
