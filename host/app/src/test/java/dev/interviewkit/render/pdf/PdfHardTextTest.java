package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text that is hard to lay out is printed whole, or refused by name; never cut or dropped. */
class PdfHardTextTest {

  private static String squeeze(String text) {
    return Normalizer.normalize(text.replaceAll("\\s+", ""), Normalizer.Form.NFC);
  }

  @Test
  void wrapsVeryLongWordsAndUrlsWithoutLosingACharacter() {
    String url = "https://wiki.example.com/engineering/architecture/decision-records/"
        + "x".repeat(180) + "?view=full&section=consequences";
    String word = "Donaudampfschifffahrtsgesellschaftskapitän".repeat(4);
    String text = PdfText.all(Samples.render(Samples.document(List.of(
        Paragraph.body(url), new Callout(word),
        Table.of(List.of("Link", "Word"), List.of(List.of(url, word)))))));
    String flat = squeeze(text);
    assertTrue(flat.contains(url), "URL cut: " + text);
    assertTrue(flat.contains(word), "word cut: " + text);
    assertTrue(flat.indexOf(url) != flat.lastIndexOf(url), "table copy of the URL cut");
  }

  @Test
  void keepsCombiningCharactersWithTheirLetters() {
    String name = "Zoe\u0308 A\u030Angstro\u0308m";
    String text = PdfText.all(Samples.render(Samples.document(List.of(Paragraph.body(name)))));
    assertTrue(squeeze(text).contains(squeeze(name)), "combining marks lost: " + text);
  }

  @Test
  void refusesRightToLeftTextByNameInsteadOfPrintingItBackwards() {
    RenderException e = assertThrows(RenderException.class, () -> Samples.render(
        Samples.document(List.of(Paragraph.body("Panelist: שרה כהן")))));
    assertTrue(e.getMessage().startsWith("cannot print right-to-left text 'ש' (U+05E9)"),
        e.getMessage());
  }
}
