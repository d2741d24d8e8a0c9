package dev.interviewkit.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.Problem;
import dev.interviewkit.plan.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlueprintCheckerTest {

  @Test
  void acceptsABlueprintWithRealRotationThatFitsItsTimeBoxes() {
    assertEquals(List.of(), BlueprintChecker.check(Fixtures.role(), Fixtures.catalog()));
  }

  @Test
  void reportsADrawWithoutThreeTimesAsManyEligibleQuestions() {
    List<Problem> problems = BlueprintChecker.check(
        Fixtures.role("/loops/role-thin-rotation.yaml"), Fixtures.catalog());
    assertEquals(List.of("loops/role-thin-rotation.yaml:31:9: round 'two' draws 2 from bank "
        + "'alpha' but only 4 questions are eligible; rotation needs at least 6"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void reportsARoundThatCanOverrunItsTimeBox() {
    List<Problem> problems = BlueprintChecker.check(
        Fixtures.role("/loops/role-overfull.yaml"), Fixtures.catalog());
    assertEquals(List.of("loops/role-overfull.yaml:34:5: cannot plan role 'test-director', round "
        + "'three': its questions need at least 30 min but it has 20 (40 min less 5 intro, 10 for "
        + "the candidate's questions and 5 wrap-up)"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void namesTheLineOfACompetencyNoBankDefines() {
    List<Problem> problems = BlueprintChecker.check(
        Fixtures.role("/loops/role-unknown-competency.yaml"), Fixtures.catalog());
    assertEquals(List.of("loops/role-unknown-competency.yaml:18:5: competency 'judgment' is not "
        + "defined in any bank (did you mean 'judgement'?)"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void coverageListsEveryRoundThatScoresACompetency() {
    Map<String, List<String>> coverage = BlueprintChecker.coverage(Fixtures.role());
    assertEquals(List.of("one", "three"), coverage.get("judgement"));
    assertEquals(List.of("one", "two"), coverage.get("coaching"));
    assertEquals(List.of("two"), coverage.get("topology"));
  }
}
