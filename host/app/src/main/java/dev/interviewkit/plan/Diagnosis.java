package dev.interviewkit.plan;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Question;
import dev.interviewkit.role.Draw;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.util.List;
import java.util.Set;

/** Says, in one line naming role, round and competency, why a round cannot be drawn. */
final class Diagnosis {

  private Diagnosis() {}

  static String why(RoleDefinition role, RoundSpec round, BankCatalog catalog, Set<String> used,
      Set<String> groups) {
    String where = "cannot plan role '" + role.id() + "', round '" + round.id() + "': ";
    List<Question> eligible = Planner.eligible(role, round, catalog);
    List<Question> left = eligible.stream()
        .filter(q -> RoundSearch.compatible(q, List.of(), used, groups)).toList();
    String scarcest = null;
    long fewest = Long.MAX_VALUE;
    for (String c : round.required()) {
      if (eligible.stream().noneMatch(q -> q.assesses(c))) {
        return where + "none of its draws can draw a question that assesses '" + c + "'";
      }
      long n = left.stream().filter(q -> q.assesses(c)).count();
      if (n == 0) {
        return where + "every question that could assess '" + c + "' is asked in another round"
            + " or shares a group with one asked there";
      }
      if (n < fewest) {
        fewest = n;
        scarcest = c;
      }
    }
    int count = round.draws().stream().mapToInt(Draw::count).sum();
    int shortest = 0;
    for (Draw draw : round.draws()) {
      shortest += Planner.eligible(role, round, draw, catalog).stream()
          .mapToInt(Question::minutes).sorted().limit(draw.count()).sum();
    }
    if (shortest > round.questionMinutes()) {
      return where + "its questions need at least " + shortest + " min but it has "
          + round.questionMinutes() + " (" + round.minutes() + " min less " + round.introMinutes()
          + " intro, " + round.candidateMinutes() + " for the candidate's questions and "
          + RoundSpec.MIN_WRAP_UP + " wrap-up)";
    }
    String named = scarcest;
    List<String> others = round.required().stream().filter(c -> !c.equals(named)).toList();
    return where + "no " + count + " question" + (count == 1 ? "" : "s") + " its draws may pick"
        + " assess '" + named + "'" + (others.isEmpty() ? "" : " together with "
        + String.join(", ", others)) + " within " + round.questionMinutes() + " min";
  }
}
