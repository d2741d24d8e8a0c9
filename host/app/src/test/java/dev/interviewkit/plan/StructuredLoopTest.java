package dev.interviewkit.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Question;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each shipped role and 500 seeds (plain, with an avoid list, and with a panel that pins one
 * round): every competency a round scores is assessed by a drawn question, every run sheet adds
 * up to its time box with at least 5 minutes of wrap-up, and no loop asks two questions of one
 * group or one question twice.
 */
class StructuredLoopTest {

  static final int SEEDS = 500;
  static final LocalDate DAY = LocalDate.of(2026, 12, 3);

  static List<String> roles() {
    return Shipped.ROLES;
  }

  @ParameterizedTest
  @MethodSource("roles")
  void everySeedGivesAValidStructuredLoop(String id) {
    RoleDefinition role = Shipped.role(id);
    BankCatalog catalog = Shipped.catalog();
    for (long seed = 0; seed < SEEDS; seed++) {
      assertValid(Planner.plan(role, catalog, new Planner.Request("Ada", DAY, seed, Map.of(),
          Set.of()), "p", "1"), "seed " + seed);
    }
  }

  @ParameterizedTest
  @MethodSource("roles")
  void withAnAvoidListToo(String id) {
    RoleDefinition role = Shipped.role(id);
    BankCatalog catalog = Shipped.catalog();
    for (long seed = 0; seed < SEEDS; seed++) {
      Loop earlier = Planner.plan(role, catalog, new Planner.Request("Ada", DAY, seed + 7_000,
          Map.of(), Set.of()), "p", "1");
      Loop loop = Planner.plan(role, catalog, new Planner.Request("Ada", DAY, seed, Map.of(),
          Set.copyOf(earlier.questionIds())), "p", "1");
      assertValid(loop, "seed " + seed + " avoiding " + earlier.questionIds());
    }
  }

  @ParameterizedTest
  @MethodSource("roles")
  void withAPanelThatPinsARound(String id) {
    RoleDefinition role = Shipped.role(id);
    BankCatalog catalog = Shipped.catalog();
    for (long seed = 0; seed < SEEDS; seed++) {
      Loop donor = Planner.plan(role, catalog, new Planner.Request("Ada", DAY, seed + 9_000,
          Map.of(), Set.of()), "p", "1");
      PlannedRound pinned = donor.rounds().get((int) (seed % donor.rounds().size()));
      Map<String, List<String>> given = new LinkedHashMap<>();
      given.put(pinned.spec().id(), pinned.questions().stream().map(Question::id).toList());
      assertEquals(List.of(), Planner.check(role, catalog, given, "panel.yaml"));
      Loop loop = Planner.plan(role, catalog, new Planner.Request("Ada", DAY, seed, Map.of(),
          Set.of(), given), "p", "1");
      assertEquals(given.get(pinned.spec().id()), loop.rounds().get(pinned.number() - 1)
          .questions().stream().map(Question::id).toList());
      assertValid(loop, "seed " + seed + " with " + given);
    }
  }

  static void assertValid(Loop loop, String what) {
    Set<String> ids = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (PlannedRound r : loop.rounds()) {
      RoundSpec spec = r.spec();
      String where = loop.role().id() + " " + spec.id() + " " + what;
      for (String c : spec.required()) {
        assertTrue(r.questions().stream().anyMatch(q -> q.assesses(c)),
            where + ": nothing assesses " + c);
      }
      for (String c : r.scored()) {
        assertTrue(r.questions().stream().anyMatch(q -> q.assesses(c)), where + ": scores " + c);
        assertTrue(spec.pool().contains(c), where + ": scores " + c + " outside its pool");
      }
      assertTrue(r.scored().containsAll(spec.required()), where);
      Set<String> needed = new HashSet<>(spec.required());
      r.questions().stream().map(Question::competency).filter(spec.pool()::contains)
          .forEach(needed::add);
      assertTrue(r.scored().size() <= Math.max(PlannedRound.MAX_SCORED, needed.size()),
          where + ": scores " + r.scored());
      assertTrue(r.wrapUpMinutes() >= RoundSpec.MIN_WRAP_UP, where + ": wrap-up "
          + r.wrapUpMinutes());
      assertEquals(spec.minutes(), spec.introMinutes() + r.questionMinutes()
          + spec.candidateMinutes() + r.wrapUpMinutes(), where);
      for (int i = 0; i < r.questions().size(); i++) {
        assertTrue(r.minutes().get(i) >= r.questions().get(i).minutes(), where);
      }
      for (Question q : r.questions()) {
        assertTrue(ids.add(q.id()), where + ": " + q.id() + " twice");
        if (!q.group().isEmpty()) {
          assertTrue(groups.add(q.group()), where + ": two of group " + q.group());
        }
      }
    }
  }
}
