package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  private static final Calibration HISTORY =
      Calibration.of(ObservationSource.Scope.all(), SyntheticHistory.of(400, 1));

  private static Calibration.Interviewer interviewer(Calibration c, String name) {
    return c.interviewers().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void interviewerWhoAlwaysScoresOneBelowThePanelHasAnOffsetOfAboutMinusOne() {
    Calibration.Interviewer harsh = interviewer(HISTORY, SyntheticHistory.HARSH);
    assertEquals(-1.0, harsh.overall().mean(), 0.15);
    assertTrue(harsh.overall().high() < 0, harsh.overall().toString());
    assertTrue(harsh.overall().excludesZero());
    assertFalse(harsh.smallSample());
    harsh.byCompetency().values().forEach(m -> assertEquals(-1.0, m.mean(), 0.2));
    assertEquals(SyntheticHistory.HARSH, HISTORY.byDistance().get(0).name());
  }

  @Test
  void otherInterviewersStayCloseToTheirPanels() {
    for (Calibration.Interviewer i : HISTORY.interviewers()) {
      if (!i.name().equals(SyntheticHistory.HARSH)) {
        assertEquals(0.0, i.overall().mean(), 0.35, i.name());
      }
    }
  }

  @Test
  void countsLoopsAndScorecards() {
    assertEquals(400, HISTORY.loops());
    assertEquals(1600, HISTORY.scorecards());
    assertEquals(Optional.of(SyntheticHistory.START), HISTORY.first());
    assertEquals(SyntheticHistory.POOL.size(), HISTORY.interviewers().size());
  }

  @Test
  void agreementIsHighButBelowOneAndHasAnIntervalPerCompetencyAndPooled() {
    assertEquals(SyntheticHistory.COMPETENCIES.size() + 1, HISTORY.agreement().size());
    assertEquals(Calibration.ALL, HISTORY.agreement().get(HISTORY.agreement().size() - 1)
        .competency());
    for (Calibration.Agreement a : HISTORY.agreement()) {
      Krippendorff.Estimate e = a.estimate();
      assertTrue(e.alpha() > 0.3 && e.alpha() < 0.95, a.toString());
      assertTrue(e.low() <= e.alpha() && e.alpha() <= e.high(), a.toString());
    }
  }

  @Test
  void questionsSeparateHiresFromNoHiresWhereDecisionsExist() {
    assertEquals(SyntheticHistory.COMPETENCIES.size() * 3, HISTORY.questions().size());
    for (Calibration.QuestionScores q : HISTORY.questions()) {
      Calibration.Separation s = q.separation().orElseThrow();
      assertTrue(s.auc() > 0.6, q.toString());
      assertEquals(q.scored(), s.hires() + s.noHires());
    }
  }

  @Test
  void fewScorecardsAreMarkedAsASmallSampleAndUndecidedLoopsHaveNoSeparation() {
    List<ScoreObservation> few = SyntheticHistory.of(3, 2).stream()
        .map(o -> new ScoreObservation(o.loopId(), o.loopDate(), o.role(), o.candidateKey(),
            o.roundId(), o.interviewer(), o.competency(), o.questionIds(), o.score(),
            o.recommendation(), Optional.empty()))
        .toList();
    Calibration c = Calibration.of(ObservationSource.Scope.all(), few);
    assertTrue(c.interviewers().stream().allMatch(Calibration.Interviewer::smallSample));
    assertTrue(c.questions().stream().allMatch(q -> q.separation().isEmpty()));
  }

  @Test
  void scopeKeepsOneRoleAndLoopsSinceADate() {
    LocalDate since = SyntheticHistory.START.plusDays(200);
    Calibration later = Calibration.of(new ObservationSource.Scope(Optional.empty(),
        Optional.of(since)), SyntheticHistory.of(400, 1));
    assertTrue(later.first().orElseThrow().compareTo(since) >= 0);
    assertTrue(later.loops() < 400 && later.loops() > 0);
    Calibration none = Calibration.of(new ObservationSource.Scope(Optional.of("cto"),
        Optional.empty()), SyntheticHistory.of(40, 1));
    assertEquals(0, none.loops());
    assertTrue(none.interviewers().isEmpty() && none.agreement().isEmpty());
  }

  @Test
  void decisionsAreReadAsHireOrNoHireAndOthersAreIgnored() {
    assertEquals(Optional.of(true), Calibration.hired(Optional.of("Hire")));
    assertEquals(Optional.of(false), Calibration.hired(Optional.of("no-hire")));
    assertEquals(Optional.of(false), Calibration.hired(Optional.of("No hire")));
    assertEquals(Optional.empty(), Calibration.hired(Optional.of("withdrawn")));
    assertEquals(Optional.empty(), Calibration.hired(Optional.empty()));
  }
}
