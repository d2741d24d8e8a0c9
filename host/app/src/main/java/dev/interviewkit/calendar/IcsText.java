package dev.interviewkit.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationException;

/** A calendar as the text of an {@code .ics} file. */
final class IcsText {

  private IcsText() {}

  /** The calendar as RFC 5545 text, validated, lines folded at 75 octets. */
  static String of(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar does not validate: " + e.getMessage(), e);
    }
    return fold(out.toString().replace("\r\n ", ""));
  }

  /**
   * Folds each line at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character; ical4j's
   * own folding counts characters, so a line with accents or Cyrillic would run longer.
   */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 40);
    for (String line : text.split("\r\n")) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (octets + size > 75) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}
