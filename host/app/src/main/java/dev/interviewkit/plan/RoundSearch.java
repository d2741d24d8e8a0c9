package dev.interviewkit.plan;

import dev.interviewkit.bank.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds one round's questions: {@code count} from each draw's pool, taken in the pool's (seeded)
 * order, so that together they assess every required competency, fit the minutes available, and
 * repeat no question and no group. Depth-first: the first combination in pool order wins, so the
 * same pools give the same questions.
 */
final class RoundSearch {

  /** Nodes visited before the search gives up; far above what real banks need. */
  static final int BUDGET = 200_000;

  /** One draw: how many to take and the candidates in the order to try them. */
  record Slot(int count, List<Question> pool) {
    Slot {
      pool = List.copyOf(pool);
    }
  }

  private final List<Slot> slots;
  private final List<String> required;
  private final List<String> spread;
  private final int available;
  private final Set<String> usedIds;
  private final Set<String> usedGroups;
  private final List<Question> chosen = new ArrayList<>();
  private int visited;

  private RoundSearch(List<Slot> slots, List<String> required, List<String> spread,
      int available, Set<String> usedIds, Set<String> usedGroups) {
    this.slots = slots;
    this.required = required;
    this.spread = spread;
    this.available = available;
    this.usedIds = usedIds;
    this.usedGroups = usedGroups;
  }

  /**
   * The first combination that works, or empty.
   *
   * @param usedIds questions asked elsewhere in the loop
   * @param usedGroups groups of the questions asked elsewhere
   */
  static Optional<List<Question>> find(List<Slot> slots, List<String> required, int available,
      Set<String> usedIds, Set<String> usedGroups) {
    return find(slots, required, List.of(), available, usedIds, usedGroups);
  }

  /**
   * As above, trying first, at each pick, the questions that add a competency of {@code spread}
   * not yet assessed, so the round's questions spread over the competencies it may score.
   */
  static Optional<List<Question>> find(List<Slot> slots, List<String> required,
      List<String> spread, int available, Set<String> usedIds, Set<String> usedGroups) {
    RoundSearch search = new RoundSearch(slots, required, spread, available, usedIds,
        usedGroups);
    return search.fill(0, 0, 0) ? Optional.of(List.copyOf(search.chosen)) : Optional.empty();
  }

  /** Whether {@code q} may join a round that already has {@code chosen}, given the loop so far. */
  static boolean compatible(Question q, List<Question> chosen, Set<String> usedIds,
      Set<String> usedGroups) {
    if (usedIds.contains(q.id()) || (!q.group().isEmpty() && usedGroups.contains(q.group()))) {
      return false;
    }
    for (Question c : chosen) {
      if (c.id().equals(q.id()) || (!q.group().isEmpty() && q.group().equals(c.group()))) {
        return false;
      }
    }
    return true;
  }

  private boolean fill(int slot, int taken, int from) {
    if (++visited > BUDGET) {
      return false;
    }
    if (slot == slots.size()) {
      return uncovered().isEmpty();
    }
    Slot s = slots.get(slot);
    if (taken == s.count()) {
      return fill(slot + 1, 0, 0);
    }
    if (!canStillCover(slot, taken)) {
      return false;
    }
    int minutes = chosen.stream().mapToInt(Question::minutes).sum();
    Set<String> have = new HashSet<>();
    chosen.forEach(c -> have.addAll(c.assesses()));
    for (int pass = 0; pass < 2; pass++) {
      for (int i = from; i < s.pool().size(); i++) {
        Question q = s.pool().get(i);
        boolean adds = q.assesses().stream().anyMatch(c -> spread.contains(c) && !have.contains(c));
        if ((pass == 0) != adds || minutes + q.minutes() > available
            || !compatible(q, chosen, usedIds, usedGroups)) {
          continue;
        }
        chosen.add(q);
        if (fill(slot, taken + 1, i + 1)) {
          return true;
        }
        chosen.remove(chosen.size() - 1);
        if (visited > BUDGET) {
          return false;
        }
      }
    }
    return false;
  }

  /** Whether the questions still to take could, at best, assess what is still uncovered. */
  private boolean canStillCover(int slot, int taken) {
    Set<String> open = uncovered();
    if (open.isEmpty()) {
      return true;
    }
    int reach = 0;
    for (int i = slot; i < slots.size(); i++) {
      Slot s = slots.get(i);
      int best = 0;
      for (Question q : s.pool()) {
        best = Math.max(best, (int) q.assesses().stream().filter(open::contains).count());
      }
      reach += best * (s.count() - (i == slot ? taken : 0));
    }
    return reach >= open.size();
  }

  private Set<String> uncovered() {
    Set<String> open = new HashSet<>(required);
    chosen.forEach(q -> q.assesses().forEach(open::remove));
    return open;
  }
}
