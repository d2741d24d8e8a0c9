package dev.interviewkit.record;

import java.text.Normalizer;
import java.util.Locale;

/** How the record matches a returning candidate: by a normalised name or email. */
public final class Names {

  private Names() {}

  /** NFKC, case-folded, whitespace collapsed to one space and trimmed. */
  public static String key(String name) {
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }

  /** An email address trimmed and lower-cased, or "" for none. */
  public static String email(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
