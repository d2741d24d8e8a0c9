package dev.interviewkit.debrief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Which loop a document belongs to, as its metadata says and its loop id confirms: the id is the
 * hash {@code LoopDocuments.loopId} writes, so editing the candidate, role, date or seed of a
 * scorecard without recomputing it is caught.
 */
public record LoopIdentity(String id, String candidate, String role, LocalDate date, long seed) {

  public LoopIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(date, "date");
    if (!id.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("loop id must be 16 hexadecimal digits: " + id);
    }
  }

  /** The id of candidate, role, date and seed; the same as {@code LoopDocuments.loopId}. */
  public static String idOf(String candidate, String role, LocalDate date, long seed) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((candidate + "\n" + role + "\n"
          + date + "\n" + seed).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** How messages name the loop: "3f2a… (candidate 'Jane Doe', cto, 2026-12-03, seed 5)". */
  public String describe() {
    return id + " (candidate '" + candidate + "', " + role + ", " + date + ", seed " + seed + ")";
  }
}
