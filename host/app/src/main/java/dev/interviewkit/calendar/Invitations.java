package dev.interviewkit.calendar;

import dev.interviewkit.output.Slug;
import dev.interviewkit.plan.Logistics;
import dev.interviewkit.plan.Loop;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The loop's calendar files (RFC 5545): one for the whole loop, one for the candidate, one per
 * interviewer, and the cancellations of rounds a previous run scheduled that are gone now. The
 * same round has the same UID in every file and every run; its SEQUENCE rises when it changes.
 */
public final class Invitations {

  public static final String LOOP_FILE = "40-loop.ics";
  public static final String CANDIDATE_FILE = "41-candidate.ics";
  /** Interviewer files are {@code 42-NAME.ics}. */
  public static final String INTERVIEWER_PREFIX = "42-";
  public static final String CANCELLED_FILE = "44-cancelled.ics";
  static final String PRODID = "-//interview-kit//coordinator's kit//EN";
  static final String X_LOOP = "X-INTERVIEWKIT-LOOP";
  static final String X_HASH = "X-INTERVIEWKIT-HASH";

  private final Loop loop;
  private final Logistics logistics;
  private final Schedule schedule;
  private final Previous previous;
  private final EventText text;
  private final TimeZoneRegistry zones =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  public Invitations(Loop loop, Logistics logistics, Schedule schedule, Previous previous) {
    this.loop = loop;
    this.logistics = logistics;
    this.schedule = schedule;
    this.previous = previous;
    this.text = new EventText(loop, logistics);
  }

  /** The key that names this loop in UIDs and in every file: role, date and candidate. */
  public static String loopKey(Loop loop) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((loop.role().id() + "\n"
          + Normalizer.normalize(loop.candidate(), Normalizer.Form.NFC) + "\n" + loop.date())
          .getBytes(StandardCharsets.UTF_8));
      return loop.date().toString().replace("-", "") + "-" + loop.role().id() + "-"
          + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String uid(Loop loop, Slot slot) {
    return loopKey(loop) + "-" + slot.id() + "@interview-kit";
  }

