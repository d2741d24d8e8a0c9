package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.BulletList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A bullet of a right-to-left item stands at the right, where the item starts, clear of it. */
class PdfRightToLeftListTest {

  @Test
  void theBulletOfARightToLeftItemIsRightOfItsTextAndLeftToRightListsKeepTheirs()
      throws IOException {
    String hebrew = "דנה כהן, Systems design (3): “שלום עולם, היא אמרה תודה ואז יצאה”";
    byte[] pdf = Samples.render(Samples.document(List.of(
        new BulletList(List.of(hebrew, "דנה כהן, Systems design (2): “مرحبا بالعالم، قالت شكرا”")),
        new BulletList(List.of("Plain English item")))));

    List<TextPosition> glyphs = new ArrayList<>();
    try (PDDocument doc = PdfText.load(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String s, List<TextPosition> positions) throws IOException {
          glyphs.addAll(positions);
        }
      }.getText(doc);
    }
    List<TextPosition> bullets = glyphs.stream().filter(g -> g.getUnicode().equals("•"))
        .sorted(java.util.Comparator.comparing(TextPosition::getYDirAdj)).toList();
    assertEquals(3, bullets.size(), "one bullet per item");
    assertEquals(bullets.get(0).getXDirAdj(), bullets.get(1).getXDirAdj(), 0.5f,
        "right-to-left items start at the same right edge, however long");
    TextPosition rtl = bullets.get(0);
    assertTrue(sameLine(rtl, glyph(glyphs, "ש")), "the Hebrew item's bullet is on its line");
    assertTrue(rtl.getXDirAdj() > 500f, "at the right margin, where the item starts: "
        + rtl.getXDirAdj());
    for (TextPosition g : glyphs) {
      if (g != rtl && sameLine(g, rtl) && !g.getUnicode().isBlank()) {
        assertTrue(g.getXDirAdj() + g.getWidthDirAdj() <= rtl.getXDirAdj() + 0.5f,
            "'" + g.getUnicode() + "' at " + g.getXDirAdj() + " runs into the bullet at "
                + rtl.getXDirAdj());
      }
    }
    TextPosition ltr = bullets.get(2);
    assertTrue(sameLine(ltr, glyph(glyphs, "P")), "the English item's bullet is on its line");
    assertTrue(ltr.getXDirAdj() < glyph(glyphs, "P").getXDirAdj(), "English bullet on the left");
  }

  private static TextPosition glyph(List<TextPosition> glyphs, String unicode) {
    return glyphs.stream().filter(g -> g.getUnicode().equals(unicode)).findFirst().orElseThrow();
  }

  private static boolean sameLine(TextPosition a, TextPosition b) {
    return Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 1f;
  }
}
