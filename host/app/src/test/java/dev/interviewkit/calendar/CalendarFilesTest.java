package dev.interviewkit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import dev.interviewkit.coordinator.CandidateSafety;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.plan.PanelParser;
import dev.interviewkit.plan.Planner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarFilesTest {

  static final String PANEL = """
      candidate:
        name: Zoë Ångström-Дмитриев
        email: zoe@example.org
      date: 2026-12-03
      time_zone: Europe/Berlin
      coordinator: {name: Sam Okoro, email: sam@example.com, phone: "+49 30 1234 5678"}
      rounds:
        one:
          interviewer: Priya Raman
          title: Principal Engineer
          email: priya@example.com
          time: "ONE"
          location: Room Ada, 3rd floor
        two:
          interviewer: Marco Bianchi
          email: marco@example.com
          time: "10:15"
          link: https://meet.example.com/abc
      THREE
      """;
  static final String THREE = """
        three:
          interviewer: Priya Raman
          email: priya@example.com
          time: "11:30"
          link: https://meet.example.com/xyz
      """;

  @TempDir
  Path folder;

  static Panel panel(String one, boolean withThree) throws IOException {
    String text = PANEL.replace("ONE", one).replace("THREE\n", withThree ? THREE : "");
    return PanelParser.parse("panel.yaml",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static Loop loop(Panel panel) {
    return Planner.plan(Fixtures.role(), Fixtures.catalog(), new Planner.Request(
        panel.candidate(), panel.date().orElseThrow(), 7L, panel.interviewers(), Set.of()),
        "test-plugin", "1.0.0");
  }

  Map<String, String> files(Panel panel) {
    Loop loop = loop(panel);
    Schedule schedule = Schedule.of(loop, panel.logistics(), r -> r.spec().id() + "-packet.pdf");
    return new Invitations(loop, panel.logistics(), schedule,
        Previous.read(folder, Invitations.loopKey(loop))).files();
  }

  void write(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(folder.resolve(f.getKey()), f.getValue());
    }
  }

  /** The text with RFC 5545 line folding undone. */
  static String unfold(String text) {
    return text.replace("\r\n ", "");
  }

  static ICalendar read(String text) {
    List<ICalendar> all = Biweekly.parse(text).all();
    assertEquals(1, all.size(), text);
    return all.get(0);
  }

  static Map<String, VEvent> byUid(ICalendar calendar) {
    Map<String, VEvent> events = new TreeMap<>();
    calendar.getEvents().forEach(e -> events.put(e.getUid().getValue(), e));
    return events;
  }

  @Test
  void theLoopFileHasOneEventPerRoundAtTheRightLocalAndUtcTimesWithItsAttendees()
      throws IOException {
    Map<String, String> files = files(panel("09:00", true));
    assertEquals(List.of("40-loop.ics", "41-candidate.ics", "42-priya-raman.ics",
        "42-marco-bianchi.ics"), List.copyOf(files.keySet()));
    String raw = unfold(files.get("40-loop.ics"));
    ICalendar calendar = read(raw);
    assertEquals("REQUEST", calendar.getMethod().getValue());
    assertEquals(3, calendar.getEvents().size());
    VEvent one = calendar.getEvents().get(0);
    assertEquals(Instant.parse("2026-12-03T08:00:00Z"), one.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2026-12-03T09:00:00Z"), one.getDateEnd().getValue().toInstant());
    assertEquals("Room Ada, 3rd floor", one.getLocation().getValue());
    assertEquals("mailto:sam@example.com", "mailto:" + one.getOrganizer().getEmail());
    assertEquals(List.of("Priya Raman <priya@example.com>",
        "Zoë Ångström-Дмитриев <zoe@example.org>"), one.getAttendees().stream()
        .map(a -> a.getCommonName() + " <" + a.getEmail() + ">").toList());
    VEvent three = calendar.getEvents().get(2);
    assertEquals(Instant.parse("2026-12-03T10:30:00Z"),
        three.getDateStart().getValue().toInstant());
    assertEquals("https://meet.example.com/xyz", three.getUrl().getValue());
    assertTrue(raw.contains("DTSTART;TZID=Europe/Berlin:20261203T090000\r\n"), raw);
    assertTrue(raw.contains("DTEND;TZID=Europe/Berlin:20261203T100000\r\n"), raw);
    assertTrue(raw.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"), raw);
    assertTrue(raw.contains("DTSTAMP:20261203T000000Z\r\n"), raw);
    assertTrue(raw.contains("SEQUENCE:0\r\n"), raw);
    assertTrue(raw.contains("Your packet: one-packet.pdf"), raw);
    assertEquals(2, read(files.get("42-priya-raman.ics")).getEvents().size());
    assertEquals(1, read(files.get("42-marco-bianchi.ics")).getEvents().size());
    for (String text : files.values()) {
      for (String line : text.split("\r\n")) {
        assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "unfolded: " + line);
      }
      String events = text.substring(text.indexOf("BEGIN:VEVENT"));
      assertFalse(events.contains("DTSTART:") || events.contains("DTEND:"),
          "a time without its zone: " + text);
    }
  }

  @Test
  void ical4jReadsEveryFileBackToo() throws Exception {
    for (String text : files(panel("09:00", true)).values()) {
      net.fortuna.ical4j.model.Calendar c = new net.fortuna.ical4j.data.CalendarBuilder()
          .build(new java.io.StringReader(text));
      assertFalse(c.getComponents("VEVENT").isEmpty());
    }
  }

  @Test
  void theSameLoopWritesTheSameBytes() throws IOException {
    assertEquals(files(panel("09:00", true)), files(panel("09:00", true)));
  }

  @Test
  void movingARoundKeepsEveryUidAndRaisesOnlyThatRoundsSequence() throws IOException {
    Map<String, String> first = files(panel("09:00", true));
    write(first);
    assertEquals(first, files(panel("09:00", true)), "unchanged loop, unchanged files");
    Map<String, String> moved = files(panel("08:45", true));
    Map<String, VEvent> before = byUid(read(first.get("40-loop.ics")));
    Map<String, VEvent> after = byUid(read(moved.get("40-loop.ics")));
    assertEquals(before.keySet(), after.keySet());
    for (String uid : after.keySet()) {
      int expected = uid.endsWith("-one@interview-kit") ? 1 : 0;
      assertEquals(expected, after.get(uid).getSequence().getValue(), uid);
    }
    assertEquals(byUid(read(moved.get("40-loop.ics"))).keySet(),
        byUid(read(moved.get("41-candidate.ics"))).keySet());
    assertFalse(moved.containsKey(Invitations.CANCELLED_FILE));
    write(moved);
    Map<String, VEvent> again = byUid(read(files(panel("08:45", true)).get("40-loop.ics")));
    again.forEach((uid, e) -> assertEquals(after.get(uid).getSequence().getValue(),
        e.getSequence().getValue(), uid));
  }

  @Test
  void aRemovedRoundComesBackAsACancellationToItsAttendees() throws IOException {
    Map<String, String> first = files(panel("09:00", true));
    write(first);
    Map<String, String> without = files(panel("09:00", false));
    assertEquals(2, read(without.get("40-loop.ics")).getEvents().size());
    ICalendar cancel = read(without.get(Invitations.CANCELLED_FILE));
    assertEquals("CANCEL", cancel.getMethod().getValue());
    VEvent gone = cancel.getEvents().get(0);
    assertTrue(gone.getUid().getValue().endsWith("-three@interview-kit"));
    assertEquals("CANCELLED", gone.getStatus().getValue());
    assertEquals(1, gone.getSequence().getValue());
    assertEquals(List.of("priya@example.com", "zoe@example.org"),
        gone.getAttendees().stream().map(Attendee::getEmail).toList());
    assertEquals(Instant.parse("2026-12-03T10:30:00Z"), gone.getDateStart().getValue().toInstant());
    assertTrue(without.get(Invitations.CANCELLED_FILE).contains("BEGIN:VTIMEZONE"));
    write(without);
    Map<String, String> back = files(panel("09:00", true));
    VEvent returned = byUid(read(back.get("40-loop.ics"))).get(gone.getUid().getValue());
    assertEquals(2, returned.getSequence().getValue(), "a round that returns outranks its cancel");
  }

  @Test
  void anInterviewerNoLongerOnThePanelGetsTheirFileBackAsACancellation() throws IOException {
    write(files(panel("09:00", true)));
    Panel omar = PanelParser.parse("panel.yaml", new ByteArrayInputStream(PANEL
        .replace("ONE", "09:00").replace("THREE\n", THREE).replace("Marco Bianchi", "Omar Haddad")
        .replace("marco@", "omar@").getBytes(StandardCharsets.UTF_8)));
    Map<String, String> replaced = files(omar);
    assertEquals(1, read(replaced.get("42-omar-haddad.ics")).getEvents().size());
    ICalendar cancel = read(replaced.get("42-marco-bianchi.ics"));
    assertEquals("CANCEL", cancel.getMethod().getValue());
    assertEquals(1, cancel.getEvents().size());
    VEvent gone = cancel.getEvents().get(0);
    assertTrue(gone.getUid().getValue().endsWith("-two@interview-kit"), gone.getUid().getValue());
    assertEquals("CANCELLED", gone.getStatus().getValue());
    assertEquals(byUid(read(replaced.get("40-loop.ics"))).get(gone.getUid().getValue())
        .getSequence().getValue(), gone.getSequence().getValue(),
        "the cancellation has the sequence of the event's update");
    assertTrue(gone.getAttendees().stream().anyMatch(a -> a.getEmail().equals("marco@example.com")));
    assertFalse(replaced.containsKey(Invitations.CANCELLED_FILE), "no round was removed");
    write(replaced);
    assertEquals(replaced, files(omar), "regenerated again: the same bytes");
  }

  @Test
  void theCandidatesCalendarCarriesNothingInterviewerOnly() throws IOException {
    Panel panel = panel("09:00", true);
    String text = unfold(files(panel).get("41-candidate.ics"));
    CandidateSafety.assertSafe(loop(panel), Fixtures.catalog(), text);
    assertFalse(text.contains("packet"), text);
    String description = read(text).getEvents().get(0).getDescription().getValue();
    assertTrue(description.contains("Questions, or an adjustment you need: Sam Okoro"),
        description);
    CandidateSafety.assertSafe(loop(panel), Fixtures.catalog(), description);
  }

  @Test
  void withoutATimeZoneThereAreNoCalendarFilesAndTheReasonIsGiven() throws IOException {
    Panel panel = panel("09:00", true);
    panel = panel.withLogistics(new dev.interviewkit.plan.Logistics("", java.util.Optional.empty(),
        java.util.Optional.empty(), Map.of(), java.util.Optional.empty(),
        java.util.Optional.empty()));
    Schedule schedule = Schedule.of(loop(panel), panel.logistics(), r -> "x");
    assertEquals(java.util.Optional.of("the panel file gives no 'time_zone'"), schedule.missing());
  }
}
