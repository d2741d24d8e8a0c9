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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Draws each round's questions: reproducible for a seed, never repeating a question or a group
 * within a loop, preferring questions not in the avoid list, assessing every competency a round
 * scores, and filling each round's time box (docs/role-blueprint.md, "Coverage, groups and time").
 */
public final class Planner {

  /** Spare minutes from which a drawn round takes one more question, when one fits. */
  public static final int EXTRA_QUESTION_MINUTES = 10;

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
   * competency or kind), questions given for two rounds or of one group, a round whose questions
   * leave a competency it scores unasked, and questions that do not fit the round's time box.
   *
   * @param path the file the questions came from, for the messages
   */
  public static List<Problem> check(RoleDefinition role, BankCatalog catalog,
      Map<String, List<String>> questions, String path) {
    return GivenQuestions.check(role, catalog, questions, key -> new dev.interviewkit.bank.Location(
        path, 0, 0));
  }

  /** {@link #check}, each problem placed where {@code panel} gives the round or question. */
  public static List<Problem> check(RoleDefinition role, BankCatalog catalog, Panel panel) {
    return GivenQuestions.check(role, catalog, panel.questions(), panel::at);
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

  /** The questions one draw of a round may pick, from all of its banks, by id. */
  public static List<Question> eligible(RoleDefinition role, RoundSpec round, Draw draw,
      BankCatalog catalog) {
    List<Question> all = new ArrayList<>();
    for (String id : draw.bankIds()) {
      catalog.bank(id).ifPresent(bank -> all.addAll(
          BlueprintChecker.eligible(role, round, draw, bank)));
    }
    all.sort(Comparator.comparing(Question::id));
    return List.copyOf(all);
  }

  /**
   * Plans the loop.
   *
   * @throws CannotPlanException when some round cannot assess every competency it scores within
   *     its time box, naming the role, round and competency
   */
  public static Loop plan(
      RoleDefinition role, BankCatalog catalog, Request request, String pluginId,
      String pluginVersion) {
    long seed = request.seed() != null ? request.seed()
        : defaultSeed(role.id(), request.candidate(), request.date());
    Map<String, String> versions = new LinkedHashMap<>();
    for (RoundSpec round : role.rounds()) {
      for (Draw draw : round.draws()) {
        for (String id : draw.bankIds()) {
          Bank bank = catalog.bank(id).orElseThrow(() -> new IllegalStateException(
              "bank '" + id + "' is not loaded"));
          versions.put(bank.id(), bank.version());
        }
      }
    }
    request.questions().values().forEach(ids -> ids.forEach(id -> catalog.question(id)
        .ifPresent(q -> versions.put(q.bankId(), catalog.bank(q.bankId()).orElseThrow()
            .version()))));
    // Rounds are drawn in order, each avoiding what the earlier ones asked. When one cannot be
    // drawn, it is drawn first instead, and the rest after it; the first failure is reported.
    List<RoundSpec> order = new ArrayList<>(role.rounds());
    CannotPlanException first = null;
    for (int attempt = 0; attempt < role.rounds().size(); attempt++) {
      try {
        Map<String, List<Question>> drawn = drawAll(role, catalog, request, seed, order);
        return SecondAssessors.check(assemble(role, request, seed, drawn, versions, pluginId,
            pluginVersion));
      } catch (Failed failed) {
        if (first == null) {
          first = new CannotPlanException(failed.getMessage());
        }
        if (order.get(0) == failed.round) {
          break;
        }
        order.remove(failed.round);
        order.add(0, failed.round);
      }
    }
    throw first;
  }

  private static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    final transient RoundSpec round;

    Failed(RoundSpec round, String message) {
      super(message, null, false, false);
      this.round = round;
    }
  }

  private static Map<String, List<Question>> drawAll(RoleDefinition role, BankCatalog catalog,
      Request request, long seed, List<RoundSpec> order) throws Failed {
    Set<String> used = new HashSet<>();
    Set<String> groups = new HashSet<>();
    request.questions().values().forEach(ids -> ids.forEach(id -> {
      used.add(id);
      catalog.question(id).map(Question::group).filter(g -> !g.isEmpty()).ifPresent(groups::add);
    }));
    Map<String, List<Question>> drawn = new LinkedHashMap<>();
    for (RoundSpec round : order) {
      List<String> given = request.questions().get(round.id());
      List<Question> picked;
      if (given != null) {
        picked = given.stream().map(id -> catalog.question(id).orElseThrow(
            () -> new IllegalArgumentException("no question '" + id
                + "'; check the request with Planner.check first"))).toList();
      } else {
        picked = draw(role, round, catalog, new Random(seed * 31 + round.id().hashCode()),
            request.avoid(), used, groups)
            .orElseThrow(() -> new Failed(round, Diagnosis.why(role, round, catalog, used,
                groups)));
        picked.forEach(q -> {
          used.add(q.id());
          if (!q.group().isEmpty()) {
            groups.add(q.group());
          }
        });
      }
      drawn.put(round.id(), picked);
    }
    return drawn;
  }

  private static Loop assemble(RoleDefinition role, Request request, long seed,
      Map<String, List<Question>> drawn, Map<String, String> versions, String pluginId,
      String pluginVersion) {
    List<PlannedRound> rounds = new ArrayList<>();
    List<String> avoided = new ArrayList<>();
    int number = 1;
    for (RoundSpec round : role.rounds()) {
      List<Question> picked = drawn.get(round.id());
      picked.stream().map(Question::id).filter(request.avoid()::contains).forEach(avoided::add);
      rounds.add(new PlannedRound(number++, round, picked,
          request.interviewers().getOrDefault(round.id(), Interviewer.BLANK),
          stretch(picked, round.questionMinutes())));
    }
    return new Loop(role, request.candidate(), request.date(), seed, rounds, versions, pluginId,
        pluginVersion, avoided);
  }

  /**
   * Draws one round: the draws' counts, assessing every competency the round scores in every
   * loop, within its question minutes, repeating nothing in {@code used} or {@code groups};
   * questions not in {@code avoid} first. Then one more question when the spare time is at least
   * {@link #EXTRA_QUESTION_MINUTES} and an eligible one fits. Empty when no combination works.
   */
  public static Optional<List<Question>> draw(RoleDefinition role, RoundSpec round,
      BankCatalog catalog, Random random, Set<String> avoid, Set<String> used,
      Set<String> groups) {
    List<RoundSearch.Slot> fresh = new ArrayList<>();
    List<RoundSearch.Slot> all = new ArrayList<>();
    for (Draw draw : round.draws()) {
      List<Question> good = new ArrayList<>();
      List<Question> stale = new ArrayList<>();
      for (Question q : eligible(role, round, draw, catalog)) {
        (avoid.contains(q.id()) ? stale : good).add(q);
      }
      Collections.shuffle(good, random);
      Collections.shuffle(stale, random);
      fresh.add(new RoundSearch.Slot(draw.count(), good));
      List<Question> both = new ArrayList<>(good);
      both.addAll(stale);
      all.add(new RoundSearch.Slot(draw.count(), both));
    }
    Optional<List<Question>> found = RoundSearch.find(fresh, round.required(),
        round.pool(), round.questionMinutes(), used, groups);
    if (found.isEmpty()) {
      found = RoundSearch.find(all, round.required(), round.pool(), round.questionMinutes(),
          used, groups);
    }
    return found.map(picked -> withExtra(picked, all, round.required(),
        round.questionMinutes(), avoid, used, groups));
  }

  private static List<Question> withExtra(List<Question> picked, List<RoundSearch.Slot> slots,
      List<String> required, int available, Set<String> avoid, Set<String> used,
      Set<String> groups) {
    int spare = available - picked.stream().mapToInt(Question::minutes).sum();
    if (spare < EXTRA_QUESTION_MINUTES) {
      return picked;
    }
    // The extra question deepens the evidence on a competency the round already scores: its own
    // competency is one of the round's or of a question already drawn.
    Set<String> scored = new HashSet<>();
    picked.forEach(q -> scored.add(q.competency()));
    Question best = null;
    for (RoundSearch.Slot slot : slots) {
      for (Question q : slot.pool()) {
        boolean better = best == null || (avoid.contains(best.id()) && !avoid.contains(q.id()));
        boolean deepens = scored.contains(q.competency()) || required.contains(q.competency());
        if (better && deepens && q.minutes() <= spare
            && RoundSearch.compatible(q, picked, used, groups)) {
          best = q;
        }
      }
    }
    if (best == null) {
      return picked;
    }
    List<Question> more = new ArrayList<>(picked);
    more.add(best);
    return more;
  }

  /**
   * Why {@code round} cannot be drawn even with nothing asked elsewhere, in one line naming the
   * role, round and competency or minutes; empty when it can be.
   */
  public static Optional<String> whyNot(RoleDefinition role, RoundSpec round,
      BankCatalog catalog) {
    if (draw(role, round, catalog, new Random(0), Set.of(), Set.of(), Set.of()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Diagnosis.why(role, round, catalog, Set.of(), Set.of()));
  }

  /**
   * The minutes planned for each question: their own, stretched in proportion to fill
   * {@code available}, but never by more than half of their own time; what is left over goes to
   * the wrap-up.
   */
  public static List<Integer> stretch(List<Question> questions, int available) {
    int own = questions.stream().mapToInt(Question::minutes).sum();
    List<Integer> planned = new ArrayList<>();
    if (own == 0 || own >= available) {
      questions.forEach(q -> planned.add(q.minutes()));
      return planned;
    }
    int target = Math.min(available, own + own / 2);
    int given = 0;
    for (Question q : questions) {
      int m = q.minutes() * target / own;
      planned.add(m);
      given += m;
    }
    for (int i = 0; given < target; i = (i + 1) % planned.size()) {
      planned.set(i, planned.get(i) + 1);
      given++;
    }
    return planned;
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
