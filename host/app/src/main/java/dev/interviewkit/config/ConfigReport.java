package dev.interviewkit.config;

import dev.interviewkit.api.doc.Logo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The effective configuration as rows of key, value and where the value came from. */
public final class ConfigReport {

  /** What a key's value came from when no file sets it. */
  static final String DEFAULT = "default";
  /** What an unset key without a default shows. */
  static final String UNSET = "(not set)";

  private ConfigReport() {}

  /** One key: its dotted name, its value as shown, and {@code path:line:column} or "default". */
  public record Row(String key, String value, String from) {}

  /** A row for every key of {@link KitConfig#KEYS}, in that order. */
  public static List<Row> rows(KitConfig config) {
    List<Row> rows = new ArrayList<>();
    for (String key : KitConfig.KEYS) {
      String from = config.origin(key).map(Object::toString).orElse(DEFAULT);
      rows.add(new Row(key, value(config, key), from));
    }
    return rows;
  }

  private static String value(KitConfig c, String key) {
    return switch (key) {
      case "organisation.name" -> orUnset(c.organisation().name());
      case "organisation.logo" -> c.logoFile().map(file -> file + " ("
          + describe(c.organisation().logo().orElseThrow()) + ")").orElse(UNSET);
      case "organisation.confidentiality" -> c.organisation().confidentiality().isEmpty()
          ? "(each document's own line)" : c.organisation().confidentiality();
      case "paper" -> c.paper().name().toLowerCase(Locale.ROOT);
      case "out" -> c.out().toString();
      case "record.database" -> c.record().database();
      case "record.user" -> shown(c.record().user());
      case "record.password_env" -> shown(c.record().passwordEnv());
      case "record.exposure_limit" -> c.record().exposureLimit().isPresent()
          ? Integer.toString(c.record().exposureLimit().getAsInt()) : UNSET;
      case "plugins" -> shown(c.plugins().map(Object::toString));
      case "editor" -> shown(c.editor().map(KitConfig.Editor::word));
      case "fonts" -> c.fonts().isEmpty() ? "(the fonts found: see docs/typesetting.md)"
          : c.fonts().stream().map(Path::toString).collect(Collectors.joining(", "));
      default -> throw new IllegalArgumentException("no key " + key);
    };
  }

  private static String describe(Logo logo) {
    return logo.format() + ", " + logo.widthPixels() + " x " + logo.heightPixels() + " pixels";
  }

  private static String shown(Optional<String> value) {
    return value.orElse(UNSET);
  }

  private static String orUnset(String value) {
    return value.isEmpty() ? UNSET : value;
  }
}
