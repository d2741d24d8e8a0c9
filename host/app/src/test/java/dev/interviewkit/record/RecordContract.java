package dev.interviewkit.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the hiring record guarantees, on every database it runs on. Each subclass opens a fresh
 * record and reads it back with a reader independent of the record's code.
 */
abstract class RecordContract {

  static final LocalDate DAY = LocalDate.of(2026, 12, 3);

  @TempDir Path tmp;
  RecordSettings settings;
  HiringRecord record;

  abstract RecordSettings open() throws Exception;

  /** Rows of {@code sql}, each column as text, read without the record's code. */
  abstract List<List<String>> query(String sql) throws Exception;

  /** Every row of every table, as text. */
  abstract String dump() throws Exception;

  @BeforeEach
  void fresh() throws Exception {
    settings = open();
    record = HiringRecord.open(settings).orElseThrow();
  }

  int count(String table) throws Exception {
    return Integer.parseInt(query("SELECT COUNT(*) FROM " + table).get(0).get(0));
  }

  @Test
  void everyLoopQuestionAndFileHashIsOnRecord() throws Exception {
    List<LoopEntry> loops = List.of(Records.loop("Jane Doe", DAY, 1, tmp),
        Records.loop("Sam Lee", DAY, 2, tmp), Records.loop("Zoë Ångström", DAY, 3, tmp));
    loops.forEach(record::recordLoop);
    for (LoopEntry loop : loops) {
      assertEquals(List.of(List.of(loop.candidate(), loop.role(), "2026-12-03")),
          query("SELECT candidate_name, role, loop_date FROM loop WHERE id = '" + loop.id()
              + "'"));
      List<String> asked = query("SELECT question_id FROM asked WHERE loop_id = '" + loop.id()
          + "' ORDER BY round_id, position").stream().map(r -> r.get(0)).toList();
      assertEquals(loop.rounds().stream().flatMap(r -> r.questions().stream())
          .map(LoopEntry.QuestionEntry::id).toList(), asked);
      for (var f : loop.files().entrySet()) {
        assertEquals(List.of(List.of(loop.folder().resolve(f.getKey()).toString(),
            f.getValue().sha256())), query("SELECT path, sha256 FROM loop_file WHERE loop_id = '"
            + loop.id() + "' AND name = '" + f.getKey() + "'"));
      }
    }
    assertEquals(3, count("loop"));
    assertEquals(3, count("candidate"));
  }

  @Test
  void recordingTheSameLoopAgainIsNeitherANewLoopNorAReturnVisit() throws Exception {
    LoopEntry loop = Records.loop("Jane Doe", DAY, 1, tmp);
    record.recordLoop(loop);
    record.recordLoop(loop);
    assertEquals(1, count("loop"));
    assertEquals(2, count("loop_file"));
    assertEquals(3, count("asked"));
    assertEquals(0, record.earlierQuestions("Jane Doe", "", "cto", DAY).loops());
    HiringRecord.Returning later = record.earlierQuestions("jane  DOE", "", "cto",
        DAY.plusDays(7));
    assertEquals(1, later.loops());
    assertEquals(Set.of("q-1-a", "q-1-b", "q-1-c"), later.questionIds());
    assertEquals(List.of(List.of("loop recorded"), List.of("loop rewritten")),
        query("SELECT action FROM audit ORDER BY at, action"));
    Thread.sleep(5);
    record.recordLoop(Records.loop("Jane Doe", DAY.plusDays(7), 2, tmp));
    assertEquals(0, record.earlierQuestions("Jane Doe", "", "cto", DAY).loops(),
        "regenerating the first loop ignores the loops recorded after it");
    assertEquals(1, record.earlierQuestions("Jane Doe", "", "cto", DAY.plusDays(7)).loops());
  }