  /** Every calendar file by name, in writing order; empty when the schedule has no slots. */
  public Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    if (schedule.slots().isEmpty()) {
      return files;
    }
    Map<String, Integer> sequences = new LinkedHashMap<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Slot slot : schedule.slots()) {
      String hash = hash(event(slot, EventText.Copy.LOOP, 0).toString());
      Previous.Event before = previous.events().get(uid(loop, slot));
      int sequence = before == null ? 0
          : before.hash().equals(hash) && !before.cancelled() ? before.sequence()
          : before.sequence() + 1;
      sequences.put(slot.id(), sequence);
      hashes.put(slot.id(), hash);
    }
    Calendar all = calendar(method());
    for (Slot slot : schedule.slots()) {
      VEvent event = event(slot, EventText.Copy.LOOP, sequences.get(slot.id()));
      event.add(new XProperty(X_HASH, hashes.get(slot.id())));
      all.add(event);
    }
    files.put(LOOP_FILE, IcsText.of(all));
    Calendar candidate = calendar(method());
    schedule.slots().forEach(s -> candidate.add(event(s, EventText.Copy.CANDIDATE,
        sequences.get(s.id()))));
    files.put(CANDIDATE_FILE, IcsText.of(candidate));
    interviewerFiles().forEach((name, slots) -> {
      Calendar mine = calendar(method());
      slots.forEach(s -> mine.add(event(s, EventText.Copy.INTERVIEWER, sequences.get(s.id()))));
      files.put(name, IcsText.of(mine));
    });
    for (String name : withdrawn()) {
      cancel(previous.interviewerFiles().get(name)).ifPresent(c -> files.put(name, c));
    }
    cancellations().ifPresent(c -> files.put(CANCELLED_FILE, c));
    return files;
  }

  /** Each interviewer's file name and their slots: {@code 42-NAME.ics}, {@code -2} on a clash. */
  private Map<String, List<Slot>> interviewerFiles() {
    Map<String, List<Slot>> byPerson = new LinkedHashMap<>();
    for (Slot slot : schedule.slots()) {
      if (!slot.interviewer().isBlank()) {
        byPerson.computeIfAbsent(person(slot), k -> new ArrayList<>()).add(slot);
      }
    }
    Map<String, List<Slot>> files = new LinkedHashMap<>();
    for (List<Slot> slots : byPerson.values()) {
      String stem = INTERVIEWER_PREFIX + Slug.of(slots.get(0).interviewer().name(), "interviewer");
      String name = stem + ".ics";
      for (int n = 2; files.containsKey(name); n++) {
        name = stem + "-" + n + ".ics";
      }
      files.put(name, slots);
    }
    return files;
  }

  /**
   * The interviewer files a previous run wrote for this loop that this run does not: people no
   * longer on the panel. Each is rewritten as the cancellation of that person's events.
   */
  public List<String> withdrawn() {
    if (schedule.slots().isEmpty()) {
      return List.of();
    }
    Set<String> now = interviewerFiles().keySet();
    return previous.interviewerFiles().keySet().stream().filter(n -> !now.contains(n)).toList();
  }

  private static String person(Slot slot) {
    return slot.place().email().isEmpty() ? "name:" + slot.interviewer().name()
        : "mail:" + slot.place().email().toLowerCase(java.util.Locale.ROOT);
  }

  /** Rounds a previous run scheduled that this loop no longer has, as a CANCEL. */
  private Optional<String> cancellations() {
    Set<String> current = new TreeSet<>();
    schedule.slots().forEach(s -> current.add(uid(loop, s)));
    return cancel(previous.events().entrySet().stream()
        .filter(e -> !current.contains(e.getKey())).map(Map.Entry::getValue).toList());
  }

  /**
   * {@code events} as a CANCEL: each with its previous attendees and times, {@code
   * STATUS:CANCELLED} and {@code SEQUENCE} + 1 (kept when it was cancelled already).
   */
  private Optional<String> cancel(List<Previous.Event> events) {
    List<VEvent> gone = new ArrayList<>();
    Set<String> tzids = new TreeSet<>();
    for (Previous.Event before : events) {
      VEvent cancel = new VEvent(false);
      for (Property p : before.event().getProperties()) {
        if (!Set.of(Property.SEQUENCE, Property.STATUS, Property.DTSTAMP, Property.DESCRIPTION,
            X_HASH).contains(p.getName())) {
          cancel.add(p);
        }
        p.getParameter("TZID").ifPresent(z -> tzids.add(z.getValue()));
      }
      cancel.add(new DtStamp(stamp()));
      cancel.add(new Sequence(before.cancelled() ? before.sequence() : before.sequence() + 1));
      cancel.add(new Status(Status.VALUE_CANCELLED));
      gone.add(cancel);
    }
    if (gone.isEmpty()) {
      return Optional.empty();
    }
    Calendar c = calendar(method().map(m -> Method.VALUE_CANCEL));
    for (String tzid : tzids) {
      previous.zones().stream().filter(z -> tzid.equals(Previous.value(z.getProperty("TZID"))))
          .findFirst().ifPresent(c::add);
    }
    gone.forEach(c::add);
    return Optional.of(IcsText.of(c));
  }

  /** REQUEST when there is an organizer to reply to; without one, no method (import only). */
  private Optional<String> method() {
    return organizer().isPresent() ? Optional.of(Method.VALUE_REQUEST) : Optional.empty();
  }

  private Calendar calendar(Optional<String> method) {
    Calendar c = new Calendar();
    c.add(new ProdId(PRODID));
    c.add(new Version(new ParameterList(), Version.VALUE_2_0));
    method.ifPresent(m -> c.add(new Method(m)));
    c.add(new XProperty(X_LOOP, loopKey(loop)));
    if (logistics.timeZone().isPresent()) {
      VTimeZone zone = zones.getTimeZone(logistics.timeZone().get().getId()).getVTimeZone();
      c.add(zone);
    }
    return c;
  }

  /** DTSTAMP: midnight UTC of the loop date, so a regenerated file is byte for byte the same. */
  private Instant stamp() {
    return loop.date().atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  VEvent event(Slot slot, EventText.Copy copy, int sequence) {
    VEvent e = new VEvent(slot.start(), slot.end(), text.summary(slot, copy));
    e.removeAll(Property.DTSTAMP);
    e.add(new DtStamp(stamp()));
    e.add(new net.fortuna.ical4j.model.property.Uid(uid(loop, slot)));
    e.add(new Sequence(sequence));
    e.add(new Status(Status.VALUE_CONFIRMED));
    e.add(new net.fortuna.ical4j.model.property.Description(text.description(slot, copy)));
    if (!slot.place().place().isEmpty()) {
      e.add(new net.fortuna.ical4j.model.property.Location(slot.place().place()));
    }
    if (!slot.place().link().isEmpty()) {
      e.add(new net.fortuna.ical4j.model.property.Url(URI.create(slot.place().link())));
    }
    organizer().ifPresent(e::add);
    if (!slot.place().email().isEmpty()) {
      e.add(attendee(slot.place().email(), slot.interviewer().name()));
    }
    if (!logistics.candidateEmail().isEmpty()) {
      e.add(attendee(logistics.candidateEmail(), loop.candidate()));
    }
    return e;
  }

  private Optional<Organizer> organizer() {
    return logistics.coordinator().filter(c -> !c.email().isEmpty()).map(c -> {
      Organizer o = new Organizer(mailto(c.email()));
      o.add(new Cn(c.name()));
      return o;
    });
  }

  private static Attendee attendee(String email, String name) {
    Attendee a = new Attendee(mailto(email));
    a.add(new Cn(name));
    a.add(Role.REQ_PARTICIPANT);
    a.add(PartStat.NEEDS_ACTION);
    a.add(Rsvp.TRUE);
    return a;
  }

  static URI mailto(String email) {
    try {
      return new URI("mailto", email, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an address: " + email, e);
    }
  }

  /** SHA-256 of an event's text without its SEQUENCE: what a change is measured by. */
  static String hash(String event) {
    StringBuilder kept = new StringBuilder();
    for (String line : event.split("\r\n")) {
      if (!line.startsWith("SEQUENCE:")) {
        kept.append(line).append('\n');
      }
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(kept.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
