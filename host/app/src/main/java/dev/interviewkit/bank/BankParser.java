package dev.interviewkit.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Maps one bank file's node tree onto a {@link Bank}, recording every problem it finds. */
final class BankParser {

  static final int MIN_FOLLOW_UPS = 2;
  static final int MIN_SIGNALS = 3;
  static final int MIN_RED_FLAGS = 2;

  private static final List<String> BANK_KEYS =
      List.of("bank", "title", "version", "description", "competencies", "questions");
  private static final List<String> COMPETENCY_KEYS =
      List.of("id", "title", "description", "anchors", "levels");
  private static final List<String> QUESTION_KEYS =
      List.of("id", "competency", "levels", "kind", "minutes", "prompt", "follow_ups", "signals",
          "red_flags", "candidate_brief", "tags", "also_assesses", "group", "interviewer_script",
          "timing", "brief_ahead", SampleAnswerReader.KEY);
  private static final List<String> ALSO_KEYS = List.of("competency", "signals");
  private static final List<String> TIMING_KEYS = List.of("prepare", "present", "discuss");

  private final String path;
  private final String expectedId;
  private final String origin;
  private final List<Problem> problems;
  private final List<Problem> warnings;
  /** Ids of the competencies this bank defines, including those with faults in other keys. */
  private final Set<String> declared = new java.util.LinkedHashSet<>();
  /**
   * False when some competency's id could not be read (or the file was never parsed): then
   * references to the bank's competencies cannot be checked.
   */
  private boolean idsComplete;

  BankParser(String path, String expectedId, String origin, List<Problem> problems) {
    this(path, expectedId, origin, problems, new ArrayList<>());
  }

  /** @param warnings where advice that does not stop the bank loading goes */
  BankParser(String path, String expectedId, String origin, List<Problem> problems,
      List<Problem> warnings) {
    this.path = path;
    this.expectedId = expectedId;
    this.origin = origin;
    this.problems = problems;
    this.warnings = warnings;
  }

