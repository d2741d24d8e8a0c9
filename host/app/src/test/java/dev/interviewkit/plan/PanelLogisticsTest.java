package dev.interviewkit.plan;

import static dev.interviewkit.plan.BadPanelInputTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PanelLogisticsTest {

  @Test
  void readsAddressesZonePlacesCoordinatorAndDates() throws IOException {
    Panel panel = parse("coordinator");
    Logistics l = panel.logistics();
    assertEquals("Zoë Ångström-Дмитриев", panel.candidate());
    assertEquals("zoe@example.org", l.candidateEmail());
    assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), l.timeZone());
    assertEquals(Optional.of(new Contact("Sam Okoro", "sam.okoro@example.com",
        "+49 30 1234 5678")), l.coordinator());
    assertEquals(Optional.of(LocalDateTime.of(2026, 12, 3, 18, 0)), l.scorecardDue());
    assertEquals(Optional.of(LocalDateTime.of(2026, 12, 4, 10, 0)), l.debrief());
    assertEquals("priya@example.com", l.round("one").email());
    assertEquals("Room Ada, 3rd floor", l.round("one").place());
    assertEquals(3, l.round("one").seniority());
    assertEquals("https://meet.example.com/abc-defg-hij", l.round("two").link());
    assertEquals(new Interviewer("Marco Bianchi", "Engineering Manager", "10:15"),
        panel.interviewers().get("two"));
  }

  @Test
  void everyExistingPanelKeepsItsMeaningAndHasNoLogistics() throws IOException {
    Panel panel = parse("full");
    assertEquals(Logistics.NONE.timeZone(), panel.logistics().timeZone());
    assertEquals("", panel.logistics().candidateEmail());
    assertEquals(Optional.empty(), panel.logistics().coordinator());
  }

  @Test
  void badAddressesZoneLinkAndPhoneAreAllReportedInOneRunWithLineAndColumn() {
    assertEquals(List.of(
        "panels/coordinator-bad.yaml:3:10: the candidate's 'email' 'ada@@example.org' is not an "
            + "email address: domain contains illegal character",
        "panels/coordinator-bad.yaml:4:12: 'time_zone' 'Europe/Berln' is not an IANA time zone "
            + "(did you mean 'Europe/Berlin'?)",
        "panels/coordinator-bad.yaml:7:10: the coordinator's 'email' 'Sam <sam@example.com>' is "
            + "not an email address: give the address alone, as name@example.org, without a name "
            + "or brackets",
        "panels/coordinator-bad.yaml:8:10: the coordinator's 'phone' 'call me' is not a phone "
            + "number: digits, spaces and + ( ) - . / only, 5 to 32 characters",
        "panels/coordinator-bad.yaml:12:12: round 'one': 'email' 'priya.example.com' is not an "
            + "email address: missing final '@domain'",
        "panels/coordinator-bad.yaml:14:11: round 'one': 'link' 'meet.example.com/abc' is not a "
            + "link: it must start with https:// (or http://)",
        "panels/coordinator-bad.yaml:19:11: round 'two' gives both 'location' and 'link'; give "
            + "the room or the video link, not both"),
        assertThrows(InvalidInputException.class, () -> parse("coordinator-bad")).problems()
            .stream().sorted().map(Problem::toString).toList());
  }

  @Test
  void anInterviewerInTwoOverlappingSlotsAndARoundRunningIntoTheNextAreRefusedAtTheirTime()
      throws IOException {
    List<String> problems = ScheduleCheck.check(Fixtures.role(), parse("overlap")).stream()
        .map(Problem::toString).toList();
    // One message per round: 'three' is Priya's overlap, not also the candidate's.
    assertEquals(List.of(
        "panels/overlap.yaml:11:11: round 'two' starts at 09:45 but round 'three' (50 min) runs "
            + "09:30–10:20: the candidate cannot be in both; start it at 10:20 or later",
        "panels/overlap.yaml:15:11: round 'three' at 09:30 overlaps round 'one' (09:00–10:00) "
            + "for interviewer Priya Raman: nobody can run both"),
        problems);
  }

  @Test
  void writtenPanelKeepsTheCoordinatorsDetails() throws IOException {
    Panel panel = parse("coordinator");
    String yaml = PanelWriter.write(panel, List.of("one", "two", "three"));
    Panel back = PanelParser.parse("panel.yaml", new java.io.ByteArrayInputStream(
        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(panel.logistics(), back.logistics(), yaml);
    assertEquals(panel.interviewers(), back.interviewers());
  }

  @Test
  void backToBackRoundsAreFine() throws IOException {
    assertTrue(ScheduleCheck.check(Fixtures.role(), parse("coordinator")).isEmpty());
  }

  @Test
  void aZoneGivenByCityOrInTheWrongCaseIsSuggestedInFull() {
    assertEquals(" (did you mean 'America/New_York'?)",
        LogisticsReader.zoneHint("New York", ZoneId.getAvailableZoneIds()));
    assertEquals(" (did you mean 'Europe/London'?)",
        LogisticsReader.zoneHint("europe/london", ZoneId.getAvailableZoneIds()));
  }
}
