package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator's kit through the command line, with the shipped Director role. */
class CoordinatorKitCliTest {

  @TempDir Path tmp;

  static final Path EXAMPLE = Kit.BANKS.getParent().resolve("examples/director-panel.yaml");

  private Kit packet(Path panel, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("packet", "--role",
        "director-of-engineering", "--panel", panel.toString(), "--seed", "42", "--out",
        tmp.resolve("out").toString(), "--format", "pdf"));
    args.addAll(List.of(more));
    return CliTest.kit(args.toArray(String[]::new));
  }

  @Test
  void theExamplePanelWritesCalendarsLetterBriefingsAndMessagesThatParse() throws Exception {
    Kit r = packet(EXAMPLE);
    assertEquals(0, r.exitCode(), r.err());
    List<String> names = r.paths().stream().map(p -> p.getFileName().toString()).toList();
    for (String name : List.of("40-loop.ics", "41-candidate.ics", "42-priya-raman.ics",
        "50-candidate-letter.pdf", "61-systems-design-briefing.pdf",
        "61-systems-design-briefing.eml")) {
      assertTrue(names.contains(name), name + " missing: " + names);
    }
    Path folder = r.paths().get(0).getParent();
    try (InputStream in = Files.newInputStream(folder.resolve("61-systems-design-briefing.eml"))) {
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      Multipart parts = (Multipart) m.getContent();
      assertEquals("11-systems-design-packet.pdf", parts.getBodyPart(1).getFileName());
      assertTrue(parts.getBodyPart(1).getInputStream().readAllBytes().length > 1000);
    }
    String loop = Files.readString(folder.resolve("40-loop.ics"));
    assertTrue(loop.contains("DTSTART;TZID=Europe/Berlin:20261203T090000"), loop);
    Kit again = packet(EXAMPLE, "--force");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(loop, Files.readString(folder.resolve("40-loop.ics")), "unchanged loop");
  }

  @Test
  void aBadAddressAnUnknownZoneAndOverlappingSlotsAreRefusedByLineAndColumn()
      throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), """
        candidate: {name: Jane Doe, email: jane@@example.org}
        date: 2026-12-03
        time_zone: Europe/Berln
        rounds:
          systems-design: {interviewer: Priya Raman, time: "09:00"}
        """);
    Kit r = packet(bad);
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(bad + ":1:36: the candidate's 'email'"), r.err());
    assertTrue(r.err().contains(bad + ":3:12: 'time_zone' 'Europe/Berln' is not an IANA time "
        + "zone (did you mean 'Europe/Berlin'?)"), r.err());
    Path overlap = Files.writeString(tmp.resolve("overlap.yaml"), """
        candidate: Jane Doe
        date: 2026-12-03
        time_zone: Europe/Berlin
        rounds:
          systems-design: {interviewer: Priya Raman, time: "09:00"}
          leadership-scenario: {interviewer: Priya Raman, time: "10:00"}
        """);
    r = packet(overlap);
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(overlap + ":6:57: round 'leadership-scenario' at 10:00 overlaps "
        + "round 'systems-design' (09:00–10:15) for interviewer Priya Raman"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }
}
