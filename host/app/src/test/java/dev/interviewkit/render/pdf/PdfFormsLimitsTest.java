package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** Hostile PDFs are refused by a named limit before OpenPDF can overflow or exhaust memory. */
class PdfFormsLimitsTest {

  private static String refusal(byte[] pdf) {
    return assertThrows(IOException.class, () -> PdfForms.read("x.pdf", pdf)).getMessage();
  }

  private static byte[] pdf(String body) {
    return ("%PDF-1.4\n1 0 obj\n" + body + "\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void deeplyNestedArrayIsRefusedWithoutAStackOverflow() {
    String deep = "[".repeat(50_000) + "]".repeat(50_000);
    assertEquals("x.pdf nests arrays or dictionaries deeper than the limit of 64 levels",
        refusal(pdf("<< /Type /Catalog /A " + deep + " >>")));
  }

  @Test
  void streamInflatingPastTheLimitIsRefusedWithoutInflatingIt() {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(new byte[(int) BoundedPdfReader.MAX_INFLATED + 1]);
    deflater.finish();
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    while (!deflater.finished()) {
      packed.write(buffer, 0, deflater.deflate(buffer));
    }
    String head = "<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Length " + packed.size()
        + " /Filter /FlateDecode >>\nstream\n";
    String data = new String(packed.toByteArray(), StandardCharsets.ISO_8859_1);
    assertEquals("x.pdf has compressed streams that inflate to more than the limit of 32 MB",
        refusal(pdf(head + data + "\nendstream")));
  }

  @Test
  void hugeObjectNumberIsRefusedBeforeOpenPdfSizesItsTables() {
    assertEquals("x.pdf has more objects than the limit of 100000",
        refusal(pdf("<< /Type /Catalog >>\nendobj\n2000000000 0 obj\n<< >>")));
    assertEquals("x.pdf has more objects than the limit of 100000",
        refusal(pdf("<< /Type /Catalog /Size 999999999 >>")));
  }

  @Test
  void encryptedScorecardIsRefusedInOneLine() throws IOException {
    byte[] plain = Samples.render(Samples.packet(Paper.LETTER));
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (PDDocument doc = PdfText.load(plain)) {
      doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      doc.save(encrypted);
    }
    String message = refusal(encrypted.toByteArray());
    assertEquals("x.pdf is encrypted (password-protected); send an unprotected copy", message);
    assertTrue(PdfForms.read("plain.pdf", plain).fields().containsKey("overall"));
  }
}
