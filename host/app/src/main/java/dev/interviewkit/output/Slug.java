package dev.interviewkit.output;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/** Short, safe, ASCII file-name parts; the real text is printed inside the documents. */
public final class Slug {

  static final int MAX_LENGTH = 40;

  private Slug() {}

  /**
   * {@code "Zoë Ångström-Дмитриев"} becomes {@code "zoe-angstrom-dmitriev"}, {@code "王伟"}
   * {@code "wang-wei"}; never empty. Letters of other scripts are transliterated to Latin with
   * ICU4J where it knows how; what is still not {@code a-z0-9} becomes a hyphen.
   */
  public static String of(String text, String fallback) {
    String ascii = toAscii(text)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_LENGTH) {
      ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? fallback : ascii;
  }

  /**
   * The text in ASCII where possible. Latin letters with marks lose the marks (a fast path that
   * never loads ICU4J, whose transliterator takes about a second to start); when letters of
   * another script remain, the whole text goes through ICU4J's {@code Any-Latin; Latin-ASCII}.
   */
  static String toAscii(String text) {
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      String latin = c < 0x80 ? null : LATIN.get(c);
      if (c < 0x80) {
        out.append(c);
      } else if (latin != null) {
        out.append(latin);
      } else if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
        return Icu.transliterate(Normalizer.normalize(text, Normalizer.Form.NFC));
      } else {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** Latin letters that have no decomposition, as ICU4J's Latin-ASCII writes them. */
  private static final java.util.Map<Character, String> LATIN = java.util.Map.ofEntries(
      java.util.Map.entry('ß', "ss"), java.util.Map.entry('æ', "ae"),
      java.util.Map.entry('Æ', "AE"), java.util.Map.entry('ø', "o"),
      java.util.Map.entry('Ø', "O"), java.util.Map.entry('đ', "d"),
      java.util.Map.entry('Đ', "D"), java.util.Map.entry('ł', "l"),
      java.util.Map.entry('Ł', "L"), java.util.Map.entry('þ', "th"),
      java.util.Map.entry('Þ', "TH"), java.util.Map.entry('œ', "oe"),
      java.util.Map.entry('Œ', "OE"), java.util.Map.entry('ı', "i"),
      java.util.Map.entry('ħ', "h"), java.util.Map.entry('Ħ', "H"),
      java.util.Map.entry('ð', "d"), java.util.Map.entry('Ð', "D"));

  /** ICU4J's transliterator, built on first use only. */
  private static final class Icu {
    private static final Transliterator LATIN =
        Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** Synchronized: batch plans loops on two threads, and ICU4J does not promise safety. */
    static synchronized String transliterate(String text) {
      return LATIN.transliterate(text);
    }
  }
}
