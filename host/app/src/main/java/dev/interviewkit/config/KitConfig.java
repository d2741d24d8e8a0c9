package dev.interviewkit.config;

import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.Location;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The effective configuration: the project's {@code ./kit.yaml} over the user's {@code
 * $XDG_CONFIG_HOME/interview-kit/kit.yaml}, key by key, over the defaults. Read it with {@link
 * #load()}; keys are described in docs/configuration.md.
 *
 * @param organisation whose documents these are; {@link Organisation#NONE} when not set
 * @param logoFile the file the organisation's logo was read from
 * @param paper the default paper ({@code --paper} wins); Letter when not set
 * @param out the default output folder ({@code --out} wins), as written: a relative folder is
 *     taken from the current folder; {@code interview-packets} when not set
 * @param record the hiring record's settings
 * @param plugins the folder plugins are installed in, when set
 * @param editor the workbench's bank editor, when set
 * @param fonts the font files the PDF renderer falls back on, in order, before the well-known
 *     system fonts (docs/typesetting.md); empty when not set
 * @param origins where each key that is set came from, by its dotted name ({@link #KEYS})
 */
public record KitConfig(
    Organisation organisation,
    Optional<Path> logoFile,
    Paper paper,
    Path out,
    Recording record,
    Optional<Path> plugins,
    Optional<Editor> editor,
    List<Path> fonts,
    Map<String, Location> origins) {

  /** Every key, by its dotted name, in the order the documentation lists them. */
  public static final List<String> KEYS = List.of(
      "organisation.name", "organisation.logo", "organisation.confidentiality", "paper", "out",
      "record.database", "record.user", "record.password_env", "record.exposure_limit",
      "plugins", "editor", "fonts");

  /** The output folder when none is configured. */
  public static final Path DEFAULT_OUT = Path.of("interview-packets");

  public KitConfig {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(logoFile, "logoFile");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(plugins, "plugins");
    Objects.requireNonNull(editor, "editor");
    fonts = List.copyOf(fonts);
    if (out.toString().isBlank()) {
      throw new IllegalArgumentException("out must name a folder");
    }
    if (logoFile.isPresent() != organisation.logo().isPresent()) {
      throw new IllegalArgumentException("a logo needs the file it was read from, and only one");
    }
    for (String key : origins.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown configuration key " + key);
      }
    }
    origins = Collections.unmodifiableSortedMap(new TreeMap<>(origins));
  }

  /** The configuration when no file sets anything. */
  public static KitConfig defaults(Dirs dirs) {
    return new KitConfig(Organisation.NONE, Optional.empty(), Paper.LETTER, DEFAULT_OUT,
        Recording.defaults(dirs), Optional.empty(), Optional.empty(), List.of(), Map.of());
  }

  /**
   * Reads {@code ./kit.yaml} and the user's file of this process's environment.
   *
   * @throws dev.interviewkit.bank.InvalidInputException listing every problem of both files,
   *     each as {@code path:line:column: message} (exit 3)
   */
  public static KitConfig load() {
    return load(Path.of("").toAbsolutePath(), Dirs.fromEnvironment());
  }

  /** Reads {@code workingDir/kit.yaml} over {@code dirs.config()/kit.yaml}; see {@link #load()}. */
  public static KitConfig load(Path workingDir, Dirs dirs) {
    return ConfigLoader.load(workingDir, dirs);
  }

  /** The project's file: {@code kit.yaml} in {@code workingDir}. */
  public static Path projectFile(Path workingDir) {
    return workingDir.resolve(ConfigLoader.FILE);
  }

  /** The user's file: {@code $XDG_CONFIG_HOME/interview-kit/kit.yaml}. */
  public static Path userFile(Dirs dirs) {
    return dirs.config().resolve(ConfigLoader.FILE);
  }

  /** Where {@code key} was set, if it was. */
  public Optional<Location> origin(String key) {
    return Optional.ofNullable(origins.get(key));
  }

  /** The workbench's bank editor. */
  public enum Editor {
    BUILT_IN("built-in"),
    SYSTEM("system");

    private final String word;

    Editor(String word) {
      this.word = word;
    }

    /** As written in {@code kit.yaml}. */
    public String word() {
      return word;
    }

    /** The editor {@code word} names, if any. */
    public static Optional<Editor> of(String word) {
      for (Editor editor : values()) {
        if (editor.word.equals(word)) {
          return Optional.of(editor);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The {@code record} keys.
   *
   * @param database {@link #OFF}, a {@code jdbc:postgresql://} URL, or the absolute path of a
   *     SQLite file; {@code $XDG_DATA_HOME/interview-kit/record.db} when not set
   * @param user the PostgreSQL user, when set
   * @param passwordEnv the name of the environment variable holding the password, when set
   * @param exposureLimit asks per question per 365 days before the planner avoids it, when set
   */
  public record Recording(String database, Optional<String> user, Optional<String> passwordEnv,
      OptionalInt exposureLimit) {

    /** The {@code database} value that turns recording off. */
    public static final String OFF = "off";
    /** The prefix of a PostgreSQL database. */
    public static final String POSTGRESQL = "jdbc:postgresql://";
    /** Highest {@code exposure_limit} accepted. */
    public static final int MAX_EXPOSURE_LIMIT = 100_000;
    static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");

    public Recording {
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(passwordEnv, "passwordEnv");
      Objects.requireNonNull(exposureLimit, "exposureLimit");
      if (!database.equals(OFF) && !database.startsWith(POSTGRESQL)
          && !Path.of(database).isAbsolute()) {
        throw new IllegalArgumentException("database must be off, a PostgreSQL URL or an "
            + "absolute path, got " + database);
      }
      passwordEnv.filter(name -> !VARIABLE.matcher(name).matches()).ifPresent(name -> {
        throw new IllegalArgumentException("passwordEnv must name an environment variable");
      });
      if (exposureLimit.isPresent()
          && (exposureLimit.getAsInt() < 1 || exposureLimit.getAsInt() > MAX_EXPOSURE_LIMIT)) {
        throw new IllegalArgumentException("exposureLimit must be 1.." + MAX_EXPOSURE_LIMIT);
      }
    }

    /** Recording to {@code $XDG_DATA_HOME/interview-kit/record.db}, nothing else set. */
    public static Recording defaults(Dirs dirs) {
      return new Recording(dirs.data().resolve("record.db").toString(), Optional.empty(),
          Optional.empty(), OptionalInt.empty());
    }

    /** Whether recording is turned off. */
    public boolean off() {
      return database.equals(OFF);
    }

    /** Whether the record is a PostgreSQL database. */
    public boolean postgresql() {
      return database.startsWith(POSTGRESQL);
    }

    /** The SQLite file, unless recording is off or goes to PostgreSQL. */
    public Optional<Path> sqliteFile() {
      return off() || postgresql() ? Optional.empty() : Optional.of(Path.of(database));
    }
  }
}
