package dev.interviewkit.bank;

import java.util.Arrays;
import java.util.Optional;

/** The leadership levels a question or anchor can be written for. */
public enum Level {
  ENGINEERING_MANAGER("engineering-manager"),
  DIRECTOR("director"),
  VP("vp"),
  CTO("cto");

  private final String id;

  Level(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Level> byId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
  }

  static String ids() {
    return String.join(", ", Arrays.stream(values()).map(Level::id).toList());
  }
}
