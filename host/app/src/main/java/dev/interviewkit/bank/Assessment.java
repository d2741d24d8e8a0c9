package dev.interviewkit.bank;

import java.util.List;
import java.util.Objects;

/** A further competency a question gives evidence on, with what a strong answer shows for it. */
public record Assessment(String competency, List<String> signals, Location location) {

  public Assessment {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(location, "location");
    signals = List.copyOf(signals);
    if (signals.isEmpty()) {
      throw new IllegalArgumentException(competency + ": also_assesses needs signals");
    }
  }
}
