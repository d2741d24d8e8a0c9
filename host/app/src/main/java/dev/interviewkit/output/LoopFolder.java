package dev.interviewkit.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The folder of one loop, named from its identity (role, date, candidate): {@code
 * DATE-slug-ROLE}, or {@code DATE-slug_ID-ROLE} when the slug does not tell the name apart (see
 * {@link #name()}). Different loops never get one name; the same loop always gets the same one.
 */
public record LoopFolder(String role, LocalDate date, String candidate) {

  /** A plain name: ASCII letters and digits with spaces, hyphens, apostrophes, dots, commas. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9]+([ .,'-]+[A-Za-z0-9]+)*\\.?");

  public LoopFolder {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(candidate, "candidate");
  }

  /**
   * {@code DATE-slug-ROLE}; when the name is not plain ASCII (an accent, another script, a
   * symbol) or its slug was cut to {@value Slug#MAX_LENGTH} characters, {@code _ID} follows the
   * slug: six hex digits of the SHA-256 of role, name (NFC) and date. A slug never holds
   * {@code _}, so a plain name can never spell another name's id.
   */
  public String name() {
    String slug = Slug.of(candidate, "candidate");
    boolean plain = candidate.length() <= 4 * Slug.MAX_LENGTH
        && PLAIN.matcher(candidate).matches()
        && candidate.replaceAll("[^A-Za-z0-9]+", "-").length() <= Slug.MAX_LENGTH;
    return date + "-" + slug + (plain ? "" : "_" + id()) + "-" + Slug.of(role, "role");
  }

  /** Six hex digits of SHA-256 over role, candidate (NFC) and date, one per line. */
  public String id() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(
          (role + "\n" + nfc() + "\n" + date).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** What the folder's lock file records, so another loop never writes into it. */
  String identity() {
    return "interview-kit loop\nrole: " + role + "\ndate: " + date + "\ncandidate: " + nfc()
        + "\n";
  }

  private String nfc() {
    return Normalizer.normalize(candidate, Normalizer.Form.NFC);
  }
}
