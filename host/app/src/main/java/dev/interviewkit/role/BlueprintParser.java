package dev.interviewkit.role;

import dev.interviewkit.bank.Fields;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Kind;
import dev.interviewkit.bank.Level;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Suggestions;
import dev.interviewkit.bank.YamlSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a role blueprint YAML into a {@link RoleDefinition}. */
public final class BlueprintParser {

  static final int MIN_ROUNDS = 3;
  static final int MAX_ROUNDS = 6;
  static final int MAX_ROUND_COMPETENCIES = 6;
  private static final List<String> ROLE_KEYS =
      List.of("role", "title", "level", "brief", "competencies", "second_assessors", "rounds");
  private static final List<String> BRIEF_KEYS =
      List.of("summary", "scope", "reports_to", "horizon", "differs_from_below",
          "differs_from_above", "loop_must_find");
  private static final List<String> ROUND_KEYS =
      List.of("id", "title", "interviewer", "minutes", "intro_minutes", "candidate_minutes",
          "focus", "competencies", "second_view", "may_score", "draw");
  private static final List<String> DRAW_KEYS = List.of("bank", "banks", "count", "kinds");
  static final int MAX_MAY_SCORE = 12;

  private final String path;
  private final List<Problem> problems = new ArrayList<>();

  private BlueprintParser(String path) {
    this.path = path;
  }

  /**
   * Parses one blueprint.
   *
   * @throws InvalidInputException listing every problem found
   */
  public static RoleDefinition parse(String path, InputStream in) throws IOException {
    BlueprintParser parser = new BlueprintParser(path);
    Optional<Node> root = YamlSource.parse(path, in);
    if (root.isEmpty()) {
      throw new InvalidInputException(
          List.of(new Problem(path, 1, 1, "file is empty; expected a role blueprint")));
    }
    Optional<RoleDefinition> role = parser.role(root.get());
    if (!parser.problems.isEmpty() || role.isEmpty()) {
      throw new InvalidInputException(parser.problems);
    }
    return role.get();
  }

  private Optional<RoleDefinition> role(Node root) {
    Optional<Fields> maybe = Fields.of(path, root, "a role blueprint", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    f.allowOnly(ROLE_KEYS);
    Optional<String> id = f.id("role");
    Optional<String> title = f.text("title");
    Optional<Level> level = f.text("level").flatMap(v -> {
      Optional<Level> found = Level.byId(v);
      if (found.isEmpty()) {
        String hint = Suggestions.closest(v, List.of("engineering-manager", "director", "vp",
            "cto")).map(s -> " (did you mean '" + s + "'?)").orElse("");
        problems.add(YamlSource.at(path, f.required("level").orElseThrow())
            .problem("unknown level " + Fields.quote(v) + hint
                + "; levels are engineering-manager, director, vp, cto"));
      }
      return found;
    });
    Optional<RoleBrief> brief = f.required("brief").flatMap(this::brief);
    Optional<List<String>> competencies = f.texts("competencies", 1);
    Optional<Integer> seconds = f.integer("second_assessors", 0,
        competencies.map(List::size).orElse(0), 0);
    Optional<List<RoundSpec>> rounds = f.list("rounds", 1, this::round);
    rounds.ifPresent(this::checkSecondViews);
    rounds.filter(r -> r.size() < MIN_ROUNDS || r.size() > MAX_ROUNDS).ifPresent(r ->
        problems.add(YamlSource.at(path, f.required("rounds").orElseThrow())
            .problem("a loop needs " + MIN_ROUNDS + " to " + MAX_ROUNDS + " rounds, got "
                + r.size())));
    Set<String> roundIds = new HashSet<>();
    rounds.orElse(List.of()).forEach(r -> {
      if (!roundIds.add(r.id())) {
        problems.add(r.location().problem("duplicate round id '" + r.id() + "'"));
      }
    });
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RoleDefinition(id.orElseThrow(), title.orElseThrow(),
        level.orElseThrow(), brief.orElseThrow(), competencies.orElseThrow(), rounds.orElseThrow(),
        path, locations(f.required("competencies").orElseThrow()), seconds.orElseThrow()));
  }

  /** A round's {@code second_view} names competencies another round holds as its primary. */
  private void checkSecondViews(List<RoundSpec> rounds) {
    for (RoundSpec round : rounds) {
      for (String c : round.secondView()) {
        boolean primaryElsewhere = rounds.stream()
            .anyMatch(r -> r != round && r.competencies().contains(c));
        if (!primaryElsewhere) {
          problems.add(round.location().problem("round '" + round.id() + "': 'second_view' "
              + "names " + Fields.quote(c) + ", which no other round has in its 'competencies'; "
              + "a second view needs a primary round"));
        }
      }
    }
  }

