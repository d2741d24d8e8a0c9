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
 * The Word files, laid out by LibreOffice, break into exactly as many pages as their PDFs and
 * have no blank page, on Letter and A4: the Director loop with long names, titles and times
 * (overview, every packet and scorecard, the handout, the reference-check guide), the debrief of
 * its four scorecards filled in, and a training pack (guide, answer key, transcripts and their
 * scorecards). Skipped where LibreOffice ({@code soffice}) is not installed.
 */
class LibreOfficePagesTest {

  @TempDir Path tmp;

  @Test
  void wordFilesHaveExactlyThePdfsPageCountAndNoBlankPage() throws Exception {
    Path soffice = onPath("soffice");
    Assumptions.assumeTrue(soffice != null, "SKIPPED: LibreOffice (soffice) is not installed");
    String arial = arialAsLaidOut();
    Assumptions.assumeTrue(arial.contains("Liberation Sans") || arial.contains("Arial"),
        "SKIPPED: Arial is laid out as '" + arial + "', not Arial or its metric twin Liberation "
        + "Sans (install fonts-liberation), so line breaks cannot match");
    String role = "director-of-engineering";
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (String paper : List.of("letter", "a4")) {
      Path panel = Files.writeString(tmp.resolve(paper + ".yaml"), panel(role));
      Kit r = CliTest.kit("packet", "--role", role, "--panel", panel.toString(), "--paper", paper,
          "--out", tmp.resolve(paper).toString());
      assertEquals(0, r.exitCode(), r.err());
      List<Path> docx = new ArrayList<>(word(r.paths()));
      docx.addAll(word(debrief(r.paths(), paper)));
      Kit pack = CliTest.kit("training", "--role", role, "--out",
          tmp.resolve("training-" + paper).toString(), "--seed", "3", "--count", "3", "--date",
          "2026-12-01", "--paper", paper);
      assertEquals(0, pack.exitCode(), pack.err());
      docx.addAll(word(pack.paths()));
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
        Path pdf = word.resolveSibling(stem + ".pdf");
        Path laidOut = out.resolve(stem + ".pdf");
        assertTrue(Files.isRegularFile(laidOut), stem + ": " + Files.readString(
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
    assertTrue(compared >= 40, "only " + compared + " Word files compared");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** The family fontconfig gives LibreOffice for the Word files' Arial. */
  private static String arialAsLaidOut() throws Exception {
    Path fcMatch = onPath("fc-match");
    if (fcMatch == null) {
      return "unknown (no fc-match)";
    }
    Process p = new ProcessBuilder(fcMatch.toString(), "-f", "%{family}", "Arial")
        .redirectErrorStream(true).start();
    String family = new String(p.getInputStream().readAllBytes()).strip();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "fc-match did not finish");
    return family;
  }

  private static List<Path> word(List<Path> paths) {
    return paths.stream().filter(p -> p.toString().endsWith(".docx")).toList();
  }

  /** The debrief of the loop's four panel scorecards, each filled in by PDFBox. */
  private List<Path> debrief(List<Path> written, String paper) throws IOException {
    List<String> args = new ArrayList<>(List.of("debrief", "--paper", paper, "--out",
        tmp.resolve("debrief-" + paper).toString()));
    List<String> rounds = PrintQualityTest.ROUNDS.get("director-of-engineering");
    for (int i = 0; i < rounds.size(); i++) {
      String round = rounds.get(i);
      Path card = written.stream()
          .filter(p -> p.getFileName().toString().endsWith(round + "-scorecard.pdf"))
          .findFirst().orElseThrow();
      try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(card))) {
        int score = i;
        for (var field : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
          String n = field.getFullyQualifiedName();
          if (n.endsWith(":score")) {
            field.setValue(String.valueOf(score++ % 4 + 1));
          } else if (n.endsWith(":evidence")) {
            field.setValue("Walked through the 09:00 incident and the 60 min rollback plan.");
          } else if (n.endsWith(":recommendation")) {
            field.setValue(i % 2 == 0 ? "yes" : "strong-yes");
          }
        }
        doc.save(card.toFile());
      }
      args.add(card.toString());
    }
    Kit r = CliTest.kit(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return r.paths();
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
