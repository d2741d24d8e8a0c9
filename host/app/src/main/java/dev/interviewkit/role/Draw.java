package dev.interviewkit.role;

import dev.interviewkit.bank.Kind;
import dev.interviewkit.bank.Location;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How many questions a round draws from one bank.
 *
 * @param kinds the kinds of question eligible; all kinds when empty
 */
public record Draw(String bankId, int count, Set<Kind> kinds, Location location) {

  public Draw {
    Objects.requireNonNull(bankId, "bankId");
    Objects.requireNonNull(location, "location");
    if (count < 1) {
      throw new IllegalArgumentException("a draw takes at least one question");
    }
    kinds = kinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  public boolean accepts(Kind kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}
