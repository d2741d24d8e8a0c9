package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.interviewkit.print.Printing;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints scorecards to a real CUPS queue, {@value #QUEUE}, backed by cups-pdf, which writes every
 * job it receives as a PDF file; .ci/run installs and starts it. Each printed job is read back:
 * one per scorecard, the same number of pages, the requested paper size, and the candidate's
 * name printed where the source shows it.
 *
 * <p>Why the name is checked on the rendered page and not in extracted text: CUPS turns a PDF job
 * into PostScript for the cups-pdf driver (Ghostscript's ps2write), and Ghostscript writes the
 * PDF back with Type 3 fonts without a Unicode mapping, so the printed file has no extractable
 * text. cups-pdf does keep the job title, which carries the name, and the page images are
 * compared pixel by pixel where the name is drawn.
 */
class PrintTest {

  static final String QUEUE = "KitPDF";

  @TempDir Path tmp;
  static Path spool;

  @BeforeAll
  static void spoolerIsThere() throws IOException {
    List<String> names = Printing.printers().stream().map(Printing.PrinterInfo::name).toList();
    Assumptions.assumeTrue(names.contains(QUEUE), "SKIPPED: no CUPS queue '" + QUEUE
        + "' (printers seen: " + names + "); .ci/run installs cups and printer-driver-cups-pdf, "
        + "starts cupsd and adds the queue with lpadmin. The printing test needs that spooler.");
    spool = cupsPdfOutputFolder();
    Files.createDirectories(spool);
  }

  @Test
  void everyScorecardArrivesAsOneJobWithItsPagesPaperAndTheCandidatesName() throws Exception {
    printAndCheck("Jane Doe", "letter", 612, 792);
  }

  @Test
  void a4LoopsPrintOnA4() throws Exception {
    printAndCheck("Erika Mustermann", "a4", 595, 842);
  }

  @Test
  void unknownPrinterIsOneLineListingTheQueuesAndWritesNothing() {
    Kit r = CliTest.kit("scorecards", "--role", "director-of-engineering", "--candidate",
        "Jane Doe", "--print", "--printer", "NoSuchQueue", "--out", tmp.toString());
    assertEquals(9, r.exitCode(), r.err());
    assertTrue(r.err().strip().startsWith("kit: unknown printer 'NoSuchQueue'; available: "),
        r.err());
    assertTrue(r.err().contains(QUEUE), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.out().isEmpty(), "files were written: " + r.out());
  }

  private void printAndCheck(String name, String paper, int width, int height)
      throws Exception {
    // cups-pdf names each file after its job's title, so printing the same scorecards again
    // reuses names (and another run may print at the same time): the candidate's name, which the
    // job title carries, is made unique to this run, and jobs are told apart by that title.
    String candidate = name + " " + uniqueMark();
    Map<Path, FileTime> before = listPdfs();
    Path out = tmp.resolve("printed");
    Kit r = CliTest.kit("scorecards", "--role", "director-of-engineering", "--candidate",
        candidate, "--date", "2026-12-03", "--seed", "7", "--paper", paper, "--format", "pdf",
        "--print", "--printer", QUEUE, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<Path> sources = r.paths();
    assertEquals(5, sources.size(), r.out());
    assertTrue(r.err().contains("sent 5 PDF files to printer " + QUEUE), r.err());

    // The same scorecards for someone else: where the two differ is where the name is drawn.
    Kit control = CliTest.kit("scorecards", "--role", "director-of-engineering", "--candidate",
        "Xavier Quiñones-Ybarra", "--date", "2026-12-03", "--seed", "7", "--paper", paper,
        "--format", "pdf", "--out", tmp.resolve("control").toString());
    assertEquals(0, control.exitCode(), control.err());

    Map<String, Path> printed = awaitJobs(before, sources.size(), candidate);
    for (int i = 0; i < sources.size(); i++) {
      Path source = sources.get(i);
      String stem = source.getFileName().toString().replace(".pdf", "");
      Path job = printed.entrySet().stream()
          .filter(e -> e.getKey().contains(candidate + " - " + stem))
          .map(Map.Entry::getValue).findFirst()
          .orElseThrow(() -> new AssertionError("no printed job for " + stem + ": "
              + printed.keySet()));
      try (PDDocument src = Loader.loadPDF(source.toFile());
          PDDocument got = Loader.loadPDF(job.toFile());
          PDDocument other = Loader.loadPDF(control.paths().get(i).toFile())) {
        assertEquals(src.getNumberOfPages(), got.getNumberOfPages(), job + ": pages");
        for (int p = 0; p < got.getNumberOfPages(); p++) {
          PDRectangle box = got.getPage(p).getMediaBox();
          assertEquals(width, Math.round(box.getWidth()), job + " page " + (p + 1) + " width");
          assertEquals(height, Math.round(box.getHeight()), job + " page " + (p + 1) + " height");
        }
        String title = got.getDocumentInformation().getTitle();
        assertTrue(title != null && title.contains(candidate + " - " + stem),
            job + ": job title " + title);
        assertNamePrinted(render(src), render(got), render(other), job);
      }
    }
  }

  /**
   * On the first page, the pixels where the candidate's and the control's scorecards differ are
   * the name: there, the printed page must look like the candidate's and not like the control's.
   */
  private static void assertNamePrinted(BufferedImage mine, BufferedImage printed,
      BufferedImage control, Path job) {
    int w = Math.min(mine.getWidth(), printed.getWidth());
    int h = Math.min(mine.getHeight(), printed.getHeight());
    long pixels = 0;
    long toMine = 0;
    long toControl = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int a = mine.getRGB(x, y) & 0xFF;
        int c = control.getRGB(x, y) & 0xFF;
        if (Math.abs(a - c) > 96) {
          int p = printed.getRGB(x, y) & 0xFF;
          pixels++;
          toMine += Math.abs(p - a);
          toControl += Math.abs(p - c);
        }
      }
    }
    assertTrue(pixels > 50, job + ": the name covers too few pixels to compare: " + pixels);
    assertTrue(toMine * 2 < toControl, job + ": the printed name does not match the candidate's"
        + " (distance " + toMine + " to the candidate's page, " + toControl + " to another's)");
  }

  private static BufferedImage render(PDDocument doc) throws IOException {
    return new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.GRAY);
  }

  /** Four letters that make this run's job titles unlike any earlier or concurrent run's. */
  private static String uniqueMark() {
    java.util.Random random = new java.util.Random();
    StringBuilder mark = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      mark.append((char) ('A' + random.nextInt(26)));
    }
    return mark.charAt(0) + mark.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Waits until {@code count} complete PDF files whose job title names {@code candidate} are in
   * the cups-pdf folder (new files, or files written again since {@code before}); by title.
   */
  private static Map<String, Path> awaitJobs(Map<Path, FileTime> before, int count,
      String candidate) throws Exception {
    long deadline = System.nanoTime() + 90_000_000_000L;
    Map<String, Path> done = new LinkedHashMap<>();
    while (System.nanoTime() < deadline) {
      for (Map.Entry<Path, FileTime> e : listPdfs().entrySet()) {
        Path p = e.getKey();
        if (!e.getValue().equals(before.get(p)) && !done.containsValue(p)) {
          String title = completeTitle(p);
          if (title != null && title.contains(candidate)) {
            done.put(title, p);
          }
        }
      }
      if (done.size() >= count) {
        return done;
      }
      Thread.sleep(500);
    }
    fail("after 90 s, " + done.size() + " of " + count + " print jobs had arrived in " + spool
        + " (see /var/log/cups/error_log and 'lpstat -o'): " + done.keySet());
    return done;
  }

  /** The job title of a completely written PDF, or null while it is still being written. */
  private static String completeTitle(Path pdf) {
    try {
      long size = Files.size(pdf);
      if (size < 1000) {
        return null;
      }
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        String title = doc.getDocumentInformation().getTitle();
        return doc.getNumberOfPages() > 0 && Files.size(pdf) == size
            ? (title == null ? "" : title) : null;
      }
    } catch (IOException e) {
      return null; // still being written
    }
  }

  /** The PDF files in the cups-pdf folder, with their modification times. */
  private static Map<Path, FileTime> listPdfs() throws IOException {
    Map<Path, FileTime> pdfs = new HashMap<>();
    try (Stream<Path> files = Files.list(spool)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
        try {
          pdfs.put(f, Files.getLastModifiedTime(f));
        } catch (IOException gone) {
          // Removed or replaced while listing: the next look sees it.
        }
      }
    }
    return pdfs;
  }

  /** cups-pdf's {@code Out} folder from /etc/cups/cups-pdf.conf, {@code ~/PDF} by default. */
  static Path cupsPdfOutputFolder() throws IOException {
    String folder = "${HOME}/PDF";
    Path conf = Path.of("/etc/cups/cups-pdf.conf");
    if (Files.isReadable(conf)) {
      for (String line : Files.readAllLines(conf, StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.startsWith("Out ") || t.startsWith("Out\t")) {
          folder = t.substring(4).strip();
        }
      }
    }
    return Path.of(folder.replace("${HOME}", System.getProperty("user.home"))
        .replace("${USER}", System.getProperty("user.name")));
  }
}
