package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kit batch}: many loops in one run; a bad row is reported by its line, the rest written. */
class BatchTest {

  @TempDir Path tmp;

  @Test
  void csvBatchWritesTheGoodRowsAndNamesTheBadRowsLine() throws IOException {
    Files.writeString(tmp.resolve("panel.yaml"), """
        candidate: Zoë Ångström
        date: 2026-12-05
        """);
    Path batch = Files.writeString(tmp.resolve("batch.csv"), """
        candidate,role,date,panel,seed,format,paper
        Jane Doe,director-of-engineering,2026-12-03,,,pdf,
        "Lee, Sam",cto,2026-12-04,,42,pdf;docx,a4
        Bad Row,head-chef,2026-12-04,,,pdf,
        ,engineering-manager,,panel.yaml,,pdf,
        """);
    Path out = tmp.resolve("out");
    Kit r = CliTest.kit("batch", batch.toString(), "--out", out.toString());

    assertEquals(3, r.exitCode(), r.err());
    String badRow = r.err().lines().filter(l -> l.contains(batch + ":4: unknown role 'head-chef'; "
        + "installed roles: ")).findFirst().orElseThrow(() -> new AssertionError(r.err()));
    CliTest.assertInstalledRolesListed(badRow);
    assertTrue(r.err().contains("batch: 3 of 4 loops written"), r.err());
    assertTrue(r.err().contains("1 failed"), r.err());

    Path jane = out.resolve("2026-12-03-jane-doe-director-of-engineering");
    assertTrue(pdfText(jane.resolve("00-overview.pdf")).contains("Jane Doe"));
    assertFalse(Files.exists(jane.resolve("00-overview.docx")), "format pdf asked for PDF only");
    Path sam = out.resolve("2026-12-04-lee-sam-cto");
    assertTrue(pdfText(sam.resolve("00-overview.pdf")).contains("Lee, Sam"));
    assertTrue(Files.exists(sam.resolve("00-overview.docx")));
    Path zoe = out.resolve("2026-12-05-zoe-angstrom_"
        + new dev.interviewkit.output.LoopFolder("engineering-manager",
            java.time.LocalDate.parse("2026-12-05"), "Zoë Ångström").id()
        + "-engineering-manager");
    assertTrue(pdfText(zoe.resolve("00-overview.pdf")).contains("Zoë Ångström"),
        "the candidate comes from the panel file, found relative to the batch file");
    for (Path p : r.paths()) {
      assertTrue(Files.isRegularFile(p), p + " was printed but not written");
    }
    assertFalse(r.paths().isEmpty());
  }

  @Test
  void rowsRenderedAheadAreStillWrittenInRowOrderAndARepeatedLoopIsRefused() throws IOException {
    Path batch = Files.writeString(tmp.resolve("batch.csv"), """
        candidate,role,date,seed,format
        Ada One,cto,2026-12-01,1,pdf
        Ben Two,engineering-manager,2026-12-01,2,pdf
        Ada One,cto,2026-12-01,3,pdf
        Cy Three,vp-of-engineering,2026-12-01,4,pdf
        Di Four,director-of-engineering,2026-12-01,5,pdf
        """);
    Path out = tmp.resolve("out");
    Kit r = CliTest.kit("batch", batch.toString(), "--out", out.toString());

    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(batch + ":4: "), r.err());
    assertTrue(r.err().contains("is also the folder of the row at line 2"), r.err());
    assertTrue(r.err().contains("batch: 4 of 5 loops written"), r.err());
    List<String> folders = r.paths().stream()
        .map(p -> p.getParent().getFileName().toString()).distinct().toList();
    assertEquals(List.of("2026-12-01-ada-one-cto", "2026-12-01-ben-two-engineering-manager",
        "2026-12-01-cy-three-vp-of-engineering", "2026-12-01-di-four-director-of-engineering"),
        folders);
    assertTrue(pdfText(out.resolve("2026-12-01-ada-one-cto/00-overview.pdf")).contains("Ada One"));
    List<String> progress = r.err().lines().filter(l -> l.startsWith("batch: [")).toList();
    assertEquals(5, progress.size(), r.err());
    assertEquals("batch: [1/5] ok Ada One (cto)", progress.get(0));
    assertEquals("batch: [2/5] ok Ben Two (engineering-manager)", progress.get(1));
    assertTrue(progress.get(2).startsWith("batch: [3/5] FAILED " + batch + ":4: "),
        progress.get(2));
    assertEquals("batch: [4/5] ok Cy Three (vp-of-engineering)", progress.get(3));
    assertEquals("batch: [5/5] ok Di Four (director-of-engineering)", progress.get(4));
  }

  @Test
  void yamlBatchWritesTheGoodRowsAndNamesTheBadRowsLine() throws IOException {
    Path batch = Files.writeString(tmp.resolve("loops.yaml"), """
        loops:
          - candidate: Ana Ruiz
            role: vp-of-engineering
            date: 2026-12-03
            format: [pdf]
          - candidate: Bo Chen
            role: director-of-engineering
            date: 2026-12-32
          - candidate: Cy Park
            role: cto
            date: 2026-12-03
            format: pdf
        """);
    Path out = tmp.resolve("out");
    Kit r = CliTest.kit("batch", batch.toString(), "--out", out.toString());

    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(batch + ":6: date must be YYYY-MM-DD, got '2026-12-32'"),
        r.err());
    assertTrue(pdfText(out.resolve("2026-12-03-ana-ruiz-vp-of-engineering/00-overview.pdf"))
        .contains("Ana Ruiz"));
    assertTrue(pdfText(out.resolve("2026-12-03-cy-park-cto/00-overview.pdf")).contains("Cy Park"));
    assertTrue(r.err().contains("batch: 2 of 3 loops written"), r.err());
  }

  @Test
  void allGoodRowsExitZeroAndARerunNeedsForce() throws IOException {
    Path batch = Files.writeString(tmp.resolve("one.csv"), """
        candidate,role,date,format
        Jane Doe,cto,2026-12-03,pdf
        """);
    Path out = tmp.resolve("out");
    Kit first = CliTest.kit("batch", batch.toString(), "--out", out.toString());
    assertEquals(0, first.exitCode(), first.err());
    Kit again = CliTest.kit("batch", batch.toString(), "--out", out.toString());
    assertEquals(3, again.exitCode());
    assertTrue(again.err().contains(batch + ":2: "), again.err());
    assertTrue(again.err().contains("--force"), again.err());
    Kit forced = CliTest.kit("batch", batch.toString(), "--out", out.toString(), "--force");
    assertEquals(0, forced.exitCode(), forced.err());
  }

  @Test
  void anUnknownColumnStopsTheBatchBeforeAnyLoop() throws IOException {
    Path batch = Files.writeString(tmp.resolve("bad.csv"), """
        candidate,role,colour
        Jane Doe,cto,blue
        """);
    Kit r = CliTest.kit("batch", batch.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(3, r.exitCode());
    assertEquals("kit: " + batch + ":1:16: unknown column 'colour'; columns are candidate, role, "
        + "date, panel, seed, format, paper", r.err().strip());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  private static String pdfText(Path pdf) throws IOException {
    assertTrue(Files.isRegularFile(pdf), pdf + " is missing");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
