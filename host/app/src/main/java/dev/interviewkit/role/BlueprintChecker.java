package dev.interviewkit.role;

import dev.interviewkit.bank.Bank;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Location;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.bank.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a blueprint against the loaded banks: references, rotation and timing. */
public final class BlueprintChecker {

  /** Each draw needs this many eligible questions per question drawn. */
  public static final int ROTATION_FACTOR = 3;

  private BlueprintChecker() {}

  /** Every problem of {@code role} against {@code catalog}. */
  public static List<Problem> check(RoleDefinition role, BankCatalog catalog) {
    List<Problem> problems = new ArrayList<>();
    for (String id : role.competencies()) {
      if (catalog.competency(id).isEmpty() && !catalog.explainsMissingCompetency(id)) {
        String message = "competency '" + id + "' is not defined in any bank"
            + hint(id, catalog.competencyIds());
        Location at = role.competencyLocations().get(id);
        problems.add(at == null ? Problem.inFile(role.path(), message) : at.problem(message));
      }
    }
    for (RoundSpec round : role.rounds()) {
      for (String id : round.competencies()) {
        if (!role.competencies().contains(id)) {
          problems.add(round.location().problem("round '" + round.id() + "' scores '" + id
              + "', which is not in the role's competencies"));
        }
      }
      for (String id : round.secondView()) {
        if (!role.competencies().contains(id)) {
          problems.add(round.location().problem("round '" + round.id() + "' gives a second view"
              + " of '" + id + "', which is not in the role's competencies"));
        }
      }
      for (String id : round.mayScore()) {
        if (catalog.competency(id).isEmpty() && !catalog.explainsMissingCompetency(id)) {
          problems.add(round.location().problem("round '" + round.id() + "' may score '" + id
              + "', which is not defined in any bank" + hint(id, catalog.competencyIds())));
        }
      }
      if (round.questionMinutes() <= 0) {
        problems.add(round.location().problem("round '" + round.id() + "' leaves no time for "
            + "questions: " + round.minutes() + " min less " + round.introMinutes()
            + " intro, " + round.candidateMinutes() + " for the candidate's questions and "
            + RoundSpec.MIN_WRAP_UP + " wrap-up"));
        continue;
      }
      boolean drawable = true;
      for (Draw draw : round.draws()) {
        List<Question> eligible = new ArrayList<>();
        for (String bankId : draw.bankIds()) {
          Optional<Bank> bank = catalog.bank(bankId);
          if (bank.isEmpty()) {
            if (catalog.failedBank(bankId)) {
              drawable = false; // the bank's own problems are reported
              continue;
            }
            problems.add(draw.location().problem("bank '" + bankId + "' is not loaded"
                + hint(bankId, catalog.banks().stream().map(Bank::id).toList())));
            drawable = false;
            continue;
          }
          eligible.addAll(eligible(role, round, draw, bank.get()));
        }
        // A work sample may be the same for every candidate: an exercise-only draw needs only
        // as many exercises as it draws.
        boolean workSample = draw.kinds().equals(java.util.Set.of(dev.interviewkit.bank.Kind.EXERCISE));
        int needed = (workSample ? 1 : ROTATION_FACTOR) * draw.count();
        if (drawable && eligible.size() < needed) {
          problems.add(draw.location().problem("round '" + round.id() + "' draws "
              + draw.count() + " from bank" + (draw.bankIds().size() == 1 ? " '" : "s '")
              + String.join("', '", draw.bankIds()) + "' but only " + eligible.size()
              + " question" + (eligible.size() == 1 ? " is" : "s are") + " eligible; rotation "
              + "needs at least " + needed));
        }
      }
      boolean known = round.required().stream().allMatch(c -> catalog.competency(c)
          .isPresent()) && round.mayScore().stream().noneMatch(catalog::explainsMissingCompetency);
      if (drawable && known) {
        dev.interviewkit.plan.Planner.whyNot(role, round, catalog)
            .ifPresent(why -> problems.add(round.location().problem(why)));
      }
    }
    return problems;
  }

  /**
   * Questions a draw may pick from {@code bank}: right level and kind, and assessing one of the
   * competencies the round may score.
   */
  public static List<Question> eligible(
      RoleDefinition role, RoundSpec round, Draw draw, Bank bank) {
    List<String> pool = round.pool();
    return bank.questions().stream()
        .filter(q -> q.suits(role.level()))
        .filter(q -> q.assesses().stream().anyMatch(pool::contains))
        .filter(q -> draw.accepts(q.kind()))
        .toList();
  }

  /**
   * Competency id to the ids of the rounds that score it in every loop (its primary round and
   * any second views), in the role's order.
   */
  public static Map<String, List<String>> coverage(RoleDefinition role) {
    Map<String, List<String>> coverage = new LinkedHashMap<>();
    role.competencies().forEach(c -> coverage.put(c, new ArrayList<>()));
    for (RoundSpec round : role.rounds()) {
      for (String c : round.required()) {
        coverage.computeIfAbsent(c, k -> new ArrayList<>()).add(round.id());
      }
    }
    return coverage;
  }

  static String hint(String word, java.util.Collection<String> known) {
    return Suggestions.closest(word, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

}
