package dev.interviewkit.calendar;

import dev.interviewkit.bank.InputFiles;
import dev.interviewkit.render.UntrustedFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * The events a previous run wrote into the loop folder ({@link Invitations#LOOP_FILE},
 * {@link Invitations#CANCELLED_FILE} and each interviewer's file), so a regenerated loop updates
 * them: read bounded (size and time), and only when the file is this tool's own for this loop.
 */
public record Previous(Map<String, Event> events, Map<String, List<Event>> interviewerFiles,
    List<VTimeZone> zones, List<String> notes) {

  /** The largest previous calendar file read: a loop's is a few tens of kilobytes. */
  static final int MAX_BYTES = 1 << 20;

  /** One previous event by UID: its SEQUENCE, content hash, and whether it was cancelled. */
  public record Event(VEvent event, int sequence, String hash, boolean cancelled) {}

  public static final Previous NONE = new Previous(Map.of(), Map.of(), List.of(), List.of());

  /** Without interviewer files. */
  public Previous(Map<String, Event> events, List<VTimeZone> zones, List<String> notes) {
    this(events, Map.of(), zones, notes);
  }

  /**
   * @param events the loop's events by UID, from its loop and cancellation files
   * @param interviewerFiles each previous {@code 42-NAME.ics} of this loop, by file name, with
   *     its events in file order
   */
  public Previous {
    events = Map.copyOf(events);
    Map<String, List<Event>> files = new java.util.TreeMap<>();
    interviewerFiles.forEach((name, list) -> files.put(name, List.copyOf(list)));
    interviewerFiles = java.util.Collections.unmodifiableMap(files);
    zones = List.copyOf(zones);
    notes = List.copyOf(notes);
  }

  /** Reads the previous calendar files of the loop {@code loopKey} from {@code folder}. */
  public static Previous read(Path folder, String loopKey) {
    Map<String, Event> events = new LinkedHashMap<>();
    List<VTimeZone> zones = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, List<Event>> interviewerFiles = new java.util.TreeMap<>();
    List<String> names = new ArrayList<>(List.of(Invitations.CANCELLED_FILE,
        Invitations.LOOP_FILE));
    names.addAll(interviewerFileNames(folder));
    for (String name : names) {
      Path file = folder.resolve(name);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Optional<Calendar> calendar = parse(file, notes);
      if (calendar.isEmpty()) {
        continue;
      }
      Calendar c = calendar.get();
      if (!Invitations.PRODID.equals(value(c.getProperty(Property.PRODID)))
          || !loopKey.equals(value(c.getProperty(Invitations.X_LOOP)))) {
        notes.add(name + " was not written by interview-kit for this loop: its events are not "
            + "carried on (sequence numbers start again)");
        continue;
      }
      boolean interviewer = name.startsWith(Invitations.INTERVIEWER_PREFIX);
      List<Event> mine = new ArrayList<>();
      c.<VTimeZone>getComponents(Component.VTIMEZONE).forEach(zones::add);
      for (VEvent e : c.<VEvent>getComponents(Component.VEVENT)) {
        String uid = value(e.getProperty(Property.UID));
        if (uid.isEmpty()) {
          continue;
        }
        int sequence;
        try {
          sequence = Integer.parseInt(value(e.getProperty(Property.SEQUENCE)));
        } catch (NumberFormatException bad) {
          sequence = 0;
        }
        boolean cancelled = "CANCELLED".equals(value(e.getProperty(Property.STATUS)));
        Event event = new Event(e, sequence, value(e.getProperty(Invitations.X_HASH)),
            cancelled);
        if (interviewer) {
          mine.add(event);
        } else {
          events.put(uid, event);
        }
      }
      if (interviewer) {
        interviewerFiles.put(name, mine);
      }
    }
    return new Previous(events, interviewerFiles, zones, notes);
  }

  /** The interviewer files ({@code 42-NAME.ics}) in {@code folder}, sorted; none unreadable. */
  private static List<String> interviewerFileNames(Path folder) {
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith(Invitations.INTERVIEWER_PREFIX) && n.endsWith(".ics"))
          .sorted().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static Optional<Calendar> parse(Path file, List<String> notes) {
    try {
      byte[] bytes = InputFiles.read(file, MAX_BYTES);
      String text = new String(bytes, StandardCharsets.UTF_8);
      return Optional.of(UntrustedFile.parse(file.toString(),
          () -> {
            try {
              return new CalendarBuilder().build(new StringReader(text));
            } catch (net.fortuna.ical4j.data.ParserException e) {
              throw new IOException("line " + e.getLineNo() + ": " + e.getMessage(), e);
            }
          }));
    } catch (IOException | RuntimeException e) {
      notes.add(file.getFileName() + " could not be read, so its events are not carried on: "
          + UntrustedFile.oneLine(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  static String value(Optional<? extends Property> property) {
    return property.map(Property::getValue).map(String::strip).orElse("");
  }
}
