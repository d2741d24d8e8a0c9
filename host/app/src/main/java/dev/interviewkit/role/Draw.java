package dev.interviewkit.role;

import dev.interviewkit.bank.Kind;
import dev.interviewkit.bank.Location;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How many questions a round draws from one bank.
 *
 * @param bankIds the banks it draws from, at least one
 * @param kinds the kinds of question eligible; all kinds when empty
 */
public record Draw(java.util.List<String> bankIds, int count, Set<Kind> kinds, Location location) {

  public Draw {
    bankIds = java.util.List.copyOf(bankIds);
    if (bankIds.isEmpty()) {
      throw new IllegalArgumentException("a draw names at least one bank");
    }
    Objects.requireNonNull(location, "location");
    if (count < 1) {
      throw new IllegalArgumentException("a draw takes at least one question");
    }
    kinds = kinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(kinds));
  }

  /** A draw from one bank. */
  public Draw(String bankId, int count, Set<Kind> kinds, Location location) {
    this(java.util.List.of(bankId), count, kinds, location);
  }

  /** The first bank drawn from; the only one for a draw with {@code bank:}. */
  public String bankId() {
    return bankIds.get(0);
  }

  public boolean accepts(Kind kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}
