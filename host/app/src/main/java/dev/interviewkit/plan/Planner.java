package dev.interviewkit.plan;

import dev.interviewkit.bank.Bank;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.role.Draw;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws each round's questions: reproducible for a seed, never repeating a question within a
 * loop, preferring questions not in the avoid list, and spreading across the round's competencies.
 */
public final class Planner {

  private Planner() {}

  /**
   * What the coordinator asked for.
   *
   * @param questions round id to the ids of the questions that round must ask, in order (a panel
   *     file's {@code questions:}); rounds not named are drawn; see {@link #check}
   */
  public record Request(
      String candidate,
      LocalDate date,
      Long seed,
      Map<String, Interviewer> interviewers,
      Set<String> avoid,
      Map<String, List<String>> questions) {

    public Request {
      interviewers = Map.copyOf(interviewers);
      avoid = Set.copyOf(avoid);
      Map<String, List<String>> copy = new LinkedHashMap<>();
      questions.forEach((round, ids) -> copy.put(round, List.copyOf(ids)));
      questions = Collections.unmodifiableMap(copy);
    }

    /** A request that draws every round. */
    public Request(String candidate, LocalDate date, Long seed,
        Map<String, Interviewer> interviewers, Set<String> avoid) {
      this(candidate, date, seed, interviewers, avoid, Map.of());
    }
  }

  /**
   * Problems with given questions: unknown ids, questions a round may not ask (wrong level,
   * competency or kind), and questions given for two rounds.
   *
   * @param path the file the questions came from, for the messages
   */
  public static List<Problem> check(RoleDefinition role, BankCatalog catalog,
      Map<String, List<String>> questions, String path) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> roundOf = new HashMap<>();
    for (RoundSpec round : role.rounds()) {
      List<String> ids = questions.get(round.id());
      if (ids == null) {
        continue;
      }
      Set<String> allowed = new HashSet<>(eligible(role, round, catalog).stream()
          .map(Question::id).toList());
      for (String id : ids) {
        String other = roundOf.putIfAbsent(id, round.id());
        if (catalog.question(id).isEmpty()) {
          problems.add(Problem.inFile(path, "round '" + round.id() + "': no bank has a question '"
              + id + "'"));
        } else if (!allowed.contains(id)) {
          problems.add(Problem.inFile(path, "round '" + round.id() + "' cannot ask question '"
              + id + "': it is not for this role's level, the round's competencies or kinds"));
        } else if (other != null && !other.equals(round.id())) {
          problems.add(Problem.inFile(path, "question '" + id + "' is given for rounds '" + other
              + "' and '" + round.id() + "'; a loop asks each question once"));
        }
      }
    }
    return problems;
  }

  /** Every question one of the round's draws may pick, by id. */
  public static List<Question> eligible(RoleDefinition role, RoundSpec round,
      BankCatalog catalog) {
    Map<String, Question> all = new java.util.TreeMap<>();
    for (Draw draw : round.draws()) {
      eligible(role, round, draw, catalog).forEach(q -> all.putIfAbsent(q.id(), q));
    }
    return List.copyOf(all.values());
  }

  /** The questions one draw of a round may pick, by id. */
  public static List<Question> eligible(RoleDefinition role, RoundSpec round, Draw draw,
      BankCatalog catalog) {
    return catalog.bank(draw.bankId())
        .map(bank -> BlueprintChecker.eligible(role, round, draw, bank).stream()
            .sorted(Comparator.comparing(Question::id)).toList())
        .orElse(List.of());
  }

  public static Loop plan(
      RoleDefinition role, BankCatalog catalog, Request request, String pluginId,
      String pluginVersion) {
    long seed = request.seed() != null ? request.seed()
        : defaultSeed(role.id(), request.candidate(), request.date());
    Set<String> used = new HashSet<>();
    request.questions().values().forEach(used::addAll);
    List<PlannedRound> rounds = new ArrayList<>();
    Map<String, String> versions = new LinkedHashMap<>();
    List<String> avoided = new ArrayList<>();
    int number = 1;
    for (RoundSpec round : role.rounds()) {
      Random random = new Random(seed * 31 + round.id().hashCode());
      List<Question> picked = new ArrayList<>();
      Map<String, Integer> perCompetency = new HashMap<>();
      List<String> given = request.questions().get(round.id());
      for (Draw draw : round.draws()) {
        Bank bank = catalog.bank(draw.bankId()).orElseThrow(() -> new IllegalStateException(
            "bank '" + draw.bankId() + "' is not loaded"));
        versions.put(bank.id(), bank.version());
        if (given != null) {
          continue;
        }
        List<Question> fresh = new ArrayList<>();
        List<Question> stale = new ArrayList<>();
        for (Question q : BlueprintChecker.eligible(role, round, draw, bank)) {
          if (!used.contains(q.id())) {
            (request.avoid().contains(q.id()) ? stale : fresh).add(q);
          }
        }
        fresh.sort(Comparator.comparing(Question::id));
        stale.sort(Comparator.comparing(Question::id));
        Collections.shuffle(fresh, random);
        Collections.shuffle(stale, random);
        List<Question> order = new ArrayList<>(fresh);
        order.addAll(stale);
        for (int i = 0; i < draw.count() && !order.isEmpty(); i++) {
          Question next = order.stream()
              .min(Comparator.comparingInt(q -> perCompetency.getOrDefault(q.competency(), 0)))
              .orElseThrow();
          order.remove(next);
          picked.add(next);
          used.add(next.id());
          perCompetency.merge(next.competency(), 1, Integer::sum);
          if (request.avoid().contains(next.id())) {
            avoided.add(next.id());
          }
        }
      }
      if (given != null) {
        for (String id : given) {
          Question q = catalog.question(id).orElseThrow(() -> new IllegalArgumentException(
              "no question '" + id + "'; check the request with Planner.check first"));
          versions.put(q.bankId(), catalog.bank(q.bankId()).orElseThrow().version());
          picked.add(q);
          if (request.avoid().contains(id)) {
            avoided.add(id);
          }
        }
      }
      rounds.add(new PlannedRound(number++, round, picked,
          request.interviewers().getOrDefault(round.id(), Interviewer.BLANK)));
    }
    return new Loop(role, request.candidate(), request.date(), seed, rounds, versions, pluginId,
        pluginVersion, avoided);
  }

  /** A seed that is the same for the same role, candidate and date, and differs otherwise. */
  static long defaultSeed(String role, String candidate, LocalDate date) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((role + "\n" + candidate + "\n" + date).getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 4; i++) {
        value = (value << 8) | (hash[i] & 0xFF);
      }
      return value % 1_000_000;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
