package dev.interviewkit.plan;

import java.util.Objects;

/** Who runs a round and when; empty texts print as lines to fill in by hand. */
public record Interviewer(String name, String title, String time) {

  public static final Interviewer BLANK = new Interviewer("", "", "");

  public Interviewer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(time, "time");
  }

  public boolean isBlank() {
    return name.isEmpty();
  }
}
