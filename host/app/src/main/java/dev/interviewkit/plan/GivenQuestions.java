package dev.interviewkit.plan;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Location;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks the questions a panel file gives for its rounds; see {@link Planner#check}. */
final class GivenQuestions {

  private GivenQuestions() {}

  static List<Problem> check(RoleDefinition role, BankCatalog catalog,
      Map<String, List<String>> questions, Function<String, Location> places) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> roundOf = new HashMap<>();
    Map<String, String> groupOf = new HashMap<>();
    for (RoundSpec round : role.rounds()) {
      List<String> ids = questions.get(round.id());
      if (ids == null) {
        continue;
      }
      Set<String> allowed = new HashSet<>(Planner.eligible(role, round, catalog).stream()
          .map(Question::id).toList());
      List<Question> known = new ArrayList<>();
      boolean clean = true;
      for (String id : ids) {
        String other = roundOf.putIfAbsent(id, round.id());
        Optional<Question> q = catalog.question(id);
        if (q.isEmpty()) {
          problems.add(at(places, round, id).problem("round '" + round.id()
              + "': no bank has a question '" + id + "'"
              + dev.interviewkit.bank.Suggestions.closest(id, allowed)
                  .map(s -> " (did you mean '" + s + "'?)").orElse("")));
          clean = false;
        } else if (!allowed.contains(id)) {
          problems.add(at(places, round, id).problem("round '" + round.id()
              + "' cannot ask question '" + id + "': it is not for this role's level, the round's competencies or kinds"));
          clean = false;
        } else if (other != null && !other.equals(round.id())) {
          problems.add(at(places, round, id).problem("question '" + id
              + "' is given for rounds '" + other
              + "' and '" + round.id() + "'; a loop asks each question once"));
        } else {
          known.add(q.get());
          String group = q.get().group();
          String twin = group.isEmpty() ? null : groupOf.putIfAbsent(group, id);
          if (twin != null && !twin.equals(id)) {
            problems.add(at(places, round, id).problem("questions '" + twin + "' and '" + id + "' are in "
                + "one group ('" + group + "'); a loop asks only one of them"));
          }
        }
      }
      if (!clean) {
        continue;
      }
      for (String c : round.required()) {
        if (known.stream().noneMatch(q -> q.assesses(c))) {
          problems.add(places.apply(round.id()).problem("role '" + role.id() + "', round '"
              + round.id() + "': no question given assesses '" + c + "', which the round scores; add one"
              + " that does"));
        }
      }
      int needed = known.stream().mapToInt(Question::minutes).sum();
      if (needed > round.questionMinutes()) {
        problems.add(places.apply(round.id()).problem("role '" + role.id() + "', round '"
            + round.id() + "': its questions need " + needed + " min but the round has "
            + round.questionMinutes() + " for questions (" + round.minutes() + " min less "
            + round.introMinutes() + " intro, " + round.candidateMinutes()
            + " for the candidate's questions and " + RoundSpec.MIN_WRAP_UP + " wrap-up)"));
      }
    }
    return problems;
  }

  /** Where a given question stands, else its round. */
  private static Location at(Function<String, Location> places, RoundSpec round, String id) {
    Location exact = places.apply(round.id() + "/" + id);
    return exact.line() > 0 ? exact : places.apply(round.id());
  }
}
