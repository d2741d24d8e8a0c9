package dev.interviewkit.config;

import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.Fields;
import dev.interviewkit.bank.InputFiles;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Location;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.YamlSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads the two {@code kit.yaml} files into one {@link KitConfig}, the project's winning. */
final class ConfigLoader {

  /** The file's name, in the current folder and in the user's config folder. */
  static final String FILE = "kit.yaml";
  /** Largest {@code kit.yaml} read. */
  static final int MAX_BYTES = 64 * 1024;
  /** Longest organisation name or confidentiality line: each is printed on one line. */
  static final int MAX_TEXT = 80;

  private static final List<String> TOP = List.of("organisation", "paper", "out", "record",
      "plugins", "editor", "fonts");
  private static final List<String> ORGANISATION = List.of("name", "logo", "confidentiality");
  private static final List<String> RECORD = List.of("database", "user", "password_env",
      "exposure_limit");

  /** One key's value as read, and where. */
  private record Value(Object value, Location at) {}

  private final String path;
  private final Path folder;
  private final List<Problem> problems;
  private final Map<String, Value> values = new LinkedHashMap<>();

  private ConfigLoader(String path, Path folder, List<Problem> problems) {
    this.path = path;
    this.folder = folder;
    this.problems = problems;
  }

  static KitConfig load(Path workingDir, Dirs dirs) {
    Path cwd = workingDir.toAbsolutePath().normalize();
    Path project = KitConfig.projectFile(cwd);
    Path user = KitConfig.userFile(dirs);
    boolean here = cwd.equals(Path.of("").toAbsolutePath().normalize());
    List<Problem> problems = new ArrayList<>();
    Map<String, Value> merged = new LinkedHashMap<>(read(user, user.toString(), problems));
    if (!project.equals(user)) {
      merged.putAll(read(project, here ? FILE : project.toString(), problems));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return build(merged, dirs);
  }

  private static Map<String, Value> read(Path file, String shown, List<Problem> problems) {
    if (!Files.exists(file)) {
      return Map.of();
    }
    Optional<Node> root;
    try {
      root = YamlSource.parse(shown, InputFiles.open(file, MAX_BYTES));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems().stream()
          .map(p -> p.path().equals(file.toString()) ? new Problem(shown, p.line(), p.column(),
              p.message()) : p)
          .toList());
      return Map.of();
    } catch (IOException e) {
      problems.add(Problem.inFile(shown, "cannot be read: " + e.getClass().getSimpleName()));
      return Map.of();
    }
    if (root.isEmpty()) {
      return Map.of();
    }
    int first = problems.size();
    ConfigLoader loader = new ConfigLoader(shown, file.getParent(), problems);
    loader.top(root.get());
    java.util.Collections.sort(problems.subList(first, problems.size()));
    return loader.values;
  }

  private void top(Node root) {
    Optional<Fields> read = Fields.of(path, root, FILE, problems);
    if (read.isEmpty()) {
      return;
    }
    Fields top = read.get();
    top.allowOnly(TOP);
    top.optional("organisation").flatMap(n -> Fields.of(path, n, "'organisation'", problems))
        .ifPresent(this::organisation);
    top.optional("paper").ifPresent(n -> word(n, "paper").ifPresent(word -> {
      switch (word.toLowerCase(Locale.ROOT)) {
        case "letter" -> put("paper", Paper.LETTER, n);
        case "a4" -> put("paper", Paper.A4, n);
        default -> fault(n, "'paper' must be letter or a4, got " + Fields.quote(word));
      }
    }));
    top.optional("out").ifPresent(n -> word(n, "out").flatMap(w -> path(n, "out", w))
        .ifPresent(p -> put("out", p, n)));
    top.optional("record").flatMap(n -> Fields.of(path, n, "'record'", problems))
        .ifPresent(this::record);
    top.optional("plugins").ifPresent(n -> word(n, "plugins").flatMap(w -> path(n, "plugins", w))
        .ifPresent(p -> put("plugins", folder.resolve(p).normalize(), n)));
    top.optional("fonts").ifPresent(this::fonts);
    top.optional("editor").ifPresent(n -> word(n, "editor").ifPresent(w ->
        KitConfig.Editor.of(w).ifPresentOrElse(e -> put("editor", e, n),
            () -> fault(n, "'editor' must be built-in or system, got " + Fields.quote(w)))));
  }

  private void organisation(Fields org) {
    org.allowOnly(ORGANISATION);
    org.optional("name").ifPresent(n -> line(n, "organisation.name")
        .ifPresent(v -> put("organisation.name", v, n)));
    org.optional("confidentiality").ifPresent(n -> line(n, "organisation.confidentiality")
        .ifPresent(v -> put("organisation.confidentiality", v, n)));
    org.optional("logo").ifPresent(n -> word(n, "organisation.logo")
        .flatMap(w -> path(n, "organisation.logo", w)).ifPresent(p -> {
          Path file = folder.resolve(p).normalize();
          try {
            put("organisation.logo", new LogoFile(file, LogoImage.read(file)), n);
          } catch (LogoImage.Refused e) {
            fault(n, "'organisation.logo': " + e.getMessage());
          }
        }));
  }

