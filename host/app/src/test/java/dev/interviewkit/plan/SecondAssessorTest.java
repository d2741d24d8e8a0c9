package dev.interviewkit.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.role.BlueprintParser;
import dev.interviewkit.role.RoleDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The Director loop's {@code second_assessors: 5}: for any seed, with or without an avoid list,
 * at least five competencies are scored by two different rounds (the primary and a second view),
 * and every competency a round scores is still asked by one of its drawn questions.
 */
class SecondAssessorTest {

  private static final String DIRECTOR = "director-of-engineering";
  private static final RoleDefinition ROLE = Shipped.role(DIRECTOR);
  private static final BankCatalog CATALOG = Shipped.catalog();
  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

  @Property(tries = 300)
  void everySeedScoresFiveCompetenciesInTwoRounds(@ForAll @LongRange(min = 0, max = 999_999)
      long seed) {
    assertSecondViews(Planner.plan(ROLE, CATALOG, new Planner.Request("Ada", DAY, seed,
        Map.of(), Set.of()), "p", "1"), "seed " + seed);
  }

  @Property(tries = 100)
  void soDoesALoopAvoidingAnEarlierOne(@ForAll @LongRange(min = 0, max = 999_999) long seed) {
    Loop earlier = Planner.plan(ROLE, CATALOG, new Planner.Request("Ada", DAY, seed + 1,
        Map.of(), Set.of()), "p", "1");
    assertSecondViews(Planner.plan(ROLE, CATALOG, new Planner.Request("Ada", DAY, seed,
        Map.of(), Set.copyOf(earlier.questionIds())), "p", "1"), "seed " + seed + " avoiding");
  }

  @Test
  void theSameSeedGivesTheSameSecondViews() {
    Planner.Request request = new Planner.Request("Ada", DAY, 42L, Map.of(), Set.of());
    assertEquals(Planner.plan(ROLE, CATALOG, request, "p", "1").questionIds(),
        Planner.plan(ROLE, CATALOG, request, "p", "1").questionIds());
  }

  @Test
  void aRoleAskingForMoreSecondViewsThanItsRoundsGiveIsNotPlanned() throws IOException {
    RoleDefinition greedy = parse(yaml().replace("second_assessors: 5", "second_assessors: 8"));
    CannotPlanException e = assertThrows(CannotPlanException.class, () -> Planner.plan(greedy,
        CATALOG, new Planner.Request("Ada", DAY, 3L, Map.of(), Set.of()), "p", "1"));
    assertTrue(e.getMessage().startsWith("cannot plan role '" + DIRECTOR + "': "),
        e.getMessage());
    assertTrue(e.getMessage().contains("'second_assessors' asks for 8"), e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
  }

  @Test
  void aSecondViewWithoutAPrimaryRoundIsRefusedWhereItStands() throws IOException {
    String text = yaml().replace("second_view: [team-topology, delivery-predictability]",
        "second_view: [org-change]");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text));
    String all = e.problems().toString();
    assertTrue(all.contains("round 'systems-design': 'second_view' names 'org-change', which no "
        + "other round has in its 'competencies'"), all);
  }

  @Test
  void aSecondViewThatRepeatsTheRoundsOwnCompetencyIsRefused() throws IOException {
    String text = yaml().replace("second_view: [team-topology, delivery-predictability]",
        "second_view: [technical-risk]");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text));
    assertTrue(e.problems().toString().contains("'second_view' repeats 'technical-risk'"),
        e.problems().toString());
  }

  static void assertSecondViews(Loop loop, String what) {
    List<String> twice = SecondAssessors.twice(loop);
    assertTrue(twice.size() >= 5, what + ": only " + twice);
    for (String c : List.of("team-topology", "technical-risk", "hiring-process",
        "manager-coaching", "delivery-predictability")) {
      assertTrue(twice.contains(c), what + ": " + c + " scored once");
    }
    for (String c : twice) {
      List<PlannedRound> scoring = loop.rounds().stream().filter(r -> r.scored().contains(c))
          .toList();
      assertEquals(1, scoring.stream().filter(r -> r.primaryFor(c)).count(),
          what + ": " + c + " needs exactly one primary round");
    }
    for (PlannedRound r : loop.rounds()) {
      for (String c : r.scored()) {
        assertTrue(!r.assessing(c).isEmpty(), what + ": " + r.spec().id() + " scores " + c
            + " but asks nothing about it");
      }
      assertTrue(r.wrapUpMinutes() >= 5, what + ": " + r.spec().id() + " over its time box");
    }
  }

  private static String yaml() throws IOException {
    return Files.readString(Shipped.ROOT.resolve("plugins/" + DIRECTOR + "/src/main/resources/"
        + DIRECTOR + "/role.yaml"));
  }

  private static RoleDefinition parse(String text) throws IOException {
    return BlueprintParser.parse(DIRECTOR + "/role.yaml",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
