package dev.interviewkit.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a panel file in one run: what the file itself gets wrong and what only the
 * role can tell, each at its line and column, sorted; one mistake gives one message.
 */
class PanelCheckTest {

  private static PanelRead read(String name) throws IOException {
    String path = "panels/" + name + ".yaml";
    try (InputStream in = PanelCheckTest.class.getClassLoader().getResourceAsStream(path)) {
      return PanelParser.read(path, in);
    }
  }

  /** Every problem for the test role, printed as the CLI prints them. */
  private static List<String> problems(String name) throws IOException {
    return PanelCheck.problems(read(name), "test-director", Optional.of(Fixtures.role()),
        Optional.of(Fixtures.catalog())).stream().map(Problem::toString).toList();
  }

  @Test
  void fourIndependentMistakesOfFourKindsGiveFourMessagesInFileOrder() throws IOException {
    assertEquals(List.of(
        "panels/four-mistakes.yaml:3:12: 'time_zone' 'Europe/Berln' is not an IANA time zone "
            + "(did you mean 'Europe/Berlin'?)",
        "panels/four-mistakes.yaml:11:11: round 'two' starts at 09:40 but round 'three' (50 min) "
            + "runs 09:20–10:10: the candidate cannot be in both; start it at 10:10 or later",
        "panels/four-mistakes.yaml:15:11: round 'three' at 09:20 overlaps round 'one' "
            + "(09:00–10:00) for interviewer Priya Raman: nobody can run both",
        "panels/four-mistakes.yaml:16:3: round 'thre' is not a round of role 'test-director' "
            + "(did you mean 'three'?); its rounds are one, two, three"),
        problems("four-mistakes"));
  }

  @Test
  void theFilesOwnProblemsAloneAreWhatTheParserRefusesItWith() throws IOException {
    // The role's checks need the role: without it, the file's own problem only.
    assertEquals(List.of("panels/four-mistakes.yaml:3:12: 'time_zone' 'Europe/Berln' is not an "
        + "IANA time zone (did you mean 'Europe/Berlin'?)"),
        PanelCheck.problems(read("four-mistakes"), "test-director", Optional.empty(),
            Optional.empty()).stream().map(Problem::toString).toList());
  }

  @Test
  void aWrongTimeIsOneMessageAndNoOverlapFromTheRoundItWouldHaveHad() throws IOException {
    assertEquals(List.of("panels/bad-time.yaml:12:11: 'time' must be a time of day as HH:MM, "
        + "00:00 to 23:59, got '9.30'"), problems("bad-time"));
  }

  @Test
  void aMisspeltInterviewerKeyIsOneMessageAndTheRoundIsNotTimed() throws IOException {
    assertEquals(List.of("panels/misspelt-interviewer.yaml:7:5: unknown key 'interviewr' (did "
        + "you mean 'interviewer'?)"), problems("misspelt-interviewer"));
  }

  @Test
  void aQuestionListedTwiceIsOneMessageNotAlsoTooManyMinutes() throws IOException {
    assertEquals(List.of("panels/question-twice.yaml:4:5: round 'one' lists question 'al-q01' "
        + "twice"), problems("question-twice"));
  }

  @Test
  void aValidPanelHasNoProblems() throws IOException {
    assertEquals(List.of(), problems("coordinator"));
  }

  @Test
  void aPanelForAnotherRoleGetsThatMessageAndItsOwnProblemsButNotTheRolesChecks()
      throws IOException {
    PanelRead read = PanelParser.read("p.yaml", new ByteArrayInputStream("""
        candidate: Ada Lovelace
        role: cto
        date: 2026-13-01
        rounds:
          not-a-round:
            interviewer: Priya Raman
        """.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(
        "p.yaml:2:7: panel is for role 'cto' but --role is 'test-director'",
        "p.yaml:3:7: 'date' must be a date as YYYY-MM-DD, got '2026-13-01'"),
        PanelCheck.problems(read, "test-director", Optional.of(Fixtures.role()),
            Optional.of(Fixtures.catalog())).stream().map(Problem::toString).toList());
  }

  @Test
  void aRoundWithOnlyItsRoomOrLinkReadsWithoutAnInterviewer() throws IOException {
    PanelRead read = read("place-only");
    assertEquals(List.of(), read.problems());
    assertEquals(Map.of(), read.panel().interviewers());
    assertEquals("Room Ada Lovelace", read.panel().logistics().round("one").location());
    assertEquals("https://meet.example.com/two", read.panel().logistics().round("two").link());
    assertEquals(List.of(), problems("place-only"));
  }

  @Test
  void aRoundWrittenWithoutAnInterviewerReadsBackWithItsPlace() throws IOException {
    Panel panel = read("place-only").panel();
    String yaml = PanelWriter.write(panel, List.of("one", "two", "three"));
    PanelRead back = PanelParser.read("saved.yaml",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), back.problems(), yaml);
    assertEquals(panel.logistics(), back.panel().logistics(), yaml);
    assertEquals(panel.interviewers(), back.panel().interviewers());
  }

  @Test
  void anInterviewerClearedFromARoundTakesTheirAddressAndSeniorityButLeavesTheRoom()
      throws IOException {
    // The workbench keeps an opened file's keys; clearing the round's interviewer leaves them.
    Panel opened = PanelParser.parse("p.yaml", new ByteArrayInputStream("""
        candidate: Ada Lovelace
        rounds:
          one:
            interviewer: Priya Raman
            email: priya@example.com
            location: Room Ada Lovelace
            seniority: 3
        """.getBytes(StandardCharsets.UTF_8)));
    Panel cleared = new Panel(opened.candidate(), opened.date(), opened.role(), opened.seed(),
        Map.of("one", Interviewer.BLANK), opened.questions(), opened.path(),
        opened.logistics());
    String yaml = PanelWriter.write(cleared, List.of("one"));
    PanelRead back = PanelParser.read("saved.yaml",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), back.problems(), yaml);
    RoundLogistics one = back.panel().logistics().round("one");
    assertEquals("Room Ada Lovelace", one.location());
    assertEquals("", one.email());
    assertEquals(0, one.seniority());
    assertFalse(yaml.contains("priya@example.com"), yaml);
    assertTrue(back.panel().interviewers().isEmpty());
  }
}
