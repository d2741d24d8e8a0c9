package dev.interviewkit.plan;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Suggestions;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every problem of a panel file in one list, each at its line and column: what
 * {@link PanelParser#read} found, and what only the role can tell (round ids it does not have,
 * the given questions, the times against its time boxes). What a reported problem left out of the
 * panel is not checked again, so one mistake gives one message.
 */
public final class PanelCheck {

  private PanelCheck() {}

  /**
   * The problems of {@code read} for {@code role}, sorted by position.
   *
   * @param role the role the panel is planned for; empty when it is not known (unknown, or its
   *     plugin or banks have problems of their own): then only the file's own problems
   * @param roleAsked the role the run asked for ({@code --role}); a file naming another role gets
   *     that one message instead of the role's checks, since its rounds belong to the other role
   */
  public static List<Problem> problems(PanelRead read, String roleAsked,
      Optional<RoleDefinition> role, Optional<BankCatalog> banks) {
    List<Problem> all = new ArrayList<>(read.problems());
    Panel panel = read.panel();
    Optional<String> other = panel.role().filter(r -> !r.equals(roleAsked));
    if (other.isPresent()) {
      all.add(panel.at(Panel.ROLE).problem("panel is for role '" + other.get()
          + "' but --role is '" + roleAsked + "'"));
    } else if (role.isPresent() && banks.isPresent()) {
      all.addAll(check(role.get(), banks.get(), panel));
    }
    return all.stream().sorted().distinct().toList();
  }

  /**
   * What {@code role} says of {@code panel}: rounds it does not have (with a did-you-mean), the
   * given questions ({@link Planner#check}) and the times ({@link ScheduleCheck}); sorted.
   */
  public static List<Problem> check(RoleDefinition role, BankCatalog banks, Panel panel) {
    List<String> rounds = role.rounds().stream().map(RoundSpec::id).toList();
    Set<String> named = new TreeSet<>(panel.interviewers().keySet());
    named.addAll(panel.questions().keySet());
    named.addAll(panel.logistics().rounds().keySet());
    List<Problem> found = new ArrayList<>();
    for (String id : named) {
      if (!rounds.contains(id)) {
        found.add(panel.at(id).problem("round '" + id + "' is not a round of role '" + role.id()
            + "'" + Suggestions.closest(id, rounds).map(s -> " (did you mean '" + s + "'?)")
                .orElse("") + "; its rounds are " + String.join(", ", rounds)));
      }
    }
    found.addAll(Planner.check(role, banks, panel));
    found.addAll(ScheduleCheck.check(role, panel));
    return found.stream().sorted().distinct().toList();
  }
}
