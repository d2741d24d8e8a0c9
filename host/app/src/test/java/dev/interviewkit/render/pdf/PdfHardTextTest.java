package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
  void laysOutHebrewAndArabicRightToLeftInParagraphsAndTableCells() throws IOException {
    String hebrew = "שרה כהן";
    String arabic = "مرحبا بالعالم";
    byte[] pdf = Samples.render(Samples.document(List.of(
        Paragraph.body("Panelist: " + hebrew + " said yes."),
        Paragraph.body(hebrew + " אמרה כן"),
        Paragraph.body(hebrew + " says yes to the offer"),
        Table.of(List.of("Name", "Note"), List.of(List.of(hebrew, arabic))))));
    String text = Normalizer.normalize(PdfText.all(pdf), Normalizer.Form.NFKC);
    assertTrue(text.contains("Panelist: " + hebrew + " said yes."), text);
    assertTrue(text.contains(hebrew + " אמרה כן"), text);
    assertTrue(text.contains(arabic), text);

    try (PDDocument doc = PdfText.load(pdf)) {
      List<TextPosition> glyphs = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String s, List<TextPosition> positions) throws IOException {
          glyphs.addAll(positions);
          super.writeString(s, positions);
        }
      };
      stripper.getText(doc);
      float shin = glyphs.stream().filter(g -> g.getUnicode().equals("ש")).findFirst()
          .orElseThrow().getXDirAdj();
      float he = glyphs.stream().filter(g -> g.getUnicode().equals("ה")).findFirst()
          .orElseThrow().getXDirAdj();
      assertTrue(shin > he, "Hebrew is printed left to right: ש at " + shin + ", ה at " + he);
      TextPosition name = glyphs.stream().filter(g -> g.getUnicode().equals("ש")).skip(2)
          .findFirst().orElseThrow();
      float says = glyphs.stream().filter(g -> g.getUnicode().equals("y")
          && Math.abs(g.getYDirAdj() - name.getYDirAdj()) < 1f).findFirst()
          .orElseThrow().getXDirAdj();
      assertTrue(says > name.getXDirAdj(),
          "an English line starting with a Hebrew name reads right to left");
      assertTrue(glyphs.stream().map(TextPosition::getUnicode).anyMatch(u -> !u.isEmpty()
          && u.charAt(0) >= 0xFE70 && u.charAt(0) <= 0xFEFF), "Arabic letters are not shaped");
    }
  }

  @Test
  void printableTextReplacesWhatNoBundledFontHasByAVisiblePlaceholder() {
    assertTrue(PrintableText.canPrint(PrintableText.PLACEHOLDER.codePointAt(0)));
    String typed = "Great\tanswer 😀 — שרה, Ψυχή, Đã\r\nnext line\u0007";
    assertEquals(List.of(0x1F600, 0x7), PrintableText.unprintable(typed));
    String printable = PrintableText.printable(typed);
    assertEquals("Great answer \uFFFD — שרה, Ψυχή, Đã\nnext line\uFFFD", printable);
    String text = PdfText.all(Samples.render(Samples.document(List.of(
        Paragraph.body(printable)))));
    assertTrue(text.contains("\uFFFD"), text);
    assertTrue(text.contains("Ψυχή, Đã"), text);
  }
}
