package dev.interviewkit.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The transcripts of one practice pack, in the shuffled order they are handed out.
 *
 * @param id short hash naming the pack; every practice scorecard carries it
 * @param round the round id the pack was drawn for, or empty for the whole role
 */
public record PracticePack(String id, String roleId, String roleTitle, String round,
    long seed, LocalDate date, List<Transcript> transcripts) {

  public PracticePack {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(roleTitle, "roleTitle");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(date, "date");
    transcripts = List.copyOf(transcripts);
    if (transcripts.isEmpty()) {
      throw new IllegalArgumentException("a practice pack needs at least one transcript");
    }
  }
}
