package dev.interviewkit.role;

import dev.interviewkit.bank.Bank;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Location;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.bank.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
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
      if (catalog.competency(id).isEmpty()) {
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
      if (round.questionMinutes() <= 0) {
        problems.add(round.location().problem("round '" + round.id() + "' leaves no time for "
            + "questions: " + round.minutes() + " min minus " + round.introMinutes()
            + " intro and " + round.candidateMinutes() + " for the candidate's questions"));
        continue;
      }
      int worstCase = 0;
      for (Draw draw : round.draws()) {
        Optional<Bank> bank = catalog.bank(draw.bankId());
        if (bank.isEmpty()) {
          problems.add(draw.location().problem("bank '" + draw.bankId() + "' is not loaded"
              + hint(draw.bankId(), catalog.banks().stream().map(Bank::id).toList())));
          continue;
        }
        List<Question> eligible = eligible(role, round, draw, bank.get());
        if (eligible.size() < ROTATION_FACTOR * draw.count()) {
          problems.add(draw.location().problem("round '" + round.id() + "' draws "
              + draw.count() + " from bank '" + draw.bankId() + "' but only " + eligible.size()
              + " question" + (eligible.size() == 1 ? " is" : "s are") + " eligible; rotation "
              + "needs at least " + ROTATION_FACTOR * draw.count()));
        }
        worstCase += eligible.stream().map(Question::minutes).sorted(Comparator.reverseOrder())
            .limit(draw.count()).mapToInt(Integer::intValue).sum();
      }
      if (worstCase > round.questionMinutes()) {
        problems.add(round.location().problem("round '" + round.id() + "' can overrun: the "
            + "longest questions it may draw take " + worstCase + " min, but " + round.minutes()
            + " min minus " + round.introMinutes() + " intro and " + round.candidateMinutes()
            + " for the candidate's questions leaves " + round.questionMinutes()));
      }
    }
    return problems;
  }

  /** Questions a draw may pick: right bank, level, competency and kind. */
  public static List<Question> eligible(
      RoleDefinition role, RoundSpec round, Draw draw, Bank bank) {
    return bank.questions().stream()
        .filter(q -> q.suits(role.level()))
        .filter(q -> round.competencies().contains(q.competency()))
        .filter(q -> draw.accepts(q.kind()))
        .toList();
  }

  /** Competency id to the ids of the rounds that score it, in the role's order. */
  public static Map<String, List<String>> coverage(RoleDefinition role) {
    Map<String, List<String>> coverage = new LinkedHashMap<>();
    role.competencies().forEach(c -> coverage.put(c, new ArrayList<>()));
    for (RoundSpec round : role.rounds()) {
      for (String c : round.competencies()) {
        coverage.computeIfAbsent(c, k -> new ArrayList<>()).add(round.id());
      }
    }
    return coverage;
  }

  static String hint(String word, java.util.Collection<String> known) {
    return Suggestions.closest(word, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

}
