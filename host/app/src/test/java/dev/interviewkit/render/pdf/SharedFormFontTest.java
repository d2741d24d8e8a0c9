package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interviewkit.api.doc.Paper;
import java.io.IOException;
import java.io.InputStream;
import com.lowagie.text.pdf.SharedProgramFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The form font's program and ToUnicode map, made once per JVM, are whole in every file. */
class SharedFormFontTest {

  @Test
  void everyPacketEmbedsTheWholeFormFontAndMapsItsCharacters() throws IOException {
    byte[] full;
    try (InputStream in = getClass().getResourceAsStream(
        "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
      full = in.readAllBytes();
    }
    byte[] first = Samples.render(Samples.packet(Paper.LETTER));
    byte[] second = Samples.render(Samples.packet(Paper.A4));
    for (byte[] pdf : new byte[][] {first, second}) {
      try (PDDocument document = PdfText.load(pdf)) {
        PDType0Font font =
            formFont(document.getDocumentCatalog().getAcroForm().getDefaultResources());
        byte[] program = font.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
        assertArrayEquals(full, program, "the form font is DejaVu Sans in full");
        // Identity-H: the code is the glyph id
        assertEquals("Ж", font.toUnicode(gid('Ж')), "the ToUnicode map covers the whole font");
      }
    }
  }

  @Test
  void theSameDocumentRenderedAgainHasTheSameBytes() {
    assertArrayEquals(Samples.render(Samples.packet(Paper.LETTER)),
        Samples.render(Samples.packet(Paper.LETTER)));
  }

  private static int gid(int codePoint) {
    return ((SharedProgramFont) Fonts.field()).getMetricsTT(codePoint)[0];
  }

  private static PDType0Font formFont(PDResources resources) throws IOException {
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font instanceof PDType0Font type0 && !font.getName().contains("+")) {
        return type0;
      }
    }
    throw new AssertionError("no full (not subset) font in the form's resources");
  }
}