  Optional<Bank> parse(Node root) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, root, "a bank", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    idsComplete = true;
    Fields bank = maybe.get();
    bank.allowOnly(BANK_KEYS);
    if (!bank.has("competencies")) {
      idsComplete = false;
    }
    Optional<String> id = bank.id("bank");
    id.filter(v -> expectedId != null && !v.equals(expectedId))
        .ifPresent(v -> problems.add(at(bank.required("bank").orElseThrow())
            .problem("bank id '" + v + "' does not match the file name "
                + Fields.quote(expectedId + ".yaml"))));
    String bankId = id.orElse(expectedId == null ? "stdin" : expectedId);
    Optional<String> title = bank.text("title");
    Optional<String> version = bank.text("version");
    Optional<String> description = bank.text("description");
    Optional<List<Competency>> competencies =
        bank.list("competencies", 1, node -> competency(node, bankId));
    Map<String, Competency> byId = new HashMap<>();
    competencies.orElse(List.of()).forEach(c -> {
      Competency previous = byId.putIfAbsent(c.id(), c);
      if (previous != null) {
        problems.add(c.location().problem("duplicate competency id '" + c.id()
            + "' (first at line " + previous.location().line() + ")"));
      }
    });
    if (competencies.isEmpty() && declared.isEmpty()) {
      idsComplete = false;
    }
    boolean competenciesKnown = idsComplete;
    Optional<List<Question>> questions =
        bank.list("questions", 0, node -> question(node, bankId, byId, competenciesKnown));
    Map<String, Question> questionIds = new HashMap<>();
    questions.orElse(List.of()).forEach(q -> {
      Question previous = questionIds.putIfAbsent(q.id(), q);
      if (previous != null) {
        problems.add(q.location().problem("duplicate question id '" + q.id()
            + "' (first at line " + previous.location().line() + ")"));
      }
    });
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Bank(bankId, title.orElseThrow(), version.orElseThrow(),
        description.orElseThrow(), competencies.orElseThrow(), questions.orElseThrow(), path,
        origin, at(bank.required("bank").orElseThrow())));
  }

  /** Ids of the competencies the bank defines, read even from a bank with problems. */
  Set<String> declared() {
    return java.util.Collections.unmodifiableSet(declared);
  }

  /** Whether every competency's id could be read, so {@link #declared()} is all of them. */
  boolean idsComplete() {
    return idsComplete;
  }

  private Optional<Competency> competency(Node node, String bankId) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "a competency", problems);
    if (maybe.isEmpty()) {
      idsComplete = false;
      return Optional.empty();
    }
    Fields fields = maybe.get();
    fields.allowOnly(COMPETENCY_KEYS);
    Optional<String> id = fields.id("id");
    id.ifPresentOrElse(declared::add, () -> idsComplete = false);
    Optional<String> title = fields.text("title");
    Optional<String> description = fields.text("description");
    Optional<Map<Integer, String>> anchors =
        fields.required("anchors").flatMap(n -> anchors(n, true, "'anchors'"));
    Map<Level, Map<Integer, String>> levels = new EnumMap<>(Level.class);
    fields.optional("levels").ifPresent(n -> levelAnchors(n, levels));
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Competency(id.orElseThrow(), title.orElseThrow(),
        description.orElseThrow(), anchors.orElseThrow(), levels, bankId, fields.location()));
  }

  private void levelAnchors(Node node, Map<Level, Map<Integer, String>> into) {
    if (!(node instanceof MappingNode map)) {
      problems.add(at(node).problem("'levels' must map a level to anchors, got "
          + Fields.kindOf(node)));
      return;
    }
    Fields.of(path, node, "'levels'", problems);
    for (NodeTuple tuple : map.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        continue; // reported by Fields.of above
      }
      String name = key.getValue();
      Optional<Level> level = Level.byId(name);
      if (level.isEmpty()) {
        String hint = Suggestions.closest(name, levelIds())
            .map(k -> " (did you mean '" + k + "'?)").orElse("");
        problems.add(at(key).problem("unknown level " + Fields.quote(name) + hint
            + "; levels are " + Level.ids()));
        continue;
      }
      anchors(tuple.getValueNode(), false, "anchors for level '" + name + "'")
          .ifPresent(a -> into.put(level.get(), a));
    }
  }

  private Optional<Map<Integer, String>> anchors(Node node, boolean complete, String what) {
    if (!(node instanceof MappingNode map)) {
      problems.add(at(node).problem(what + " must map scores 1-4 to text, got "
          + Fields.kindOf(node)));
      return Optional.empty();
    }
    int before = problems.size();
    Map<Integer, String> anchors = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : map.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode)) {
        problems.add(at(key).problem("anchor score must be 1, 2, 3 or 4, got "
            + Fields.kindOf(key)));
        continue;
      }
      String raw = ((ScalarNode) key).getValue();
      if (!seen.add(raw)) {
        problems.add(at(key).problem("duplicate key " + Fields.quote(raw) + " in " + what));
        continue;
      }
      Integer score = key instanceof ScalarNode s && s.getTag().equals(Tag.INT)
          && raw.matches("[1-4]") ? Integer.valueOf(raw) : null;
      if (score == null) {
        problems.add(at(key).problem("anchor score must be 1, 2, 3 or 4, got "
            + Fields.quote(raw)));
        continue;
      }
      new Fields.Reader(path, problems).text(tuple.getValueNode(), "anchor " + score)
          .ifPresent(t -> anchors.put(score, t));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (complete) {
      List<Integer> missing = Competency.SCORES.stream()
          .filter(s -> !anchors.containsKey(s)).toList();
      if (!missing.isEmpty()) {
        problems.add(at(node).problem(what + " missing score" + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing.stream().map(String::valueOf).toList())));
        return Optional.empty();
      }
    }
    return Optional.of(anchors);
  }

  private Optional<Question> question(
      Node node, String bankId, Map<String, Competency> competencies, boolean competenciesKnown) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "a question", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    fields.allowOnly(QUESTION_KEYS);
    Optional<String> id = fields.id("id");
    Optional<String> competency = fields.text("competency");
    competency.filter(c -> competenciesKnown && !competencies.containsKey(c)
        && !declared.contains(c)).ifPresent(c -> {
      String hint = Suggestions.closest(c, competencies.keySet())
          .map(k -> " (did you mean '" + k + "'?)").orElse("");
      problems.add(at(fields.required("competency").orElseThrow())
          .problem("competency " + Fields.quote(c) + " is not defined in bank '" + bankId + "'"
              + hint));
    });
    Optional<Set<Level>> levels = fields.list("levels", 1, this::level)
        .map(l -> l.isEmpty() ? EnumSet.noneOf(Level.class) : EnumSet.copyOf(l));
    Optional<Kind> kind = fields.text("kind").flatMap(k -> {
      Optional<Kind> found = Kind.byId(k);
      if (found.isEmpty()) {
        String hint = Suggestions.closest(k, kindIds())
            .map(s -> " (did you mean '" + s + "'?)").orElse("");
        problems.add(at(fields.required("kind").orElseThrow())
            .problem("unknown kind " + Fields.quote(k) + hint + "; kinds are " + Kind.ids()));
      }
      return found;
    });
    Optional<Integer> minutes = fields.integer("minutes", 1, 120);
    Optional<String> prompt = fields.text("prompt");
    Optional<List<String>> followUps = fields.texts("follow_ups", MIN_FOLLOW_UPS);
    Optional<List<String>> signals = fields.texts("signals", MIN_SIGNALS);
    Optional<List<String>> redFlags = fields.texts("red_flags", MIN_RED_FLAGS);
    Optional<String> brief = fields.optionalText("candidate_brief");
    Optional<List<String>> tags = fields.optionalTexts("tags");
    kind.filter(k -> k == Kind.EXERCISE && !fields.has("candidate_brief"))
        .ifPresent(k -> problems.add(fields.location()
            .problem("an exercise needs a 'candidate_brief' to hand to the candidate")));
    Optional<List<Assessment>> also = fields.has("also_assesses")
        ? fields.list("also_assesses", 1, this::assessment) : Optional.of(List.of());
    also.ifPresent(list -> checkAlso(list, competency.orElse(null)));
    Optional<String> group = fields.has("group") ? fields.id("group") : Optional.of("");
    Optional<String> script = fields.optionalText("interviewer_script");
    Optional<Timing> timing = fields.optional("timing").flatMap(this::timing);
    Optional<Boolean> ahead = fields.has("brief_ahead")
        ? yesNo(fields.optional("brief_ahead").orElseThrow(), "'brief_ahead'")
        : Optional.of(false);
    boolean exercise = kind.filter(k -> k == Kind.EXERCISE).isPresent();
    if (kind.isPresent() && !exercise) {
      for (String key : List.of("interviewer_script", "timing", "brief_ahead")) {
        fields.optional(key).ifPresent(n -> problems.add(at(n).problem("'" + key
            + "' is only for questions of kind 'exercise', not '" + kind.get().id() + "'")));
      }
    }
    timing.ifPresent(t -> minutes.filter(m -> m != t.total()).ifPresent(m -> problems.add(
        at(fields.optional("timing").orElseThrow()).problem("timing adds up to " + t.total()
            + " min (prepare " + t.prepare() + " + present " + t.present() + " + discuss "
            + t.discuss() + ") but 'minutes' is " + m))));
    Optional<java.util.SortedMap<Integer, SampleAnswer>> samples =
        new SampleAnswerReader(path, problems, warnings).read(fields, id, kind);
    if (exercise && !fields.has("timing")) {
      warnings.add(fields.location().problem("warning: exercise " + id.map(Fields::quote)
          .orElse("") + " has no 'timing' (prepare, present, discuss)"));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Question(id.orElseThrow(), bankId, competency.orElseThrow(),
        levels.orElseThrow(), kind.orElseThrow(), minutes.orElseThrow(), prompt.orElseThrow(),
        followUps.orElseThrow(), signals.orElseThrow(), redFlags.orElseThrow(), brief.orElse(""),
        tags.orElseThrow(), fields.location(), also.orElseThrow(), group.orElseThrow(),
        script.orElse(""), timing, ahead.orElseThrow(), samples.orElseThrow()));
  }

  /** One item of {@code also_assesses}: a competency id and its signals. */
  private Optional<Assessment> assessment(Node node) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "an item of 'also_assesses'", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    f.allowOnly(ALSO_KEYS);
    Optional<String> competency = f.id("competency");
    Optional<List<String>> signals = f.texts("signals", 1);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Assessment(competency.orElseThrow(), signals.orElseThrow(),
        at(f.required("competency").orElseThrow())));
  }

  private void checkAlso(List<Assessment> also, String own) {
    Set<String> seen = new HashSet<>();
    for (Assessment a : also) {
      if (a.competency().equals(own)) {
        problems.add(a.location().problem("'also_assesses' names the question's own competency "
            + Fields.quote(own)));
      } else if (!seen.add(a.competency())) {
        problems.add(a.location().problem("'also_assesses' names " + Fields.quote(a.competency())
            + " twice"));
      }
    }
  }

  private Optional<Timing> timing(Node node) {
    int before = problems.size();
    Optional<Fields> maybe = Fields.of(path, node, "'timing'", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    f.allowOnly(TIMING_KEYS);
    Optional<Integer> prepare = f.integer("prepare", 0, 120);
    Optional<Integer> present = f.integer("present", 0, 120);
    Optional<Integer> discuss = f.integer("discuss", 0, 120);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Timing(prepare.orElseThrow(), present.orElseThrow(),
        discuss.orElseThrow()));
  }

  private Optional<Boolean> yesNo(Node node, String what) {
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
      String v = scalar.getValue().toLowerCase(java.util.Locale.ROOT);
      return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
    }
    String got = node instanceof ScalarNode s ? Fields.quote(s.getValue()) : Fields.kindOf(node);
    problems.add(at(node).problem(what + " must be true or false, got " + got));
    return Optional.empty();
  }

  private Optional<Level> level(Node node) {
    return new Fields.Reader(path, problems).text(node, "a level").flatMap(name -> {
      Optional<Level> level = Level.byId(name);
      if (level.isEmpty()) {
        String hint = Suggestions.closest(name, levelIds())
            .map(k -> " (did you mean '" + k + "'?)").orElse("");
        problems.add(at(node).problem("unknown level " + Fields.quote(name) + hint
            + "; levels are " + Level.ids()));
      }
      return level;
    });
  }


  private static List<String> kindIds() {
    List<String> ids = new ArrayList<>();
    for (Kind k : Kind.values()) {
      ids.add(k.id());
    }
    return ids;
  }

  private static List<String> levelIds() {
    List<String> ids = new ArrayList<>();
    for (Level l : Level.values()) {
      ids.add(l.id());
    }
    return ids;
  }

  private Location at(Node node) {
    return YamlSource.at(path, node);
  }
}
