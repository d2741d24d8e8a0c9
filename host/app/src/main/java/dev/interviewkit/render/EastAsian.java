package dev.interviewkit.render;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.util.Optional;

/**
 * Chinese and Japanese text, which has no spaces between words: where a line may break in it, and
 * which language a Word run holding it is marked with. The PDF layout, OpenPDF's line splitter
 * and the table column measure all ask {@link #breakBetween}, so they agree.
 */
public final class EastAsian {

  /** Below this no character is Han, kana, CJK punctuation or a fullwidth form. */
  static final int FIRST_BREAKING = 0x2E80;
  /** Below this no character is Han, kana or Hangul. */
  static final int FIRST_EAST_ASIAN = 0x1100;

  private EastAsian() {}

  /**
   * Whether a line may break between {@code before} and {@code after}: next to an ideograph or
   * kana (never between two Latin letters, so a Latin word stays whole; never inside a Korean
   * word, which breaks at spaces), and not before closing punctuation, a small kana or the
   * length mark, nor after opening punctuation.
   */
  public static boolean breakBetween(int before, int after) {
    if (!(breaksAround(before) || breaksAround(after))
        || Character.isWhitespace(before) || Character.isWhitespace(after)) {
      return false;
    }
    return !noBreakBefore(after) && !noBreakAfter(before);
  }

  /** Whether {@code text} holds a character that {@link #breakBetween} breaks around. */
  public static boolean hasIdeographs(String text) {
    return text.codePoints().anyMatch(EastAsian::breaksAround);
  }

  /**
   * The BCP 47 language a Word run holding {@code text} is marked with for its East Asian font:
   * Japanese when it holds kana, Korean when it holds Hangul, Chinese when it holds Han
   * ideographs only; empty when it holds none of those.
   */
  public static Optional<String> language(String text) {
    boolean han = false;
    boolean hangul = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp < FIRST_EAST_ASIAN) { // most text: no Unicode lookup needed
        i += Character.charCount(cp);
        continue;
      }
      UnicodeScript script = UnicodeScript.of(cp);
      if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
        return Optional.of("ja-JP");
      }
      hangul |= script == UnicodeScript.HANGUL;
      han |= script == UnicodeScript.HAN;
      i += Character.charCount(cp);
    }
    return hangul ? Optional.of("ko-KR") : han ? Optional.of("zh-CN") : Optional.empty();
  }

  // Asked for every character of every line laid out: Latin text must not pay for the lookups.
  private static boolean breaksAround(int cp) {
    return cp >= FIRST_BREAKING && lookedUp(cp);
  }

  /** {@link #breaksAround} by Unicode's tables alone, without the fast path. */
  static boolean lookedUp(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    if (script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA) {
      return true;
    }
    UnicodeBlock block = UnicodeBlock.of(cp);
    return block == UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
            && cp < 0xFF61; // the fullwidth forms, not halfwidth katakana or Hangul
  }

  private static boolean noBreakBefore(int cp) {
    int type = Character.getType(cp);
    return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION || type == Character.NON_SPACING_MARK
        || cp == 0x30FC || cp == 0x3005 // the length mark ー, the repetition mark 々
        || "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ".indexOf(cp) >= 0;
  }

  private static boolean noBreakAfter(int cp) {
    int type = Character.getType(cp);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
  }
}