  /** Where each item of a list of ids stands in the file. */
  private java.util.Map<String, dev.interviewkit.bank.Location> locations(Node list) {
    java.util.Map<String, dev.interviewkit.bank.Location> at = new java.util.LinkedHashMap<>();
    if (list instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
          at.putIfAbsent(scalar.getValue().strip(), YamlSource.at(path, item));
        }
      }
    }
    return at;
  }

  private Optional<RoleBrief> brief(Node node) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "'brief'", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    f.allowOnly(BRIEF_KEYS);
    Optional<String> summary = f.text("summary");
    Optional<List<String>> scope = f.texts("scope", 1);
    Optional<String> reportsTo = f.text("reports_to");
    Optional<String> horizon = f.text("horizon");
    Optional<String> below = f.text("differs_from_below");
    Optional<String> above = f.text("differs_from_above");
    Optional<List<String>> find = f.texts("loop_must_find", 1);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new RoleBrief(summary.orElseThrow(), scope.orElseThrow(),
        reportsTo.orElseThrow(), horizon.orElseThrow(), below.orElseThrow(), above.orElseThrow(),
        find.orElseThrow()));
  }

  private Optional<RoundSpec> round(Node node) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "a round", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    f.allowOnly(ROUND_KEYS);
    Optional<String> id = f.id("id");
    Optional<String> title = f.text("title");
    Optional<String> interviewer = f.text("interviewer");
    Optional<Integer> minutes = f.integer("minutes", 10, 240);
    Optional<Integer> intro = f.integer("intro_minutes", 0, 30, 5);
    Optional<Integer> candidate = f.integer("candidate_minutes", 0, 30, 10);
    Optional<String> focus = f.has("focus") ? f.optionalText("focus") : Optional.of("");
    Optional<List<String>> competencies = f.texts("competencies", 1);
    competencies.filter(c -> c.size() > MAX_ROUND_COMPETENCIES).ifPresent(c ->
        problems.add(YamlSource.at(path, f.required("competencies").orElseThrow())
            .problem("a round scores at most " + MAX_ROUND_COMPETENCIES + " competencies, got "
                + c.size())));
    Optional<List<String>> second = f.optionalTexts("second_view");
    second.ifPresent(extra -> competencies.ifPresent(scored -> extra.stream()
        .filter(scored::contains).findFirst().ifPresent(c -> problems.add(YamlSource.at(path,
            f.required("second_view").orElseThrow()).problem("'second_view' repeats "
            + Fields.quote(c) + ", which the round already has in its 'competencies'")))));
    second.ifPresent(extra -> competencies.filter(c -> c.size() + extra.size()
        > MAX_ROUND_COMPETENCIES).ifPresent(c -> problems.add(YamlSource.at(path,
            f.required("second_view").orElseThrow()).problem("a round scores at most "
            + MAX_ROUND_COMPETENCIES + " competencies in every loop, got " + c.size() + " in "
            + "'competencies' and " + extra.size() + " in 'second_view'"))));
    Optional<List<String>> mayScore = f.optionalTexts("may_score");
    mayScore.ifPresent(extra -> second.ifPresent(views -> extra.stream()
        .filter(views::contains).findFirst().ifPresent(c -> problems.add(YamlSource.at(path,
            f.required("may_score").orElseThrow()).problem("'may_score' repeats "
            + Fields.quote(c) + ", which the round scores in every loop as a second view")))));
    mayScore.filter(c -> c.size() > MAX_MAY_SCORE).ifPresent(c ->
        problems.add(YamlSource.at(path, f.required("may_score").orElseThrow())
            .problem("'may_score' lists at most " + MAX_MAY_SCORE + " competencies, got "
                + c.size())));
    mayScore.ifPresent(extra -> competencies.ifPresent(scored -> extra.stream()
        .filter(scored::contains).findFirst().ifPresent(c -> problems.add(YamlSource.at(path,
            f.required("may_score").orElseThrow()).problem("'may_score' repeats " + Fields.quote(c)
            + ", which the round already scores in every loop")))));
    Optional<List<Draw>> draws = f.list("draw", 1, this::draw);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new RoundSpec(id.orElseThrow(), title.orElseThrow(),
        interviewer.orElseThrow(), minutes.orElseThrow(), intro.orElseThrow(),
        candidate.orElseThrow(), focus.orElse(""), competencies.orElseThrow(), draws.orElseThrow(),
        f.location(), mayScore.orElseThrow(), second.orElseThrow()));
  }

  private Optional<Draw> draw(Node node) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "a draw", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    f.allowOnly(DRAW_KEYS);
    Optional<List<String>> bank;
    if (f.has("bank") && f.has("banks")) {
      problems.add(f.location().problem("a draw names 'bank' or 'banks', not both"));
      bank = Optional.empty();
    } else if (f.has("banks")) {
      bank = f.texts("banks", 1);
    } else {
      bank = f.text("bank").map(List::of);
    }
    Optional<Integer> count = f.integer("count", 1, 10);
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    f.optionalTexts("kinds").orElse(List.of()).forEach(k -> {
      Optional<Kind> kind = Kind.byId(k);
      if (kind.isEmpty()) {
        String hint = Suggestions.closest(k, List.of("behavioural", "scenario", "exercise",
            "design")).map(s -> " (did you mean '" + s + "'?)").orElse("");
        problems.add(YamlSource.at(path, f.required("kinds").orElseThrow())
            .problem("unknown kind " + Fields.quote(k) + hint + "; kinds are " + Kind.ids()));
      }
      kind.ifPresent(kinds::add);
    });
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Draw(bank.orElseThrow(), count.orElseThrow(), kinds, f.location()));
  }

}
