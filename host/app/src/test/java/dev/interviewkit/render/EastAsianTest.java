package dev.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where Chinese and Japanese text may wrap, and which language a run of it is. */
class EastAsianTest {

  @Test
  void chineseAndJapaneseBreakBetweenCharactersButNotBeforeClosingPunctuation() {
    assertEquals(List.of("王", "小", "明", "は", "設", "計", "を", "説", "明", "し", "た。"),
        TableFit.words("王小明は設計を説明した。"));
    assertEquals(List.of("「設", "計」", "で", "す"), TableFit.words("「設計」です"));
    assertEquals(List.of("チー", "ム", "は", "ちょっ", "と"), TableFit.words("チームはちょっと"));
  }

  @Test
  void aLatinWordInChineseTextStaysWholeAndKoreanBreaksAtSpaces() {
    assertEquals(List.of("用", "Kubernetes", "部", "署"), TableFit.words("用Kubernetes部署"));
    assertEquals(List.of("김민준", "컨설팅"), TableFit.words("김민준 컨설팅"));
    assertEquals(List.of("well-known", "60 min"), TableFit.words("well-known 60 min"));
  }

  @Test
  void piecesTellWhetherASpaceStoodBeforeThem() {
    assertEquals(List.of(new TableFit.Piece("山", true), new TableFit.Piece("田", false),
        new TableFit.Piece("太", true), new TableFit.Piece("郎", false)),
        TableFit.pieces("山田 太郎"));
  }

  @Test
  void kanaMeansJapaneseHangulKoreanAndHanAloneChinese() {
    assertEquals(Optional.of("ja-JP"), EastAsian.language("山田 さくら"));
    assertEquals(Optional.of("ko-KR"), EastAsian.language("김민준"));
    assertEquals(Optional.of("zh-CN"), EastAsian.language("王小明"));
    assertEquals(Optional.empty(), EastAsian.language("Zoë Ångström"));
  }

  @Test
  void theFastPathsSkipOnlyCharactersTheUnicodeLookupsWouldNeverMatch() {
    for (int cp = 0; cp < EastAsian.FIRST_BREAKING; cp++) {
      if (EastAsian.lookedUp(cp)) {
        throw new AssertionError("U+" + Integer.toHexString(cp) + " breaks but is skipped");
      }
    }
    for (int cp = 0; cp < EastAsian.FIRST_EAST_ASIAN; cp++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
          || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        throw new AssertionError("U+" + Integer.toHexString(cp) + " is " + script);
      }
    }
    assertEquals(true, EastAsian.lookedUp(0x2E80), "the first CJK radical breaks");
    assertEquals(Optional.of("ko-KR"), EastAsian.language("\u1100"), "Hangul Jamo is Korean");
  }
}
