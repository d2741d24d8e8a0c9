package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.Paragraph;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A field pre-filled in Japanese, in a document otherwise in Latin, shows its value. */
class CjkFormFieldTest {

  @BeforeAll
  static void needsACjkFont() {
    CjkFont.required();
  }

  @Test
  void aPrefilledValueInJapaneseIsDrawnInAnEmbeddedFontThatHasIt() throws IOException {
    byte[] pdf = Samples.render(Samples.document(List.of(Paragraph.body("Jane Doe"),
        new NoteLines("Interviewer name", 1, "who", "山田 さくら"))));
    try (PDDocument doc = PdfText.load(pdf)) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      PDTextField who = (PDTextField) form.getField("who");
      assertEquals("山田 さくら", who.getValue());
      PDFont font = who.getWidgets().get(0).getNormalAppearanceStream().getResources()
          .getFont(who.getWidgets().get(0).getNormalAppearanceStream().getResources()
              .getFontNames().iterator().next());
      assertTrue(font.isEmbedded(), font.getName());
      font.encode("山田 さくら Jane"); // throws when a glyph is missing
      form.flatten();
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("山田 さくら"), text);
    }
  }

  @Test
  void aValueNoFontHasIsRefusedNamingTheField() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.interviewkit.api.RenderException.class, () -> Samples.render(Samples.document(
            List.of(new NoteLines("Interviewer name", 1, "who", "Ana \uD800\uDC00")))));
    assertTrue(e.getMessage().contains("value of field 'who'"), e.getMessage());
  }
}
