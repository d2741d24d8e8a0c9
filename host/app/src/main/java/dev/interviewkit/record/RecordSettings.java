package dev.interviewkit.record;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where the hiring record is kept ({@code record:} in kit.yaml, docs/record.md).
 *
 * @param database "" for the default SQLite file, {@value #OFF} to record nothing, a file path
 *     (SQLite) or a {@code jdbc:postgresql:} URL
 * @param user the PostgreSQL user, or ""
 * @param passwordEnv the name of the environment variable holding the password, or ""
 * @param exposureLimit asks per question per 365 days before the planner avoids it
 */
public record RecordSettings(String database, String user, String passwordEnv,
    OptionalInt exposureLimit) {

  public static final String OFF = "off";
  /** Overrides {@code record.database} (scripts and tests): a path, a URL or {@value #OFF}. */
  public static final String PROPERTY = "interviewkit.record";
  static final String POSTGRES = "jdbc:postgresql:";

  public RecordSettings {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(passwordEnv, "passwordEnv");
    Objects.requireNonNull(exposureLimit, "exposureLimit");
    database = database.strip();
    if (database.startsWith("jdbc:") && !database.startsWith(POSTGRES)) {
      throw new IllegalArgumentException("record.database: '" + database + "' is not a "
          + "jdbc:postgresql: URL; give a file path for SQLite or a jdbc:postgresql://HOST/DB URL");
    }
    if (exposureLimit.isPresent() && exposureLimit.getAsInt() < 1) {
      throw new IllegalArgumentException("record.exposure_limit must be at least 1, got "
          + exposureLimit.getAsInt());
    }
  }

  /** Overrides {@code record.database} from the environment, as {@value #PROPERTY} does. */
  public static final String ENVIRONMENT = "KIT_RECORD";

  /**
   * The default: the SQLite file in the data folder, or what {@value #PROPERTY} (first) or
   * {@value #ENVIRONMENT} says.
   */
  public static RecordSettings defaults() {
    return new RecordSettings(override().orElse(""), "", "", OptionalInt.empty());
  }

  /**
   * The settings {@code kit.yaml}'s {@code record:} gives, unless {@value #PROPERTY} or
   * {@value #ENVIRONMENT} overrides the database.
   */
  public static RecordSettings of(dev.interviewkit.config.KitConfig.Recording record) {
    return new RecordSettings(override().orElse(record.database()),
        record.user().orElse(""), record.passwordEnv().orElse(""), record.exposureLimit());
  }

  /** The database {@value #PROPERTY} (first) or {@value #ENVIRONMENT} names, if either is set. */
  private static java.util.Optional<String> override() {
    String given = System.getProperty(PROPERTY);
    return java.util.Optional.ofNullable(given != null ? given : System.getenv(ENVIRONMENT));
  }

  /** A SQLite file. */
  public static RecordSettings sqlite(Path file) {
    return new RecordSettings(file.toString(), "", "", OptionalInt.empty());
  }

  public RecordSettings withExposureLimit(int limit) {
    return new RecordSettings(database, user, passwordEnv, OptionalInt.of(limit));
  }

  public boolean enabled() {
    return !database.equalsIgnoreCase(OFF);
  }

  boolean postgres() {
    return database.startsWith(POSTGRES);
  }

  /** The SQLite file: the path given, or {@code $XDG_DATA_HOME/interview-kit/record.db}. */
  Path file() {
    return database.isEmpty()
        ? dev.interviewkit.config.Dirs.fromEnvironment().data().resolve("record.db")
        : Path.of(database);
  }

  /** How messages name the database: the file, or the URL without its query. */
  public String describe() {
    if (!enabled()) {
      return OFF;
    }
    return postgres() ? database.replaceAll("\\?.*", "") : file().toString();
  }

  String password() {
    if (passwordEnv.isEmpty()) {
      return "";
    }
    String value = System.getenv(passwordEnv);
    return value == null ? "" : value;
  }
}
