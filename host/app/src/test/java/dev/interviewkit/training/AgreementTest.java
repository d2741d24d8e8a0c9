package dev.interviewkit.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agreement with the key, the key file and a pack without sample answers. */
class AgreementTest {

  @TempDir Path tmp;

  private static final AnswerKey KEY = new AnswerKey("abc123", "cto", "", 7, List.of(
      new AnswerKey.Entry("T01", "q1", "vision", 2),
      new AnswerKey.Entry("T02", "q2", "vision", 3),
      new AnswerKey.Entry("T03", "q3", "risk", 4),
      new AnswerKey.Entry("T04", "q4", "risk", 1)), Map.of("T01-transcript.pdf", "00ff"));

  private static PracticeScorecard card(String who, String transcript, String score) {
    String competency = KEY.entry(transcript).orElseThrow().competency();
    return new PracticeScorecard(who + transcript, "abc123", transcript, competency, who, score,
        "evidence", "");
  }

  @Test
  void exactWithinOneAndOffsetPerCompetencyAndOverall() {
    Agreement a = new Agreement(KEY, List.of(
        card("Kim", "T01", "3"), card("Kim", "T02", "3"), card("Kim", "T03", "2"),
        card("Kim", "T04", "na")));
    Agreement.Trainee kim = a.trainees().get(0);
    assertEquals(3, kim.overall().scored());
    assertEquals(1, kim.overall().exact());
    assertEquals(2, kim.overall().withinOne());
    assertEquals(-1.0 / 3, kim.overall().offset(), 1e-9);
    assertEquals(List.of("T04"), kim.unscored());
    Agreement.Tally vision = kim.byCompetency().get("vision");
    assertEquals(0.5, vision.exactShare(), 1e-9);
    assertEquals(1.0, vision.withinOneShare(), 1e-9);
    assertEquals(0.5, vision.offset(), 1e-9);
    assertEquals(-2.0, kim.byCompetency().get("risk").offset(), 1e-9);
    assertEquals("+0.50", ScoreReport.offset(vision.offset()));
    assertEquals("-0.33", ScoreReport.offset(kim.overall().offset()));
    assertEquals("0.00", ScoreReport.offset(0.0));
  }

  @Test
  void widestSpreadComesFirst() {
    Agreement a = new Agreement(KEY, List.of(
        card("Kim", "T01", "2"), card("Lee", "T01", "2"),
        card("Kim", "T02", "1"), card("Lee", "T02", "4"),
        card("Kim", "T03", "3"), card("Lee", "T03", "4")));
    assertEquals(List.of("T02", "T03", "T01", "T04"),
        a.spreads().stream().map(Agreement.Spread::transcript).toList());
    assertEquals(3, a.spreads().get(0).width());
  }

  @Test
  void theKeyFileReadsBackAsWritten() throws IOException {
    AnswerKey odd = new AnswerKey("p\"1", "r\u00e9le", "round-1", -3, KEY.entries(),
        Map.of("T01-transcript.pdf", "ab\\cd"));
    Path file = Files.writeString(tmp.resolve("key.json"), odd.toJson());
    assertEquals(odd, AnswerKey.read(file));
  }

  @Test
  void aBrokenKeyNamesItsLine() throws IOException {
    Path file = Files.writeString(tmp.resolve("key.json"), KEY.toJson().replace("\"score\": 3",
        "\"score\": 9"));
    var e = assertThrows(dev.interviewkit.bank.InvalidInputException.class,
        () -> AnswerKey.read(file));
    assertTrue(e.problems().get(0).toString().matches(".*key\\.json:9:\\d+: 'score' must be "
        + "between 1 and 4, got 9"), e.problems().toString());
  }

  @Test
  void aRoleWithoutSampleAnswersHasNoPracticePack() {
    TrainingService service = new TrainingService(Map.of(), Fixtures.catalog());
    KitException e = assertThrows(KitException.class, () -> service.pack(
        new TrainingService.PackRequest(Fixtures.role(), Optional.empty(), 1, 8, Paper.A4,
            List.of(), LocalDate.of(2026, 12, 1), tmp)));
    assertEquals(ExitCode.NO_PRACTICE, e.exitCode());
    assertTrue(e.getMessage().startsWith("no question eligible for test-director has sample "
        + "answers"), e.getMessage());
    KitException round = assertThrows(KitException.class, () -> service.pack(
        new TrainingService.PackRequest(Fixtures.role(), Optional.of("nine"), 1, 8, Paper.A4,
            List.of(), LocalDate.of(2026, 12, 1), tmp)));
    assertEquals(ExitCode.USAGE, round.exitCode());
    assertEquals("round 'nine' is not a round of role 'test-director'; its rounds are one, two, "
        + "three", round.getMessage());
  }
}