  @Test
  void aReturningCandidateIsKnownByNormalisedNameAndByEmail() {
    record.recordLoop(Records.loop("Ｊａｎｅ\u00A0 Doe", DAY, 1, tmp));
    assertEquals(1, record.earlierQuestions(" JANE doe ", "", "cto", DAY.plusDays(1)).loops());
    LoopEntry withMail = Records.loop("Sam Lee", DAY, 2, tmp);
    record.recordLoop(new LoopEntry(withMail.id(), withMail.candidate(), "Sam@Example.com",
        withMail.role(), withMail.date(), withMail.seed(), withMail.folder(), "p", "1",
        withMail.rounds(), withMail.files()));
    assertEquals(1, record.earlierQuestions("Samuel Lee", "sam@example.com", "cto",
        DAY.plusDays(1)).loops());
    assertEquals(0, record.earlierQuestions("Samuel Lee", "", "cto", DAY.plusDays(1)).loops());
  }

  @Test
  void aScorecardReadAgainWithOtherValuesIsANewVersionAndTheAuditSaysWhatChanged()
      throws Exception {
    LoopEntry loop = Records.loop("Jane Doe", DAY, 1, tmp);
    record.recordLoop(loop);
    Instant at = Instant.parse("2026-12-04T10:00:00Z");
    assertEquals(ScorecardWrites.Outcome.NEW, record.recordScorecard(
        Records.card(loop, "round-1", "2", "thin", "no"), "h1", "submit", at));
    assertEquals(ScorecardWrites.Outcome.UNCHANGED, record.recordScorecard(
        Records.card(loop, "round-1", "2", "thin", "no"), "h1", "debrief", at));
    assertEquals(ScorecardWrites.Outcome.NEW_VERSION, record.recordScorecard(
        Records.card(loop, "round-1", "3", "better", "yes"), "h2", "debrief", at));
    assertEquals(List.of(List.of("1", "2", "no"), List.of("2", "3", "yes")), query("SELECT"
        + " s.version, sc.score, s.recommendation FROM scorecard s JOIN score sc ON"
        + " sc.scorecard_id = s.id WHERE sc.competency = 'judgement' ORDER BY s.version"));
    String changed = query("SELECT detail, who FROM audit WHERE action = 'scorecard changed'")
        .get(0).get(0);
    assertTrue(changed.contains("judgement 2 -> 3"), changed);
    assertTrue(changed.contains("recommendation no -> yes"), changed);
    assertTrue(changed.contains("evidence of judgement"), changed);
    assertFalse(changed.contains("better"), "the audit names what changed, not the text");
    List<ScoreObservation> seen = record.observations();
    assertEquals(1, seen.size(), "latest version only, 'na' is no observation: " + seen);
    assertEquals(3, seen.get(0).score());
    assertEquals(List.of("q-1-a", "q-1-b"), seen.get(0).questionIds());
    assertEquals(Optional.empty(), seen.get(0).decision());
    record.decide(loop.id(), Decision.NO_HIRE);
    assertEquals(Optional.of("no-hire"), record.observations().get(0).decision());
  }

  @Test
  void aScorecardOrDecisionForALoopNotOnRecordIsRefusedWithExit17() {
    LoopEntry loop = Records.loop("Jane Doe", DAY, 1, tmp);
    KitException e = assertThrows(KitException.class, () -> record.recordScorecard(
        Records.card(loop, "round-1", "2", "x", "no"), "h", "submit", Instant.now()));
    assertEquals(ExitCode.NOT_ON_RECORD, e.exitCode());
    assertEquals(ExitCode.NOT_ON_RECORD, assertThrows(KitException.class,
        () -> record.decide(loop.id(), "hire")).exitCode());
    assertEquals(ExitCode.NOT_ON_RECORD, assertThrows(KitException.class,
        () -> record.export("Nobody Known")).exitCode());
  }

