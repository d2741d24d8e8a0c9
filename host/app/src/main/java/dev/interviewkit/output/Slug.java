package dev.interviewkit.output;

import java.text.Normalizer;
import java.util.Locale;

/** Short, safe, ASCII file-name parts; the real text is printed inside the documents. */
public final class Slug {

  static final int MAX_LENGTH = 40;

  private Slug() {}

  /** {@code "Zoë Ångström-Дмитриев"} becomes {@code "zoe-angstrom"}; never empty. */
  public static String of(String text, String fallback) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_LENGTH) {
      ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? fallback : ascii;
  }
}
