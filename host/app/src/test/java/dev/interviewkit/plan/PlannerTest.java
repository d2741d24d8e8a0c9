package dev.interviewkit.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.Kind;
import dev.interviewkit.bank.Level;
import dev.interviewkit.bank.Question;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {

  @Test
  void sameSeedDrawsTheSameQuestions() {
    assertEquals(Fixtures.loop(42, Set.of()).questionIds(),
        Fixtures.loop(42, Set.of()).questionIds());
  }

  @Test
  void differentSeedsDrawDifferentQuestions() {
    Set<List<String>> draws = new HashSet<>();
    for (long seed = 1; seed <= 10; seed++) {
      draws.add(Fixtures.loop(seed, Set.of()).questionIds());
    }
    assertTrue(draws.size() > 5, "ten seeds gave only " + draws.size() + " distinct draws");
  }

  @Test
  void drawsTheBlueprintCountForEveryRound() {
    Loop loop = Fixtures.loop(7, Set.of());
    assertEquals(List.of(2, 2, 2), loop.rounds().stream().map(r -> r.questions().size()).toList());
  }

  @Test
  void neverRepeatsAQuestionWithinALoop() {
    for (long seed = 0; seed < 50; seed++) {
      List<String> ids = Fixtures.loop(seed, Set.of()).questionIds();
      assertEquals(ids.size(), new HashSet<>(ids).size(), "seed " + seed + " repeated: " + ids);
    }
  }

  @Test
  void drawsOnlyQuestionsForTheRolesLevelCompetenciesAndKinds() {
    for (long seed = 0; seed < 50; seed++) {
      for (PlannedRound round : Fixtures.loop(seed, Set.of()).rounds()) {
        for (Question q : round.questions()) {
          assertTrue(q.suits(Level.DIRECTOR), q.id() + " is not a director question");
          assertTrue(q.assesses().stream().anyMatch(round.spec().pool()::contains),
              q.id() + " does not assess a competency of round " + round.spec().id());
        }
      }
      PlannedRound two = Fixtures.loop(seed, Set.of()).rounds().get(1);
      assertEquals(1, two.questions().stream().filter(q -> q.kind() == Kind.EXERCISE).count());
    }
  }

  @Test
  void spreadsADrawAcrossTheRoundsCompetencies() {
    for (long seed = 0; seed < 20; seed++) {
      PlannedRound one = Fixtures.loop(seed, Set.of()).rounds().get(0);
      assertEquals(Set.of("judgement", "coaching"),
          Set.copyOf(one.questions().stream().map(Question::competency).toList()));
    }
  }

  @Test
  void avoidsQuestionsFromEarlierLoopsWhereTheBankAllows() {
    Loop first = Fixtures.loop(3, Set.of());
    Loop second = Fixtures.loop(3, Set.copyOf(first.questionIds()));
    Set<String> overlap = new HashSet<>(first.questionIds());
    overlap.retainAll(second.questionIds());
    assertEquals(Set.of(), overlap);
    assertEquals(List.of(), second.avoided());
  }

  @Test
  void defaultSeedIsStableForALoopAndDiffersBetweenCandidates() {
    LocalDate day = LocalDate.of(2026, 12, 3);
    assertEquals(Planner.defaultSeed("r", "Jane Doe", day), Planner.defaultSeed("r", "Jane Doe", day));
    assertNotEquals(Planner.defaultSeed("r", "Jane Doe", day),
        Planner.defaultSeed("r", "John Roe", day));
  }

  @Test
  void assignsPanelInterviewersToTheirRoundsAndLeavesOthersBlank() {
    Loop loop = Fixtures.loop(1, Set.of());
    assertEquals("Priya Raman", loop.rounds().get(0).interviewer().name());
    assertTrue(loop.rounds().get(1).interviewer().isBlank());
    assertEquals(Map.of("alpha", "2.1.0"), loop.bankVersions());
  }
}
