package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hiring manager's reference-check guide, read back from PDF (PDFBox) and Word (POI). */
class ReferenceCheckTest {

  @TempDir Path out;

  static String pdf(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  static String docx(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      return text.getText().replaceAll("\\s+", " ");
    }
  }

  @Test
  void directorGuideSaysWhoToCallAndAsksAboutEveryCompetencyTheLoopScores() throws IOException {
    Kit plan = CliTest.kit("plan", "--role", "director-of-engineering", "--candidate", "Jane Doe",
        "--date", "2026-12-03", "--seed", "11", "--json");
    Kit packet = CliTest.kit("packet", "--role", "director-of-engineering", "--candidate",
        "Jane Doe", "--date", "2026-12-03", "--seed", "11", "--out", out.toString());
    assertEquals(0, packet.exitCode(), packet.err());
    Path folder = out.resolve("2026-12-03-jane-doe-director-of-engineering");
    assertTrue(packet.paths().contains(folder.resolve("30-reference-check.pdf")), packet.out());
    assertTrue(packet.paths().contains(folder.resolve("30-reference-check.docx")), packet.out());
    List<String> scored = plan.out().lines().filter(l -> l.contains("\"scores\""))
        .flatMap(l -> List.of(l.substring(l.indexOf('[') + 1, l.indexOf(']')).split(", "))
            .stream()).map(s -> s.replace("\"", "")).distinct().toList();
    assertTrue(scored.size() >= 8, scored.toString());
    for (String text : List.of(pdf(folder.resolve("30-reference-check.pdf")),
        docx(folder.resolve("30-reference-check.docx")))) {
      assertTrue(text.contains("Reference-check guide"), text);
      assertTrue(text.contains("Jane Doe"));
      assertTrue(text.contains("References from former EMs weigh heavily"), text);
      assertTrue(text.contains("A strong reference describes"));
      assertTrue(text.contains("A weak reference describes"));
      assertTrue(text.contains("Notes · Headcount planning"), text);
      assertTrue(text.contains("What the references confirmed"));
      assertTrue(text.contains("Scored in: Org design and planning exercise"), text);
      assertTrue(text.contains("How did Jane Doe handle coaching managers?"), text);
    }
  }

  @Test
  void engineeringManagerGuideAsksForFormerReports() throws IOException {
    Kit packet = CliTest.kit("packet", "--role", "engineering-manager", "--candidate", "Sam Lee",
        "--date", "2026-12-03", "--format", "docx", "--out", out.toString());
    assertEquals(0, packet.exitCode(), packet.err());
    String text = docx(out.resolve("2026-12-03-sam-lee-engineering-manager")
        .resolve("30-reference-check.docx"));
    assertTrue(text.contains("engineers who reported to the candidate"), text);
    assertTrue(text.contains("Notes · Performance management"), text);
  }
}