  @Test
  void forgetLeavesNoRowNamingTheCandidateAndAuditsWithoutThem() throws Exception {
    LoopEntry jane = Records.loop("Jane Zyxwv", DAY, 1, tmp);
    LoopEntry again = Records.loop("Jane Zyxwv", DAY.plusDays(30), 4, tmp);
    LoopEntry sam = Records.loop("Sam Lee", DAY, 2, tmp);
    List.of(jane, again, sam).forEach(record::recordLoop);
    record.recordScorecard(Records.card(jane, "round-1", "4", "Jane Zyxwv was sharp", "yes"),
        "h", "submit", Instant.now());
    record.export("Jane Zyxwv");
    assertTrue(dump().contains("Zyxwv"));
    record.forget("jane zyxwv", false);
    String all = dump();
    for (String trace : List.of("Zyxwv", "zyxwv", jane.id(), again.id(), "sharp")) {
      assertFalse(all.contains(trace), trace + " is still in the record:\n" + all);
    }
    assertTrue(all.contains("Sam Lee"));
    assertEquals(List.of(List.of("erased 1 candidate, 2 loops, 1 scorecard versions, 4 file "
        + "records")), query("SELECT detail FROM audit WHERE action = 'forget'"));
    assertEquals(ExitCode.NOT_ON_RECORD, assertThrows(KitException.class,
        () -> record.forget("Jane Zyxwv", false)).exitCode());
  }

  @Test
  void exportHoldsEveryLoopFileAndScoreVersion() throws Exception {
    LoopEntry first = Records.loop("Jane Doe", DAY, 1, tmp);
    LoopEntry second = Records.loop("Jane Doe", DAY.plusDays(40), 5, tmp);
    List.of(first, second, Records.loop("Sam Lee", DAY, 2, tmp)).forEach(record::recordLoop);
    record.recordScorecard(Records.card(first, "round-1", "2", "e\"1\n", "no"), "h", "submit",
        Instant.now());
    record.recordScorecard(Records.card(first, "round-1", "3", "e2", "yes"), "h", "debrief",
        Instant.now());
    record.recordScorecard(Records.card(second, "round-2", "4", "e3", "strong-yes"), "h",
        "submit", Instant.now());
    JsonNode json = new ObjectMapper().readTree(record.export("JANE DOE"));
    assertEquals("Jane Doe", json.get("candidate").get("name").asText());
    JsonNode loops = json.get("loops");
    assertEquals(2, loops.size());
    assertEquals(first.id(), loops.get(0).get("id").asText());
    assertEquals(2, loops.get(0).get("files").size());
    assertEquals(first.files().get("00-overview.pdf").sha256(),
        loops.get(0).get("files").get(0).get("sha256").asText());
    JsonNode cards = loops.get(0).get("scorecards");
    assertEquals(2, cards.size());
    assertEquals("e\"1\n", cards.get(0).get("scores").get(1).get("evidence").asText());
    assertEquals("3", cards.get(1).get("scores").get(1).get("score").asText());
    assertEquals("4", loops.get(1).get("scorecards").get(0).get("scores").get(1).get("score")
        .asText());
    assertEquals(List.of("q-1-a", "q-1-b"), List.of(loops.get(0).get("rounds").get(0)
        .get("questions").get(0).get("id").asText(), loops.get(0).get("rounds").get(0)
        .get("questions").get(1).get("id").asText()));
    assertTrue(loops.get(0).get("history").size() >= 3, loops.get(0).get("history").toString());
    assertEquals(1, count("audit WHERE action = 'export'"));
  }

  @Test
  void purgeErasesLoopsOlderThanTheCutoffAndCandidatesLeftWithout() throws Exception {
    record.recordLoop(Records.loop("Old Timer", LocalDate.of(2023, 1, 5), 1, tmp));
    record.recordLoop(Records.loop("Jane Doe", LocalDate.of(2023, 2, 5), 2, tmp));
    record.recordLoop(Records.loop("Jane Doe", DAY, 3, tmp));
    assertEquals(2, record.purge(LocalDate.of(2024, 12, 3), false).loops());
    assertEquals(1, count("loop"));
    assertEquals(List.of(List.of("Jane Doe")), query("SELECT name FROM candidate"));
    assertFalse(dump().contains("Old Timer"));
  }

