package dev.interviewkit.bank;

import java.util.List;
import java.util.Objects;

/**
 * One competency bank.
 *
 * @param origin where it came from: {@code question-banks} or {@code plugin <id>}
 * @param location where its {@code bank:} id is written
 */
public record Bank(
    String id,
    String title,
    String version,
    String description,
    List<Competency> competencies,
    List<Question> questions,
    String path,
    String origin,
    Location location) {

  public Bank {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(location, "location");
    competencies = List.copyOf(competencies);
    questions = List.copyOf(questions);
  }
}
