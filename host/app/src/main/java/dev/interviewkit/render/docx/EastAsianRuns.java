package dev.interviewkit.render.docx;

import dev.interviewkit.render.EastAsian;
import java.util.Map;
import java.util.Optional;

/**
 * The run properties that make Word and LibreOffice set Chinese, Japanese and Korean text in a
 * font that has it: {@code w:rFonts w:eastAsia} and {@code w:lang w:eastAsia}, by the language
 * the text's script tells ({@link EastAsian#language}). The names are the sans-serif faces Word
 * ships with; LibreOffice, lacking them, takes a font of the language from the system.
 */
final class EastAsianRuns {

  static final Map<String, String> FONTS = Map.of(
      "zh-CN", "Microsoft YaHei",
      "ja-JP", "Yu Gothic",
      "ko-KR", "Malgun Gothic");

  private EastAsianRuns() {}

  /** {@code runProperties} (a {@code w:rPr} element or nothing) for a run holding {@code text}. */
  static String properties(String runProperties, String text) {
    Optional<String> language = EastAsian.language(text);
    if (language.isEmpty()) {
      return runProperties;
    }
    String fonts = "<w:rFonts w:eastAsia=\"" + FONTS.get(language.get()) + "\"/>";
    String lang = "<w:lang w:eastAsia=\"" + language.get() + "\"/>";
    if (runProperties.isEmpty()) {
      return "<w:rPr>" + fonts + lang + "</w:rPr>";
    }
    int open = runProperties.indexOf("<w:rPr>") + "<w:rPr>".length();
    int close = runProperties.lastIndexOf("</w:rPr>");
    return runProperties.substring(0, open) + fonts + runProperties.substring(open, close) + lang
        + runProperties.substring(close);
  }
}
