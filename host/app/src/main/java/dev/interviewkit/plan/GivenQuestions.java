package dev.interviewkit.plan;

import dev.interviewkit.bank.BankCatalog;
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

/** Checks the questions a panel file gives for its rounds; see {@link Planner#check}. */
final class GivenQuestions {

  private GivenQuestions() {}

  static List<Problem> check(RoleDefinition role, BankCatalog catalog,
      Map<String, List<String>> questions, String path) {
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
          problems.add(Problem.inFile(path, "round '" + round.id() + "': no bank has a question '"
              + id + "'"));
          clean = false;
        } else if (!allowed.contains(id)) {
          problems.add(Problem.inFile(path, "round '" + round.id() + "' cannot ask question '"
              + id + "': it is not for this role's level, the round's competencies or kinds"));
          clean = false;
        } else if (other != null && !other.equals(round.id())) {
          problems.add(Problem.inFile(path, "question '" + id + "' is given for rounds '" + other
              + "' and '" + round.id() + "'; a loop asks each question once"));
        } else {
          known.add(q.get());
          String group = q.get().group();
          String twin = group.isEmpty() ? null : groupOf.putIfAbsent(group, id);
          if (twin != null && !twin.equals(id)) {
            problems.add(Problem.inFile(path, "questions '" + twin + "' and '" + id + "' are in "
                + "one group ('" + group + "'); a loop asks only one of them"));
          }
        }
      }
      if (!clean) {
        continue;
      }
      for (String c : round.competencies()) {
        if (known.stream().noneMatch(q -> q.assesses(c))) {
          problems.add(Problem.inFile(path, "role '" + role.id() + "', round '" + round.id()
              + "': no question given assesses '" + c + "', which the round scores; add one"
              + " that does"));
        }
      }
      int needed = known.stream().mapToInt(Question::minutes).sum();
      if (needed > round.questionMinutes()) {
        problems.add(Problem.inFile(path, "role '" + role.id() + "', round '" + round.id()
            + "': its questions need " + needed + " min but the round has "
            + round.questionMinutes() + " for questions (" + round.minutes() + " min less "
            + round.introMinutes() + " intro, " + round.candidateMinutes()
            + " for the candidate's questions and " + RoundSpec.MIN_WRAP_UP + " wrap-up)"));
      }
    }
    return problems;
  }
}