  @Test
  void questionExposureCountsAsksByWindowAndScores() {
    LocalDate today = LocalDate.of(2026, 12, 31);
    record.recordLoop(Records.loop("A", "cto", today.minusDays(10), 1, tmp,
        List.of(List.of("shared", "a-only"))));
    record.recordLoop(Records.loop("B", "cto", today.minusDays(60), 2, tmp,
        List.of(List.of("shared"))));
    LoopEntry c = Records.loop("C", "vp", today.minusDays(200), 3, tmp,
        List.of(List.of("shared")));
    record.recordLoop(c);
    record.recordLoop(Records.loop("D", "cto", today.minusDays(400), 4, tmp,
        List.of(List.of("shared"))));
    record.recordScorecard(Records.card(c, "round-1", "2", "x", "no"), "h", "submit",
        Instant.now());
    QuestionExposure shared = record.exposure(Optional.empty(), today).stream()
        .filter(q -> q.questionId().equals("shared")).findFirst().orElseThrow();
    assertEquals(List.of(1, 2, 3, 4), List.of(shared.last30(), shared.last90(), shared.last365(),
        shared.total()));
    assertEquals(today.minusDays(10), shared.lastAsked());
    assertEquals(List.of(0, 1, 0, 0), shared.scores());
    assertEquals(3, record.exposure(Optional.of("cto"), today).stream()
        .filter(q -> q.questionId().equals("shared")).findFirst().orElseThrow().total());
  }

  @Test
  void manyLoopsAndScorecardsRecordInOneTransactionEach() throws Exception {
    List<LoopEntry> loops = new ArrayList<>();
    List<HiringRecord.Arrival> cards = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      LoopEntry loop = Records.loop("Candidate " + i, DAY.minusDays(i), i, tmp);
      loops.add(loop);
      cards.add(new HiringRecord.Arrival(Records.card(loop, "round-1", String.valueOf(1 + i % 4),
          "e", "yes"), "h" + i, "submit", Instant.now()));
    }
    record.recordLoops(loops);
    record.recordScorecards(cards);
    assertEquals(50, count("loop"));
    assertEquals(50, record.observations().size());
    assertEquals(13, record.observations().stream().filter(o -> o.score() == 1).count());
  }

  @Test
  void twoWritersWithConnectionsOfTheirOwnLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> jobs = new ArrayList<>();
    for (int writer = 0; writer < 2; writer++) {
      int w = writer;
      HiringRecord own = HiringRecord.open(settings).orElseThrow();
      jobs.add(pool.submit(() -> {
        for (int i = 0; i < 15; i++) {
          own.recordLoop(Records.loop("Writer " + w + " Candidate " + i, DAY, w * 100 + i, tmp));
          own.recordLoop(Records.loop("Shared Candidate", DAY.plusDays(i), w * 100 + i, tmp));
        }
      }));
    }
    for (Future<?> job : jobs) {
      job.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(60, count("loop"));
    assertEquals(31, count("candidate"));
    assertEquals(180, count("asked"));
  }

  @Test
  void twoProcessesRecordingAtOnceLoseNothing() throws Exception {
    Process a = RecordLoops.start(settings, "first", 12, false);
    Process b = RecordLoops.start(settings, "second", 12, false);
    assertEquals(0, RecordLoops.finish(a));
    assertEquals(0, RecordLoops.finish(b));
    assertEquals(24, count("loop"));
    assertEquals(48, count("loop_file"));
  }

  @Test
  void aProcessKilledBeforeItsCommitLeavesNothingOfTheLoop() throws Exception {
    record.recordLoop(Records.loop("Before", DAY, 1, tmp));
    Process killed = RecordLoops.start(settings, "killed", 1, true);
    assertEquals(137, RecordLoops.finish(killed), "the fault hook halts the child");
    assertEquals(1, count("loop"));
    assertEquals(0, count("candidate WHERE name LIKE 'killed%'"));
    assertEquals(0, count("loop_file WHERE path LIKE '%killed%'"));
    assertEquals(0, count("audit WHERE detail LIKE '%killed%'"));
  }

  @Test
  void aFailedCommitIsExit15AndLeavesNothing() throws Exception {
    System.setProperty("interviewkit.record.fault", "fail-before-commit");
    try {
      KitException e = assertThrows(KitException.class,
          () -> record.recordLoop(Records.loop("Jane Doe", DAY, 1, tmp)));
      assertEquals(ExitCode.RECORD, e.exitCode());
      assertTrue(e.getMessage().startsWith("cannot record loop "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
    } finally {
      System.clearProperty("interviewkit.record.fault");
    }
    assertEquals(0, count("loop"));
    assertEquals(0, count("candidate"));
  }
}
