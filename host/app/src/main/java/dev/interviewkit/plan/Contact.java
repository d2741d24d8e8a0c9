package dev.interviewkit.plan;

import java.util.Objects;

/** The loop's coordinator: who the candidate and panel write to; empty texts were not given. */
public record Contact(String name, String email, String phone) {

  public Contact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a coordinator needs a name");
    }
  }

  /** "Name (email, phone)", leaving out what was not given. */
  public String line() {
    String reach = String.join(", ", java.util.stream.Stream.of(email, phone)
        .filter(s -> !s.isEmpty()).toList());
    return reach.isEmpty() ? name : name + " (" + reach + ")";
  }
}