  /** Font files, relative to this file's folder, each a TrueType font ({@link FontFile}). */
  private void fonts(Node list) {
    new Fields.Reader(path, problems).list(list, "'fonts'", 1, n -> word(n, "fonts")
        .flatMap(w -> path(n, "fonts", w)).flatMap(p -> {
          Path file = folder.resolve(p).normalize();
          Optional<String> fault = FontFile.fault(file);
          fault.ifPresent(f -> fault(n, "'fonts': " + f));
          return fault.isPresent() ? Optional.empty() : Optional.of(file);
        })).ifPresent(files -> put("fonts", List.copyOf(files), list));
  }

  private void record(Fields record) {
    record.allowOnly(RECORD);
    record.optional("database").ifPresent(this::database);
    record.optional("user").ifPresent(n -> word(n, "record.user")
        .ifPresent(v -> put("record.user", v, n)));
    record.optional("password_env").ifPresent(n -> word(n, "record.password_env").ifPresent(v -> {
      if (KitConfig.Recording.VARIABLE.matcher(v).matches()) {
        put("record.password_env", v, n);
      } else {
        fault(n, "'record.password_env' must be the name of an environment variable (letters, "
            + "digits and '_', such as KIT_DB_PASSWORD), never the password itself");
      }
    }));
    record.optional("exposure_limit").ifPresent(n -> new Fields.Reader(path, problems)
        .integer(n, "'record.exposure_limit'", 1, KitConfig.Recording.MAX_EXPOSURE_LIMIT)
        .ifPresent(v -> put("record.exposure_limit", v, n)));
  }

  private void database(Node n) {
    if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)
        && s.getValue().equalsIgnoreCase(KitConfig.Recording.OFF)) {
      put("record.database", KitConfig.Recording.OFF, n);
      return;
    }
    word(n, "record.database").ifPresent(w -> {
      if (w.equalsIgnoreCase(KitConfig.Recording.OFF)) {
        put("record.database", KitConfig.Recording.OFF, n);
      } else if (w.startsWith(KitConfig.Recording.POSTGRESQL)) {
        put("record.database", w, n);
      } else if (w.startsWith("jdbc:")) {
        fault(n, "'record.database' must be a file path, a jdbc:postgresql:// URL or off, got "
            + Fields.quote(w) + "; only SQLite files and PostgreSQL are supported");
      } else {
        path(n, "record.database", w)
            .ifPresent(p -> put("record.database", folder.resolve(p).normalize().toString(), n));
      }
    });
  }

  /** Non-blank text of at most {@link #MAX_TEXT} characters with no control character. */
  private Optional<String> line(Node n, String key) {
    Optional<String> text = word(n, key);
    if (text.isEmpty()) {
      return text;
    }
    String v = text.get();
    int length = v.codePointCount(0, v.length());
    if (length > MAX_TEXT) {
      fault(n, "'" + key + "' is " + length + " characters long; the limit is " + MAX_TEXT);
      return Optional.empty();
    }
    OptionalInt control = v.codePoints().filter(c -> Character.isISOControl(c)
        || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR).findFirst();
    if (control.isPresent()) {
      fault(n, "'" + key + "' holds the control character "
          + String.format("U+%04X", control.getAsInt()) + "; write it on one line without it");
      return Optional.empty();
    }
    return text;
  }

  private Optional<String> word(Node n, String key) {
    return new Fields.Reader(path, problems).text(n, "'" + key + "'");
  }

  /** A path as written, with a leading {@code ~/} taken as the home folder. */
  private Optional<Path> path(Node n, String key, String value) {
    String expanded = value.equals("~") ? System.getProperty("user.home")
        : value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
    try {
      return Optional.of(Path.of(expanded));
    } catch (InvalidPathException e) {
      fault(n, "'" + key + "' is not a valid path: " + Fields.quote(value));
      return Optional.empty();
    }
  }

  private void put(String key, Object value, Node n) {
    values.put(key, new Value(value, YamlSource.at(path, n)));
  }

  private void fault(Node n, String message) {
    problems.add(YamlSource.at(path, n).problem(message));
  }

  /** A logo and the file it came from. */
  private record LogoFile(Path file, Logo logo) {}

  private static KitConfig build(Map<String, Value> v, Dirs dirs) {
    KitConfig defaults = KitConfig.defaults(dirs);
    Optional<LogoFile> logo = get(v, "organisation.logo", LogoFile.class);
    Organisation organisation = new Organisation(
        get(v, "organisation.name", String.class).orElse(""),
        logo.map(LogoFile::logo),
        get(v, "organisation.confidentiality", String.class).orElse(""));
    KitConfig.Recording record = new KitConfig.Recording(
        get(v, "record.database", String.class).orElse(defaults.record().database()),
        get(v, "record.user", String.class),
        get(v, "record.password_env", String.class),
        get(v, "record.exposure_limit", Integer.class).map(OptionalInt::of)
            .orElse(OptionalInt.empty()));
    Map<String, Location> origins = new LinkedHashMap<>();
    v.forEach((key, value) -> origins.put(key, value.at()));
    return new KitConfig(organisation, logo.map(LogoFile::file),
        get(v, "paper", Paper.class).orElse(defaults.paper()),
        get(v, "out", Path.class).orElse(defaults.out()),
        record,
        get(v, "plugins", Path.class),
        get(v, "editor", KitConfig.Editor.class),
        get(v, "fonts", List.class).map(l -> ((List<?>) l).stream().map(Path.class::cast)
            .toList()).orElse(List.of()),
        origins);
  }

  private static <T> Optional<T> get(Map<String, Value> values, String key, Class<T> type) {
    return Optional.ofNullable(values.get(key)).map(Value::value).map(type::cast);
  }
}
