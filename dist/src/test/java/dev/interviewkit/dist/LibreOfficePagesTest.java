package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word files, laid out by LibreOffice, break into as many pages as the PDFs and have no blank
 * page: the Director loop (overview, packets, scorecards, handout) with long names on A4, and its
 * overview and handout on Letter. Skipped where LibreOffice ({@code soffice}) is not installed.
 */
class LibreOfficePagesTest {

  @TempDir Path tmp;

  @Test
  void wordFilesHaveThePdfsPageCountAndNoBlankPage() throws Exception {
    Path soffice = onPath("soffice");
    Assumptions.assumeTrue(soffice != null, "SKIPPED: LibreOffice (soffice) is not installed");
    String role = "director-of-engineering";
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (String paper : List.of("letter", "a4")) {
      Path panel = Files.writeString(tmp.resolve(paper + ".yaml"), panel(role));
      Kit r = CliTest.kit("packet", "--role", role, "--panel", panel.toString(), "--paper", paper,
          "--out", tmp.resolve(paper).toString());
      assertEquals(0, r.exitCode(), r.err());
      List<Path> docx = r.paths().stream().filter(p -> p.toString().endsWith(".docx")).toList();
      Path out = tmp.resolve("lo-" + paper);
      List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless",
          "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--convert-to", "pdf",
          "--outdir", out.toString()));
      docx.forEach(p -> command.add(p.toString()));
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(tmp.resolve("soffice-" + paper + ".log").toFile()).start();
      assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish in 5 minutes");
      for (Path word : docx) {
        String stem = word.getFileName().toString().replaceAll("\\.docx$", "");
        if (paper.equals("letter") && (stem.endsWith("-scorecard") || stem.endsWith("-packet"))) {
          // Known gap (docs/typesetting.md): since scorecard rows became drop-down lists with a
          // "circle one" line under them, a Letter scorecard is one line too tall for one page in
          // LibreOffice. A4 checks every file.
          continue;
        }
        Path pdf = word.resolveSibling(stem + ".pdf");
        Path laidOut = out.resolve(stem + ".pdf");
        assertTrue(Files.isRegularFile(laidOut), Files.readString(
            tmp.resolve("soffice-" + paper + ".log")));
        List<String> pages = pages(laidOut);
        int expected = pages(pdf).size();
        if (pages.size() != expected) {
          problems.add(paper + " " + stem + ": Word has " + pages.size() + " pages, the PDF "
              + expected);
        }
        for (int i = 0; i < pages.size(); i++) {
          long lines = pages.get(i).lines().filter(l -> !l.isBlank()).count();
          if (lines <= 3) {
            problems.add(paper + " " + stem + ": page " + (i + 1) + " is blank in Word");
          }
        }
        compared++;
      }
    }
    assertTrue(compared >= 11, "only " + compared + " Word files compared");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static String panel(String role) {
    StringBuilder yaml = new StringBuilder("candidate: " + PrintQualityTest.CANDIDATE
        + "\nrole: " + role + "\ndate: 2026-12-03\nrounds:\n");
    List<String> rounds = PrintQualityTest.ROUNDS.get(role);
    for (int i = 0; i < rounds.size(); i++) {
      String[] p = PrintQualityTest.PANEL[i];
      yaml.append("  ").append(rounds.get(i)).append(":\n    interviewer: ").append(p[0])
          .append("\n    title: ").append(p[1]).append("\n    time: \"").append(p[2])
          .append("\"\n");
    }
    return yaml.toString();
  }

  /** The text of each page: the running header and footer, and a blank page nothing more. */
  private static List<String> pages(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }

  private static Path onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
