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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a panel file (see docs/panel-format.md); {@link PanelRounds} reads its rounds. */
public final class PanelParser {

  private static final List<String> KEYS = List.of("candidate", "date", "role", "seed",
      "time_zone", "coordinator", "scorecard_due", "debrief", "rounds");
  private static final List<String> CANDIDATE_KEYS = List.of("name", "email");

  /** The most characters a name or title may have: longer is a mistake or an attack. */
  public static final int MAX_TEXT = 200;
  /** The largest panel file read: a real one is a few hundred bytes. */
  public static final int MAX_BYTES = 256 * 1024;

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
   * @throws InvalidInputException listing every problem of the file
   */
  public static Panel parse(String path, InputStream in) throws IOException {
    PanelRead read = read(path, in);
    if (!read.problems().isEmpty()) {
      throw new InvalidInputException(read.problems());
    }
    return read.panel();
  }

  /**
   * Reads a panel file as far as it can be read: the panel without the keys that have a problem,
   * and every problem. {@link PanelCheck} then checks what was read against the role, so one run
   * reports every problem of the file.
   *
   * @throws InvalidInputException when nothing can be read: the file is empty, not YAML, not a
   *     mapping or not a panel file
   */
  public static PanelRead read(String path, InputStream in) throws IOException {
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
    Optional<LocalDate> date = f.optional("date").flatMap(n -> date(path, n, problems));
    Optional<String> role = f.optionalText("role");
    Map<String, Location> locations = new java.util.HashMap<>();
    f.optional("role").ifPresent(n -> locations.put(Panel.ROLE, YamlSource.at(path, n)));
    Optional<Long> seed = f.optional("seed").flatMap(n -> seed(path, n, problems));
    PanelRounds rounds = new PanelRounds(path, problems);
    f.optional("rounds").ifPresent(rounds::read);
    f.optional("rounds").ifPresent(n -> PanelRounds.places(path, n, locations));
    // Read without the keys that have problems: a missing candidate reads as "".
    Panel panel = new Panel(candidate.orElse(""), date, role, seed, rounds.interviewers,
        rounds.questions, path, new Logistics(candidateEmail, zone, coordinator, rounds.places,
            due, debrief), locations);
    return new PanelRead(panel, problems);
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
  static Optional<String> raw(String path, Node node, String what, List<Problem> problems) {
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
