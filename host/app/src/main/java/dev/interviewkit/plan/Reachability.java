package dev.interviewkit.plan;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Bank;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.role.Draw;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which content the installed roles can ever use: a question is reachable when some round of
 * some role can draw it as part of a valid round (its competencies covered, within its minutes);
 * a competency is scored when such a question assesses it in a round that may score it.
 */
public final class Reachability {

  private final Set<String> drawable = new HashSet<>();
  private final Set<String> scored = new HashSet<>();
  private final BankCatalog catalog;

  private Reachability(BankCatalog catalog) {
    this.catalog = catalog;
  }

  /** What {@code roles} can reach of {@code catalog}. */
  public static Reachability of(Collection<RoleDefinition> roles, BankCatalog catalog) {
    Reachability r = new Reachability(catalog);
    for (RoleDefinition role : roles) {
      for (RoundSpec round : role.rounds()) {
        r.add(role, round);
      }
    }
    return r;
  }

  private void add(RoleDefinition role, RoundSpec round) {
    for (int d = 0; d < round.draws().size(); d++) {
      Draw draw = round.draws().get(d);
      for (Question q : Planner.eligible(role, round, draw, catalog)) {
        if (drawable.contains(q.id()) && scored.containsAll(poolPart(round, q))) {
          continue;
        }
        if (canDraw(role, round, d, q)) {
          drawable.add(q.id());
          scored.addAll(poolPart(round, q));
        }
      }
    }
  }

  /** What drawing {@code q} surely puts on the scorecard: its own competency, when the round may score it. */
  private static List<String> poolPart(RoundSpec round, Question q) {
    return round.pool().contains(q.competency()) ? List.of(q.competency()) : List.of();
  }

  /** Whether some valid draw of {@code round} has {@code q} as one of draw {@code index}'s. */
  private boolean canDraw(RoleDefinition role, RoundSpec round, int index, Question q) {
    List<RoundSearch.Slot> slots = new ArrayList<>();
    slots.add(new RoundSearch.Slot(1, List.of(q)));
    for (int d = 0; d < round.draws().size(); d++) {
      Draw draw = round.draws().get(d);
      int count = draw.count() - (d == index ? 1 : 0);
      if (count > 0) {
        slots.add(new RoundSearch.Slot(count, Planner.eligible(role, round, draw, catalog)));
      }
    }
    return RoundSearch.find(slots, round.required(), round.questionMinutes(), Set.of(),
        Set.of()).isPresent();
  }

  /** Questions no round can draw. */
  public List<Question> unreachable() {
    List<Question> out = new ArrayList<>();
    for (Bank bank : catalog.banks()) {
      bank.questions().stream().filter(q -> !drawable.contains(q.id())).forEach(out::add);
    }
    return out;
  }

  /** Competencies no round scores. */
  public List<Competency> unscored() {
    List<Competency> out = new ArrayList<>();
    for (Bank bank : catalog.banks()) {
      bank.competencies().stream().filter(c -> !scored.contains(c.id())).forEach(out::add);
    }
    return out;
  }

  /** One warning per unreachable question and unscored competency, at its place in its bank. */
  public List<Problem> warnings() {
    List<Problem> out = new ArrayList<>();
    unreachable().forEach(q -> out.add(q.location().problem("warning: question '" + q.id()
        + "' can be drawn by no installed role (levels " + String.join(", ", q.levels().stream()
            .map(l -> l.id()).toList()) + ", competency '" + q.competency() + "', kind "
        + q.kind().id() + ")")));
    unscored().forEach(c -> out.add(c.location().problem("warning: competency '" + c.id()
        + "' is scored by no installed role")));
    return out;
  }
}
