package dev.interviewkit.plan;

import dev.interviewkit.bank.Fields;
import dev.interviewkit.bank.Location;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.YamlSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a panel file's {@code rounds:}. A key with a problem is recorded and left out of what
 * is read (a bad {@code time} gives a round without a time), so the checks that follow
 * ({@link PanelCheck}) never report a consequence of a mistake already reported.
 */
final class PanelRounds {

  static final List<String> KEYS = List.of("interviewer", "title", "time", "email", "location",
      "link", "seniority", "questions");
  /** The keys that describe the round's interviewer: a round giving one names the interviewer. */
  static final List<String> INTERVIEWER_KEYS = List.of("interviewer", "title", "time", "email",
      "seniority");
  private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9]");

  final Map<String, Interviewer> interviewers = new LinkedHashMap<>();
  final Map<String, List<String>> questions = new LinkedHashMap<>();
  final Map<String, RoundLogistics> places = new LinkedHashMap<>();
  private final String path;
  private final List<Problem> problems;

  PanelRounds(String path, List<Problem> problems) {
    this.path = path;
    this.problems = problems;
  }

  void read(Node node) {
    if (!(node instanceof MappingNode map)) {
      problems.add(YamlSource.at(path, node).problem("'rounds' must map round ids to "
          + "interviewers, got " + Fields.kindOf(node)));
      return;
    }
    Fields.of(path, node, "'rounds'", problems);
    Set<String> seenRounds = new java.util.HashSet<>();
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && seenRounds.add(key.getValue())) {
        // keys that are not text and duplicate rounds are reported by Fields.of above
        round(key.getValue(), tuple.getValueNode());
      }
    }
  }

  private void round(String roundId, Node node) {
    String round = "round " + Fields.quote(roundId);
    Optional<Fields> read = Fields.of(path, node, round, problems);
    if (read.isEmpty()) {
      return;
    }
    Fields r = read.get();
    r.allowOnly(KEYS);
    if (r.has("questions")) {
      r.texts("questions", 1).ifPresent(ids -> {
        Set<String> once = new LinkedHashSet<>();
        for (String id : ids) {
          if (!once.add(id)) {
            problems.add(r.location().problem(round + " lists question " + Fields.quote(id)
                + " twice"));
          }
        }
        // Listed once each: a question listed twice must not also count twice for the time box.
        questions.put(roundId, new ArrayList<>(once));
      });
    }
    boolean placeOnly = INTERVIEWER_KEYS.stream().noneMatch(r::has)
        && (r.has("questions") || r.has("location") || r.has("link"));
    if (placeOnly) {
      // The room or link booked (or the questions chosen) before the interviewer is known.
      if (r.has("location") || r.has("link")) {
        places.put(roundId, place(round, r));
      }
      return;
    }
    places.put(roundId, place(round, r));
    Optional<String> name = r.text("interviewer");
    Optional<String> title = r.has("title") ? r.optionalText("title") : Optional.of("");
    Optional<String> time = r.optional("time").flatMap(this::time);
    tooLong(r, "interviewer");
    tooLong(r, "title");
    name.ifPresent(n -> interviewers.put(roundId, new Interviewer(n, title.orElse(""),
        time.orElse(""))));
  }

  private RoundLogistics place(String round, Fields r) {
    LogisticsReader read = new LogisticsReader(path, problems);
    String email = read.email(r, "email", round + ": 'email'");
    String location = r.optional("location").flatMap(n -> r.text(n, "'location'")).orElse("");
    tooLong(r, "location");
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

  private void tooLong(Fields r, String key) {
    r.optional(key).filter(n -> n instanceof ScalarNode).ifPresent(n -> {
      String tooLong = PanelParser.tooLong("'" + key + "'", ((ScalarNode) n).getValue());
      if (tooLong != null) {
        problems.add(YamlSource.at(path, n).problem(tooLong));
      }
    });
  }

  private Optional<String> time(Node node) {
    return PanelParser.raw(path, node, "'time'", problems).flatMap(text -> {
      if (TIME.matcher(text).matches()) {
        return Optional.of(text);
      }
      problems.add(YamlSource.at(path, node).problem("'time' must be a time of day as HH:MM, "
          + "00:00 to 23:59, got " + Fields.quote(text)));
      return Optional.empty();
    });
  }

  /** Where each round key and each given question stands, for later messages. */
  static void places(String path, Node rounds, Map<String, Location> into) {
    if (!(rounds instanceof MappingNode map)) {
      return;
    }
    for (NodeTuple round : map.getValue()) {
      if (round.getKeyNode() instanceof ScalarNode key) {
        into.putIfAbsent(key.getValue(), YamlSource.at(path, key));
        if (round.getValueNode() instanceof MappingNode fields) {
          fields.getValue().stream()
              .filter(t -> t.getKeyNode() instanceof ScalarNode k
                  && k.getValue().equals("questions"))
              .filter(t -> t.getValueNode() instanceof SequenceNode)
              .flatMap(t -> ((SequenceNode) t.getValueNode()).getValue().stream())
              .filter(q -> q instanceof ScalarNode)
              .forEach(q -> into.putIfAbsent(key.getValue() + "/" + ((ScalarNode) q).getValue(),
                  YamlSource.at(path, q)));
        }
      }
    }
  }
}
