package dev.interviewkit.coordinator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.plan.PanelParser;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.Planner;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoordinatorKitTest {

  static final String PANEL = """
      candidate: {name: Zoë Ångström-Дмитриев, email: zoe@example.org}
      date: 2026-12-03
      time_zone: Europe/Berlin
      coordinator: {name: Sam Okoro, email: sam@example.com, phone: "+49 30 1234 5678"}
      rounds:
        one: {interviewer: Priya Raman, title: Principal Engineer, email: priya@example.com,
              time: "09:00", location: "Room Ada, 3rd floor"}
        two: {interviewer: Marco Bianchi, title: Engineering Manager, email: marco@example.com,
              time: "10:15", link: "https://meet.example.com/abc"}
        three: {interviewer: Dana Okafor, title: VP of Engineering, time: "11:30"}
      """;

  /** A loop folder that does not exist: no previous calendar files. */
  final Path folder = Path.of("target", "no-such-loop-folder");

  final Panel panel = parse(PANEL);
  final Loop loop = Planner.plan(Fixtures.role(), Fixtures.catalog(), new Planner.Request(
      panel.candidate(), panel.date().orElseThrow(), 11L, panel.interviewers(), Set.of()),
      "test-plugin", "1.0.0");
  final CoordinatorKit kit = new CoordinatorKit(loop, Fixtures.catalog(), panel.logistics(),
      Paper.A4, folder.resolve("loop"), "pdf");

  static Panel parse(String text) {
    try {
      return PanelParser.parse("panel.yaml",
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theLetterNamesThePanelEachRoundsLengthTheContactAndAsksForNameAndPronouns()
      throws IOException {
    Document letter = kit.documents().get("50-candidate-letter");
    for (String text : List.of(Rendered.pdfText(letter), Rendered.docxText(letter))) {
      for (String who : List.of("Priya Raman, Principal Engineer",
          "Marco Bianchi, Engineering Manager", "Dana Okafor, VP of Engineering")) {
        assertTrue(text.contains(who), who + " missing: " + text);
      }
      for (PlannedRound r : loop.rounds()) {
        assertTrue(text.contains(r.spec().title() + " (" + r.spec().minutes() + " minutes): "),
            r.spec().id() + ": " + text);
      }
      assertTrue(text.contains("Sam Okoro (sam@example.com, +49 30 1234 5678)"), text);
      assertTrue(text.contains("how to say your name") && text.contains("pronouns"), text);
      assertTrue(text.contains("https://meet.example.com/abc"), text);
      CandidateSafety.assertSafe(loop, Fixtures.catalog(), text);
    }
  }

  @Test
  void theLetterSaysWhichExerciseBriefIsSentAhead() throws IOException {
    String text = Rendered.docxText(kit.documents().get("50-candidate-letter"));
    for (PlannedRound r : loop.rounds()) {
      for (Question q : dev.interviewkit.compose.LoopDocuments.exercises(r)) {
        String named = dev.interviewkit.compose.LoopDocuments.handoutName(r, q) + ".pdf";
        assertEquals(q.briefAhead(), text.contains(named + ") before the day"), text);
      }
    }
  }

  @Test
  void eachBriefingNamesItsQuestionsTheOtherSlotsTopicsWhatNotToAskAndTheDeadlines()
      throws IOException {
    for (PlannedRound round : loop.rounds()) {
      Document briefing = kit.documents().get(Briefing.stem(round));
      for (String text : List.of(Rendered.pdfText(briefing), Rendered.docxText(briefing))) {
        for (Question q : round.questions()) {
          assertTrue(text.contains(q.id()), q.id() + " missing from " + round.spec().id());
        }
        for (PlannedRound other : loop.rounds()) {
          if (other != round) {
            assertTrue(text.contains(other.spec().title()), text);
            for (String c : other.scored()) {
              String title = Fixtures.catalog().competency(c).map(Competency::title)
                  .orElseThrow();
              assertTrue(text.contains(title), title + " missing: " + text);
            }
          }
        }
        assertTrue(text.contains("Never ask about"), text);
        assertTrue(text.contains("Age") && text.contains("Religion")
            && text.contains("Health or disability") && text.contains("National origin"), text);
        assertTrue(text.contains("Scorecard: by Thursday 3 December 2026, 18:00 (the default"),
            text);
        assertTrue(text.contains("Debrief: Friday 4 December 2026, 10:00 (the default"), text);
      }
    }
  }

  @Test
  void eachBriefingMessageParsesAsMimeWithThePacketAttached() throws Exception {
    Map<String, byte[]> rendered = new LinkedHashMap<>();
    for (PlannedRound r : loop.rounds()) {
      rendered.put(CoordinatorKit.packetStem(r) + ".pdf", ("packet of " + r.spec().id())
          .getBytes(StandardCharsets.UTF_8));
    }
    Map<String, byte[]> files = kit.files(rendered);
    assertEquals(files.keySet().stream().filter(n -> n.endsWith(".eml")).toList(), List.of(
        "61-one-briefing.eml", "62-two-briefing.eml", "63-three-briefing.eml"));
    for (PlannedRound r : loop.rounds()) {
      byte[] eml = files.get(Briefing.stem(r) + ".eml");
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
          new ByteArrayInputStream(eml));
      assertEquals("sam@example.com", ((InternetAddress) message.getFrom()[0]).getAddress());
      assertTrue(message.getSubject().contains(r.spec().title()), message.getSubject());
      Multipart parts = (Multipart) message.getContent();
      assertEquals(2, parts.getCount());
      String body = (String) parts.getBodyPart(0).getContent();
      for (Question q : r.questions()) {
        assertTrue(body.contains(q.id()), body);
      }
      Part packet = parts.getBodyPart(1);
      assertEquals(Part.ATTACHMENT, packet.getDisposition());
      assertEquals(CoordinatorKit.packetStem(r) + ".pdf", packet.getFileName());
      assertTrue(packet.isMimeType("application/pdf"));
      assertArrayEquals(rendered.get(packet.getFileName()),
          packet.getInputStream().readAllBytes());
    }
    MimeMessage three = new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(files.get("63-three-briefing.eml")));
    assertEquals(null, three.getAllRecipients(), "no address, no recipient");
    MimeMessage one = new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(files.get("61-one-briefing.eml")));
    assertEquals("priya@example.com",
        ((InternetAddress) one.getAllRecipients()[0]).getAddress());
    assertArrayEquals(files.get("61-one-briefing.eml"), kit.files(rendered)
        .get("61-one-briefing.eml"), "the same loop writes the same message");
  }

  @Test
  void theOverviewNotesSayWhoHasNoAddress() {
    assertTrue(kit.notes().contains("Round three: no email for Dana Okafor, so the invitations "
        + "do not list them as an attendee."), kit.notes().toString());
  }

  @Test
  void withoutTimesTheKitWritesNoCalendarAndSaysWhy() {
    Panel untimed = parse(PANEL.replace("time_zone: Europe/Berlin\n", ""));
    CoordinatorKit plain = new CoordinatorKit(loop, Fixtures.catalog(), untimed.logistics(),
        Paper.A4, folder.resolve("loop"), "pdf");
    assertTrue(plain.notes().contains("No calendar files: the panel file gives no 'time_zone'."),
        plain.notes().toString());
    assertFalse(plain.files(Map.of()).keySet().stream().anyMatch(n -> n.endsWith(".ics")));
  }
}
