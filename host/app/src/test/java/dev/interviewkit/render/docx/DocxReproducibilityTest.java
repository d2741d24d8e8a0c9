package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class DocxReproducibilityTest {

  @Test
  void sameDocumentRendersToIdenticalBytes() {
    byte[] first = RenderedDocx.bytes(SampleDocuments.packet());
    byte[] second = RenderedDocx.bytes(SampleDocuments.packet());

    assertArrayEquals(first, second);
  }

  @Test
  void bytesDoNotDependOnTimeZoneOrLocale() {
    byte[] reference = RenderedDocx.bytes(SampleDocuments.packet());
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      byte[] elsewhere = RenderedDocx.bytes(SampleDocuments.packet());
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      byte[] further = RenderedDocx.bytes(SampleDocuments.packet());

      assertArrayEquals(reference, elsewhere);
      assertArrayEquals(reference, further);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void zipEntriesComeInAFixedOrderDatedTheLoopDate() throws IOException {
    byte[] docx = RenderedDocx.bytes(SampleDocuments.packet());

    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertEquals(LocalDateTime.of(2026, 3, 14, 0, 0), e.getTimeLocal(), e.getName());
      }
    }
    assertEquals("[Content_Types].xml", names.get(0));
    assertEquals("_rels/.rels", names.get(1));
    List<String> rest = names.subList(2, names.size());
    assertEquals(rest.stream().sorted().toList(), rest);
  }

  @Test
  void datesOutsideTheZipRangeAreClamped() {
    assertEquals(
        java.time.LocalDate.of(1980, 1, 1), StableZip.clamp(java.time.LocalDate.of(1970, 6, 1)));
    assertEquals(
        java.time.LocalDate.of(2107, 12, 31), StableZip.clamp(java.time.LocalDate.of(2200, 1, 1)));
  }
}
