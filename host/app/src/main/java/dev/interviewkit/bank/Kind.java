package dev.interviewkit.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of question it is; it decides how it is run and timed. */
public enum Kind {
  BEHAVIOURAL,
  SCENARIO,
  EXERCISE,
  DESIGN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Kind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
  }

  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(Kind::id).toList());
  }
}
