package dev.interviewkit.coordinator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the documents' words, and the defaults for the scorecard and debrief times. */
final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

  private Dates() {}

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String dayTime(LocalDateTime time) {
    return DAY_TIME.format(time);
  }

  /** Without {@code scorecard_due}: 18:00 on the loop day, while the evidence is fresh. */
  static LocalDateTime scorecardDue(LocalDate loop) {
    return loop.atTime(18, 0);
  }

  /** Without {@code debrief}: 10:00 on the next working day (Monday to Friday) after the loop. */
  static LocalDateTime debrief(LocalDate loop) {
    LocalDate day = loop.plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day.atTime(10, 0);
  }
}
