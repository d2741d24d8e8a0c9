package dev.interviewkit.debrief;

import dev.interviewkit.plan.Interviewer;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.role.RoleDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How senior each round's interviewer is, so the most senior speaks last at the debrief: the
 * panel's {@code seniority} when given, else a rank read from the title (or, without a title,
 * the round's persona) by keywords. The ranks are documented in docs/coordinator.md.
 */
public final class Seniority {

  /** Title keywords to rank, most senior first; the first that matches counts. */
  static final List<Map.Entry<Pattern, Integer>> KEYWORDS = List.of(
      rank("\\b(cto|ceo|chief)\\b", 7),
      rank("\\b(vp|svp|evp|vice president)\\b", 6),
      rank("\\b(director|head of)\\b", 5),
      rank("\\b(principal|distinguished|fellow)\\b", 4),
      rank("\\b(manager|staff|lead)\\b", 3),
      rank("\\bsenior\\b", 2));

  private Seniority() {}

  private static Map.Entry<Pattern, Integer> rank(String regex, int rank) {
    return Map.entry(Pattern.compile(regex), rank);
  }

  /** The keyword rank of a title: 7 for CTO or Chief down to 1 for any other title. */
  public static int ofTitle(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    for (Map.Entry<Pattern, Integer> k : KEYWORDS) {
      if (k.getKey().matcher(lower).find()) {
        return k.getValue();
      }
    }
    return 1;
  }

  /**
   * Each round's rank: the panel's {@code seniority}, else the rank of the panel's title for
   * the round, else the rank of the role's persona for it.
   */
  public static Map<String, Integer> ranks(java.util.Optional<RoleDefinition> role,
      java.util.Optional<Panel> panel) {
    Map<String, Integer> ranks = new java.util.LinkedHashMap<>();
    role.ifPresent(r -> r.rounds().forEach(spec -> {
      int given = panel.map(p -> p.logistics().round(spec.id()).seniority()).orElse(0);
      String title = panel.map(p -> p.interviewers().get(spec.id())).map(Interviewer::title)
          .orElse("");
      ranks.put(spec.id(), given > 0 ? given
          : ofTitle(title.isEmpty() ? spec.interviewer() : title));
    }));
    return ranks;
  }

  /**
   * The rounds in speaking order: loop order, with the most senior (the highest rank; of equal
   * ranks, the later round) moved to the end.
   *
   * @param rounds round ids in loop order
   * @param ranks round id to rank
   */
  public static List<String> speakingOrder(List<String> rounds, Map<String, Integer> ranks) {
    List<String> order = new ArrayList<>(rounds);
    if (order.size() < 2) {
      return order;
    }
    String senior = order.stream().max(Comparator.<String>comparingInt(r ->
        ranks.getOrDefault(r, 1)).thenComparingInt(order::indexOf)).orElseThrow();
    order.remove(senior);
    order.add(senior);
    return order;
  }
}
