package dev.interviewkit.render.pdf;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.api.doc.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the PDF renderer prints a character, in regular and bold text, as its own preflight
 * decides; lets a caller show a placeholder instead of having the whole document refused.
 */
public final class PdfGlyphs {

  private static final Map<Integer, Boolean> CACHE = new ConcurrentHashMap<>();

  private PdfGlyphs() {}

  public static boolean canPrint(int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7f) {
      return true;
    }
    return CACHE.computeIfAbsent(codePoint, PdfGlyphs::probe);
  }

  private static boolean probe(int codePoint) {
    String text = "a" + new String(Character.toChars(codePoint)) + "a";
    try {
      Preflight.check(new Document(new DocumentInfo("probe", "probe", "probe", Paper.LETTER,
          LocalDate.of(2000, 1, 1), Map.of()), List.of(new Heading(1, text),
          Paragraph.body(text))));
      return true;
    } catch (RenderException | IllegalArgumentException e) {
      return false;
    }
  }
}
