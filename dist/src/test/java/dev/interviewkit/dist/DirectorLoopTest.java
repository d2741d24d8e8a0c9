package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full Director loop generated from the built plugin jars, loaded by pf4j in deployment mode. */
class DirectorLoopTest {

  static final String NAME = "Zoë Ångström-Дмитриев";
  static final List<String> ROUNDS = List.of("Systems design", "Engineering leadership scenario",
      "Org design and planning exercise", "Delivery and cross-functional partnership",
      "Hiring and team building");

  @TempDir static Path out;
  static Kit run;

  @BeforeAll
  static void generate() {
    run = Kit.run("packet", "--role", "director-of-engineering", "--candidate", NAME,
        "--date", "2026-12-03", "--seed", "7", "--out", out.toString(),
        "--plugins", Kit.PLUGINS.toString(), "--banks", Kit.BANKS.toString());
  }

  @Test
  void writesOverviewPacketsAndScorecardsInBothFormatsAndPrintsEveryPath() throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    List<Path> written = run.paths();
    long pdfs = written.stream().filter(p -> p.toString().endsWith(".pdf")).count();
    long docx = written.stream().filter(p -> p.toString().endsWith(".docx")).count();
    assertEquals(pdfs, docx);
    assertTrue(pdfs >= 1 + 2 * ROUNDS.size(), "too few files: " + written);
    for (Path p : written) {
      assertTrue(Files.size(p) > 1000, p + " is nearly empty");
      assertTrue(p.startsWith(out), p + " is outside the output folder");
    }
    assertTrue(written.get(0).getParent().getFileName().toString()
        .equals("2026-12-03-zoe-angstrom-dmitriev_741b91-director-of-engineering"),
        written.get(0).toString());
  }

  @Test
  void overviewNamesTheCandidateEveryRoundAndPageNumbers() throws IOException {
    String text = pdfText(file("00-overview.pdf"));
    assertTrue(text.contains(NAME), "candidate name missing or altered");
    for (String round : ROUNDS) {
      assertTrue(text.contains(round), "round missing from overview: " + round);
    }
    assertTrue(text.contains("Page 1 of "));
    assertTrue(text.contains("Confidential — interviewer use only"));
    assertTrue(text.contains("Seed"));
  }

  @Test
  void everyPacketPrintsItsCompetenciesWithEmbeddedFonts() throws IOException {
    for (Path pdf : run.paths().stream().filter(p -> p.toString().endsWith("-packet.pdf"))
        .toList()) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        String text = new PDFTextStripper().getText(doc);
        assertTrue(text.contains(NAME), pdf + ": name");
        assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), pdf + ": footer");
        assertTrue(text.contains("Strong answers show") && text.contains("Red flags"), pdf + "");
        for (PDPage page : doc.getPages()) {
          for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            assertTrue(font.isEmbedded(), pdf + ": font " + font.getName() + " not embedded");
          }
        }
      }
    }
  }

  @Test
  void scorecardsCarryEveryCompetencyOfTheirRound() throws IOException {
    String card = pdfText(file("11-systems-design-scorecard.pdf"));
    for (String competency : List.of("Architecture judgement", "Technical risk")) {
      assertTrue(card.toLowerCase().contains(competency.toLowerCase()),
          "scorecard misses " + competency);
    }
    for (String choice : List.of("Strong No", "Strong Yes", "Not assessed", "3 Meets")) {
      assertTrue(card.contains(choice), "scorecard misses " + choice);
    }
  }

  @Test
  void everyScorecardFormFitsOnItsFirstPage() throws IOException {
    for (Path pdf : run.paths().stream().filter(p -> p.toString().endsWith("-scorecard.pdf"))
        .toList()) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        PDFTextStripper first = new PDFTextStripper();
        first.setStartPage(1);
        first.setEndPage(1);
        String page = first.getText(doc).replaceAll("\\s+", " ");
        String round = pdf.getFileName().toString().replaceAll("^\\d+-|-scorecard\\.pdf$", "");
        var fields = doc.getDocumentCatalog().getAcroForm().getFields();
        long onFirstPage = fields.stream().filter(f -> f.getWidgets().stream()
            .allMatch(w -> w.getPage() == null || doc.getPages().indexOf(w.getPage()) == 0))
            .count();
        assertEquals(fields.size(), onFirstPage, pdf + ": a form field is not on page 1");
        assertTrue(page.contains("Overall recommendation"), pdf + ": recommendation on page 2");
        assertTrue(page.contains("Score on your own, before the debrief"), pdf + "");
        assertTrue(fields.stream().anyMatch(f -> f.getFullyQualifiedName()
            .equals(round + ":recommendation")), pdf + ": no recommendation field");
      }
    }
  }

  @Test
  void wordFilesCarryTheSameContent() throws IOException {
    for (Path docx : run.paths().stream().filter(p -> p.toString().endsWith(".docx")).toList()) {
      try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
          XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
        String text = extractor.getText();
        assertTrue(text.contains(NAME), docx + ": name");
        boolean pageField = false;
        for (XWPFFooter footer : doc.getFooterList()) {
          pageField |= footer._getHdrFtr().xmlText().contains("NUMPAGES");
        }
        assertTrue(pageField, docx + ": no Page X of Y field");
      }
    }
    String overview = docxText(file("00-overview.docx"));
    for (String round : ROUNDS) {
      assertTrue(overview.contains(round), "round missing from Word overview: " + round);
    }
  }

  @Test
  void refusesToOverwriteAnEarlierRunWithoutForce() {
    Kit again = Kit.run("packet", "--role", "director-of-engineering", "--candidate", NAME,
        "--date", "2026-12-03", "--seed", "7", "--out", out.toString(),
        "--plugins", Kit.PLUGINS.toString(), "--banks", Kit.BANKS.toString());
    assertEquals(6, again.exitCode());
    assertTrue(again.err().contains("already exists; use --force"), again.err());
    assertFalse(again.err().contains("\tat "), "stack trace printed");
  }

  static Path file(String name) {
    return run.paths().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not written: " + run.out()));
  }

  /** The text with every run of white space as one space, as table cells wrap lines. */
  static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("(\\S-)\\s+", "$1")
          .replaceAll("\\s+", " ");
    }
  }

  static String docxText(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }
}
