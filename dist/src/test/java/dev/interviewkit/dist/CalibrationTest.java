package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kit calibration} end to end: an export in, four files out, faults as one line each. */
class CalibrationTest {

  @TempDir Path tmp;

  /** Loops of three panelists scoring two competencies each; "Hal Hart" one point below. */
  private Path history(int loops) throws IOException {
    StringBuilder csv = new StringBuilder("loop,date,role,candidate,round,interviewer,competency,"
        + "questions,score,recommendation,decision\n");
    Random random = new Random(5);
    List<String> pool = List.of("Hal Hart", "Ana Silva", "Bea Cole", "Cy Dunn", "Di Eze");
    for (int l = 0; l < loops; l++) {
      int truth = 2 + random.nextInt(3);
      int start = random.nextInt(pool.size());
      for (int r = 0; r < 3; r++) {
        String who = pool.get((start + r) % pool.size());
        for (String competency : List.of("technical-risk", "coaching")) {
          int score = who.equals("Hal Hart") ? truth - 1
              : Math.max(1, Math.min(4, truth + (random.nextInt(5) == 0 ? 1 : 0)));
          csv.append("L").append(l).append(",2026-0").append(1 + l % 9).append("-1")
              .append(l % 9).append(",director-of-engineering,c").append(l).append(",round-")
              .append(r).append(',').append(who).append(',').append(competency).append(",q")
              .append(l % 5).append(',').append(score).append(",yes,")
              .append(truth >= 3 ? "hire" : "no-hire").append('\n');
        }
      }
    }
    Path file = tmp.resolve("history.csv");
    Files.writeString(file, csv);
    return file;
  }

  private static Kit kit(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--plugins", Kit.PLUGINS.toString(), "--banks", Kit.BANKS.toString()));
    return Kit.run(all.toArray(String[]::new));
  }

  @Test
  void writesTheReportIntoItsOwnFolderAndNamesTheHarshInterviewer() throws IOException {
    Path out = tmp.resolve("out");
    Kit run = kit("calibration", "--observations", history(120).toString(), "--out",
        out.toString(), "--date", "2026-12-02", "--role", "director-of-engineering");
    assertEquals(0, run.exitCode(), run.err());
    Path folder = out.resolve("2026-12-02-calibration-director-of-engineering");
    assertEquals(List.of("calibration.pdf", "calibration.docx", "calibration.csv",
        "calibration.json").stream().map(folder::resolve).toList(), run.paths());
    try (PDDocument pdf = Loader.loadPDF(folder.resolve("calibration.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ');
      String line = text.lines().filter(l -> l.startsWith("Hal Hart")).findFirst().orElseThrow();
      assertTrue(line.matches("Hal Hart \\d+ \\d+ -(0\\.[89]\\d|1\\.[01]\\d) .*harsher than panels"),
          line);
      assertTrue(text.contains("Technical risk"), "competency titles come from the banks");
    }
    Kit again = kit("calibration", "--observations", history(120).toString(), "--out",
        out.toString(), "--date", "2026-12-02", "--role", "director-of-engineering");
    assertEquals(6, again.exitCode(), "an earlier report is kept without --force");
  }

  @Test
  void aBadExportIsRefusedWithOneLinePerFaultAndNothingIsWritten() throws IOException {
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "loop,date,role,round,interviewer,competency,score\n"
        + "L1,2026-01-02,cto,r,Ann,risk,7\n");
    Path out = tmp.resolve("out");
    Kit run = kit("calibration", "--observations", bad.toString(), "--out", out.toString());
    assertEquals(3, run.exitCode());
    assertEquals(bad + ":2:1: 'score': expected 1, 2, 3 or 4, got '7'", run.err().strip());
    assertFalse(Files.exists(out));
    Kit since = kit("calibration", "--observations", bad.toString(), "--since", "May");
    assertEquals(2, since.exitCode());
    assertTrue(since.err().contains("--since must be YYYY-MM-DD, got 'May'"), since.err());
  }
}
