package dev.interviewkit.plan;

import dev.interviewkit.bank.Fields;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Location;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.YamlSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

/** Reads a panel file (see docs/panel-format.md). */
public final class PanelParser {

  private static final List<String> KEYS = List.of("candidate", "date", "role", "seed",
      "time_zone", "coordinator", "scorecard_due", "debrief", "rounds");
  private static final List<String> ROUND_KEYS = List.of("interviewer", "title", "time",
      "email", "location", "link", "seniority", "questions");
  private static final List<String> CANDIDATE_KEYS = List.of("name", "email");

  /** The most characters a name or title may have: longer is a mistake or an attack. */
  public static final int MAX_TEXT = 200;
  /** The largest panel file read: a real one is a few hundred bytes. */
  public static final int MAX_BYTES = 256 * 1024;
  private static final java.util.regex.Pattern TIME =
      java.util.regex.Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9]");

  private PanelParser() {}

  /** A problem when {@code text} is longer than {@link #MAX_TEXT} characters, else null. */
  public static String tooLong(String what, String text) {
    int length = text.codePointCount(0, text.length());
    return length <= MAX_TEXT ? null : what + " is " + length + " characters long; the limit is "
        + MAX_TEXT;
  }

  /**
   * Parses a panel file.
   *
   * @throws InvalidInputException listing every problem
   */
  public static Panel parse(String path, InputStream in) throws IOException {
    List<Problem> problems = new ArrayList<>();
    Optional<Node> root = YamlSource.parse(path, in);
    if (root.isEmpty()) {
      throw new InvalidInputException(
          List.of(new Problem(path, 1, 1, "file is empty; expected a panel")));
    }
    if (root.get() instanceof MappingNode top && !top.getValue().isEmpty()
        && top.getValue().stream().noneMatch(t ->
        t.getKeyNode() instanceof ScalarNode k && KEYS.contains(k.getValue()))) {
      // Some other file (a password list, say): name it, but never quote its lines as keys.
      throw new InvalidInputException(List.of(YamlSource.at(path, root.get()).problem(
          "this is not a panel file: it has none of the keys " + String.join(", ", KEYS))));
    }
    Optional<Fields> maybe = Fields.of(path, root.get(), "a panel", problems);
    if (maybe.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Fields f = maybe.get();
    f.allowOnly(KEYS);
    LogisticsReader read = new LogisticsReader(path, problems);
    Optional<Fields> person = f.optional("candidate")
        .filter(n -> n instanceof MappingNode)
        .flatMap(n -> Fields.of(path, n, "'candidate'", problems));
    person.ifPresent(c -> c.allowOnly(CANDIDATE_KEYS));
    Fields named = person.orElse(f);
    String nameKey = person.isPresent() ? "name" : "candidate";
    Optional<String> candidate = named.text(nameKey);
    candidate.map(c -> tooLong("'" + nameKey + "'", c)).ifPresent(m ->
        problems.add(YamlSource.at(path, named.optional(nameKey).orElseThrow()).problem(m)));
    String candidateEmail = person.map(c -> read.email(c, "email", "the candidate's 'email'"))
        .orElse("");
    Optional<java.time.ZoneId> zone = read.zone(f, "time_zone");
    Optional<Contact> coordinator = f.optional("coordinator").flatMap(read::coordinator);
    Optional<java.time.LocalDateTime> due = read.dateTime(f, "scorecard_due");
    Optional<java.time.LocalDateTime> debrief = read.dateTime(f, "debrief");
    Map<String, RoundLogistics> places = new LinkedHashMap<>();
    Optional<LocalDate> date = f.optional("date").flatMap(n -> date(path, n, problems));
    Optional<String> role = f.optionalText("role");
    Map<String, Location> locations = new java.util.HashMap<>();
    f.optional("role").ifPresent(n -> locations.put(Panel.ROLE, YamlSource.at(path, n)));
    Optional<Long> seed = f.optional("seed").flatMap(n -> seed(path, n, problems));
    Map<String, Interviewer> interviewers = new LinkedHashMap<>();
    Map<String, List<String>> questions = new LinkedHashMap<>();
    f.optional("rounds").ifPresent(n -> rounds(path, n, interviewers, questions, places,
        problems));
    f.optional("rounds").ifPresent(n -> places(path, n, locations));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Panel(candidate.orElseThrow(), date, role, seed, interviewers, questions, path,
        new Logistics(candidateEmail, zone, coordinator, places, due, debrief), locations);
  }

  /** Where each round key and each given question stands, for later messages. */
  private static void places(String path, Node rounds, Map<String, Location> into) {
    if (!(rounds instanceof MappingNode map)) {
      return;
    }
    for (NodeTuple round : map.getValue()) {
      if (round.getKeyNode() instanceof ScalarNode key) {
        into.put(key.getValue(), YamlSource.at(path, key));
        if (round.getValueNode() instanceof MappingNode fields) {
          fields.getValue().stream()
              .filter(t -> t.getKeyNode() instanceof ScalarNode k
                  && k.getValue().equals("questions"))
              .filter(t -> t.getValueNode() instanceof org.yaml.snakeyaml.nodes.SequenceNode)
              .flatMap(t -> ((org.yaml.snakeyaml.nodes.SequenceNode) t.getValueNode())
                  .getValue().stream())
              .filter(q -> q instanceof ScalarNode)
              .forEach(q -> into.putIfAbsent(key.getValue() + "/" + ((ScalarNode) q).getValue(),
                  YamlSource.at(path, q)));
        }
      }
    }
  }

  private static void rounds(String path, Node node, Map<String, Interviewer> into,
      Map<String, List<String>> questions, Map<String, RoundLogistics> places,
      List<Problem> problems) {
    if (!(node instanceof MappingNode map)) {
      problems.add(YamlSource.at(path, node).problem("'rounds' must map round ids to "
          + "interviewers, got " + Fields.kindOf(node)));
      return;
    }
    Fields.of(path, node, "'rounds'", problems);
    for (NodeTuple tuple : map.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        continue; // reported by Fields.of above
      }
      String roundId = key.getValue();
      Optional<Fields> round =
          Fields.of(path, tuple.getValueNode(), "round " + Fields.quote(roundId), problems);
      if (round.isEmpty()) {
        continue;
      }
      Fields r = round.get();
      r.allowOnly(ROUND_KEYS);
      if (r.has("questions")) {
        r.texts("questions", 1).ifPresent(ids -> {
          Set<String> seen = new HashSet<>();
          for (String id : ids) {
            if (!seen.add(id)) {
              problems.add(r.location().problem("round " + Fields.quote(roundId)
                  + " lists question " + Fields.quote(id) + " twice"));
            }
          }
          questions.put(roundId, ids);
        });
        if (ROUND_KEYS.stream().noneMatch(k -> !k.equals("questions") && r.has(k))) {
          continue;
        }
      }
      places.put(roundId, place(path, roundId, r, problems));
      Optional<String> name = r.text("interviewer");
      Optional<String> title = r.has("title") ? r.optionalText("title") : Optional.of("");
      Optional<String> time = r.optional("time").flatMap(n -> time(path, n, problems));
      for (String field : List.of("interviewer", "title")) {
        r.optional(field).filter(n -> n instanceof ScalarNode).ifPresent(n -> {
          String tooLong = tooLong("'" + field + "'", ((ScalarNode) n).getValue());
          if (tooLong != null) {
            problems.add(YamlSource.at(path, n).problem(tooLong));
          }
        });
      }
      name.ifPresent(n -> into.put(roundId, new Interviewer(n, title.orElse(""),
          time.orElse(""))));
    }
  }

  private static RoundLogistics place(String path, String roundId, Fields r,
      List<Problem> problems) {
    LogisticsReader read = new LogisticsReader(path, problems);
    String round = "round " + Fields.quote(roundId);
    String email = read.email(r, "email", round + ": 'email'");
    String location = r.optional("location").flatMap(n -> r.text(n, "'location'")).orElse("");
    tooLongAt(path, r, "location", problems);
    String link = read.link(r, "link", round + ": 'link'");
    if (r.has("location") && r.has("link")) {
      problems.add(YamlSource.at(path, r.optional("link").orElseThrow()).problem(round
          + " gives both 'location' and 'link'; give the room or the video link, not both"));
    }
    int seniority = r.integer("seniority", 1, 99, 0).orElse(0);
    Node at = r.optional("time").orElse(null);
    return new RoundLogistics(email, location, link, seniority,
        at == null ? r.location() : YamlSource.at(path, at));
  }

  private static void tooLongAt(String path, Fields r, String key, List<Problem> problems) {
    r.optional(key).filter(n -> n instanceof ScalarNode).ifPresent(n -> {
      String tooLong = tooLong("'" + key + "'", ((ScalarNode) n).getValue());
      if (tooLong != null) {
        problems.add(YamlSource.at(path, n).problem(tooLong));
      }
    });
  }

  private static Optional<String> time(String path, Node node, List<Problem> problems) {
    return raw(path, node, "'time'", problems).flatMap(text -> {
      if (TIME.matcher(text).matches()) {
        return Optional.of(text);
      }
      problems.add(YamlSource.at(path, node).problem("'time' must be a time of day as HH:MM, "
          + "00:00 to 23:59, got " + Fields.quote(text)));
      return Optional.empty();
    });
  }

  private static Optional<LocalDate> date(String path, Node node, List<Problem> problems) {
    return raw(path, node, "'date'", problems).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        problems.add(YamlSource.at(path, node).problem("'date' must be a date as YYYY-MM-DD, "
            + "got " + Fields.quote(text)));
        return Optional.empty();
      }
    });
  }

  private static Optional<Long> seed(String path, Node node, List<Problem> problems) {
    return raw(path, node, "'seed'", problems).flatMap(text -> {
      try {
        return Optional.of(Long.parseLong(text));
      } catch (NumberFormatException e) {
        problems.add(YamlSource.at(path, node).problem("'seed' must be a whole number, got "
            + Fields.quote(text)));
        return Optional.empty();
      }
    });
  }

  /** A scalar's text as written, whatever YAML 1.1 would have resolved it to. */
  private static Optional<String> raw(String path, Node node, String what, List<Problem> problems) {
    if (!(node instanceof ScalarNode scalar)) {
      problems.add(YamlSource.at(path, node).problem(what + " must be a single value, got "
          + Fields.kindOf(node)));
      return Optional.empty();
    }
    if (scalar.getValue().isBlank()) {
      problems.add(YamlSource.at(path, node).problem(what + " is empty"));
      return Optional.empty();
    }
    return Optional.of(scalar.getValue().strip());
  }
}
