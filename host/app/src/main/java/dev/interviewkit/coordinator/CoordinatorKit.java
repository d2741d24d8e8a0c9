package dev.interviewkit.coordinator;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.calendar.Invitations;
import dev.interviewkit.calendar.Previous;
import dev.interviewkit.calendar.Schedule;
import dev.interviewkit.plan.Logistics;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's files of a loop planned from a panel file: calendar invitations, the
 * candidate letter and a briefing per interviewer (docs/coordinator.md).
 */
public final class CoordinatorKit {

  private final Loop loop;
  private final Logistics logistics;
  private final Paper paper;
  private final dev.interviewkit.api.doc.Organisation organisation;
  private final String packetExtension;
  private final Briefing briefing;
  private final Schedule schedule;
  private final Invitations invitations;
  private final List<String> notes = new ArrayList<>();

  /**
   * @param folder the loop's folder: a previous run's calendar files there are read, so
   *     regenerated invitations update the events
   * @param packetExtension the extension of the packet files the invitations name
   */
  public CoordinatorKit(Loop loop, BankCatalog catalog, Logistics logistics, Paper paper,
      Path folder, String packetExtension) {
    this(loop, catalog, logistics, paper, folder, packetExtension,
        dev.interviewkit.api.doc.Organisation.NONE);
  }

  /** A kit whose documents carry {@code organisation}'s name, logo and confidentiality line. */
  public CoordinatorKit(Loop loop, BankCatalog catalog, Logistics logistics, Paper paper,
      Path folder, String packetExtension, dev.interviewkit.api.doc.Organisation organisation) {
    this.organisation = organisation;
    this.loop = loop;
    this.logistics = logistics;
    this.paper = paper;
    this.packetExtension = packetExtension;
    this.briefing = new Briefing(loop, catalog, logistics, paper, organisation);
    this.schedule = Schedule.of(loop, logistics, r -> packetStem(r) + "." + packetExtension);
    Previous previous = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        ? Previous.read(folder, Invitations.loopKey(loop)) : Previous.NONE;
    this.invitations = new Invitations(loop, logistics, schedule, previous);
    schedule.missing().ifPresent(why -> notes.add("No calendar files: " + why + "."));
    notes.addAll(previous.notes());
  }

  /** File name stem of a round's interviewer packet. */
  public static String packetStem(PlannedRound round) {
    return String.format("%02d-%s-packet", 10 + round.number(), round.spec().id());
  }

  /** What the overview says about the kit: what was left out and why. */
  public List<String> notes() {
    List<String> all = new ArrayList<>(notes);
    if (schedule.missing().isEmpty()) {
      all.add("Calendar files: " + Invitations.LOOP_FILE + " (the whole loop), "
          + Invitations.CANDIDATE_FILE + " (the candidate) and one "
          + Invitations.INTERVIEWER_PREFIX + "NAME.ics per interviewer, in "
          + logistics.timeZone().orElseThrow().getId() + ".");
      for (String name : invitations.withdrawn()) {
        all.add(name + " now cancels the events of an interviewer no longer on the panel "
            + "(METHOD:CANCEL): send it to them.");
      }
      if (logistics.coordinator().filter(c -> !c.email().isEmpty()).isEmpty()) {
        all.add("The invitations have no organizer (the panel gives no coordinator email): "
            + "they import into a calendar but cannot be sent as invitations.");
      }
      for (PlannedRound r : loop.rounds()) {
        if (!r.interviewer().isBlank() && logistics.round(r.spec().id()).email().isEmpty()) {
          all.add(r.spec().title() + ": no email for " + r.interviewer().name()
              + ", so the invitations do not list them as an attendee.");
        }
      }
    }
    return all;
  }

  /** The documents to render: the candidate letter and each slot's briefing. */
  public Map<String, Document> documents() {
    Map<String, Document> documents = new LinkedHashMap<>();
    documents.put(CandidateLetter.STEM, CandidateLetter.compose(loop, logistics, paper, organisation));
    for (PlannedRound round : briefed()) {
      documents.put(Briefing.stem(round), briefing.compose(round, packetName(round)));
    }
    return documents;
  }

  private List<PlannedRound> briefed() {
    return loop.rounds().stream().filter(r -> !r.interviewer().isBlank()).toList();
  }

  private String packetName(PlannedRound round) {
    return packetStem(round) + "." + packetExtension;
  }

  /** The files that are not documents (calendar files), by name, given the rendered ones. */
  public Map<String, byte[]> files(Map<String, byte[]> rendered) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    invitations.files().forEach((name, text) ->
        files.put(name, text.getBytes(StandardCharsets.UTF_8)));
    String key = Invitations.loopKey(loop);
    BriefingMail.Party from = logistics.coordinator()
        .map(c -> new BriefingMail.Party(c.name(), c.email()))
        .orElse(new BriefingMail.Party("", ""));
    for (PlannedRound round : briefed()) {
      byte[] packet = rendered.get(packetName(round));
      if (packet == null) {
        continue;
      }
      String body = PlainText.of(briefing.compose(round, packetName(round)));
      files.put(Briefing.stem(round) + ".eml", BriefingMail.write(key + "-" + round.spec().id()
          + "-briefing", loop.date().atStartOfDay().toInstant(java.time.ZoneOffset.UTC), from,
          new BriefingMail.Party(round.interviewer().name(),
              logistics.round(round.spec().id()).email()),
          "Your interview slot: " + round.spec().title() + ", " + loop.candidate() + ", "
              + loop.date(), body, packetName(round),
          packetExtension.equals("pdf") ? "application/pdf" : "application/octet-stream",
          packet));
    }
    return files;
  }
}
