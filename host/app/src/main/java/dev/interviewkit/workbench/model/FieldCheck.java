package dev.interviewkit.workbench.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the loop editor's text fields; a fault names the field and what is wrong with it. */
final class FieldCheck {

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private FieldCheck() {}

  /** A fault in a field, as the form shows it beside the field. */
  static final class Fault extends Exception {
    private static final long serialVersionUID = 1L;

    Fault(String message) {
      super(message, null, false, false);
    }
  }

  /** A calendar day as YYYY-MM-DD; 2026-02-30 is refused, naming the month's length. */
  static LocalDate date(String text) throws Fault {
    String t = text.strip();
    Matcher m = DATE.matcher(t);
    if (!m.matches()) {
      throw new Fault("date: '" + t + "' is not YYYY-MM-DD");
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      throw new Fault("date: " + t + " has no month " + month + "; months are 01 to 12");
    }
    YearMonth ym = YearMonth.of(year, month);
    if (day < 1 || day > ym.lengthOfMonth()) {
      throw new Fault("date: " + t + " is not a day; " + ym.getMonth().getDisplayName(
          java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year + " has "
          + ym.lengthOfMonth() + " days");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new Fault("date: " + t + " is not a day");
    }
  }

  /** Empty for a derived seed, or a whole number. */
  static Long seed(String text) throws Fault {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new Fault("seed: '" + t + "' is not a whole number; leave it empty to derive it");
    }
  }

  static Path folder(String text) throws Fault {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new Fault("output folder: name the folder the loop is written to");
    }
    try {
      Path p = Path.of(t);
      if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
        throw new Fault("output folder: " + t + " is a file, not a folder");
      }
      return p;
    } catch (InvalidPathException e) {
      throw new Fault("output folder: '" + t + "' is not a path: " + e.getReason());
    }
  }
}
