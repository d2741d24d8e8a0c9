package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.output.LockedException;
import dev.interviewkit.output.OutputException;
import dev.interviewkit.output.OutputSet;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each loop has a folder of its own, one writer at a time, and no link is ever followed. */
class UniqueLoopTest extends Services {

  private static final String ROLE = "engineering-manager";
  private static final String LOCK = ".interview-kit.lock";
  private static LoopService service;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    service = new LoopService(host, catalog);
  }

  @Test
  void twoCjkNamesZoeWithAndWithoutTheDiaeresisGetFourFoldersAndTrueCounts() throws IOException {
    Path batch = Files.writeString(tmp.resolve("loops.csv"), """
        candidate,role,date,format
        王伟,engineering-manager,2026-12-07,docx
        李娜,engineering-manager,2026-12-07,docx
        Zoë,engineering-manager,2026-12-07,docx
        Zoe,engineering-manager,2026-12-07,docx
        """); // Word: the PDFs need a CJK font, which CjkNamesPdfTest covers
    Path out = tmp.resolve("out");
    for (int run = 0; run < 2; run++) { // the second run finds every loop in its own folder again
      Kit r = CliTest.kit("batch", batch.toString(), "--out", out.toString(), "--force");
      assertEquals(0, r.exitCode(), r.err());
      List<Path> folders = list(out);
      assertEquals(4, folders.size(), folders.toString());
      long onDisk = 0;
      for (Path folder : folders) {
        onDisk += list(folder).size();
      }
      assertEquals(r.paths().size(), onDisk, "printed paths vs files on disk");
      assertTrue(r.err().contains("batch: 4 of 4 loops written (" + onDisk + " files under "),
          r.err());
      for (String name : List.of("王伟", "李娜", "Zoë", "Zoe")) {
        long holding = folders.stream().filter(f -> overviewNames(f, name)).count();
        assertEquals(1, holding, name + " should be in exactly one folder: " + folders);
      }
    }
    List<String> names = list(out).stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.contains("2026-12-07-zoe-" + ROLE), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.matches("2026-12-07-wang-wei_[0-9a-f]{6}-" + ROLE)),
        names.toString());
    assertTrue(names.stream().anyMatch(n -> n.matches("2026-12-07-li-na_[0-9a-f]{6}-" + ROLE)),
        names.toString());
    assertTrue(names.stream().anyMatch(n -> n.matches("2026-12-07-zoe_[0-9a-f]{6}-" + ROLE)),
        names.toString());
  }

  @Test
  void twentyConcurrentPairsOnOneLoopGiveOneSuccessAndOneClearRefusalEach() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int pair = 0; pair < 20; pair++) {
        Path out = tmp.resolve("pair-" + pair);
        OutputSet a = render(out, 2L * pair);
        OutputSet b = render(out, 2L * pair + 1);
        assertEquals(a.folder(), b.folder());
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Object> fa = threads.submit(() -> attempt(a, start));
        Future<Object> fb = threads.submit(() -> attempt(b, start));
        Object ra = fa.get();
        Object rb = fb.get();
        boolean aWon = ra instanceof List;
        boolean bWon = rb instanceof List;
        assertTrue(aWon ^ bWon, "pair " + pair + ": " + ra + " / " + rb);
        OutputException refusal = (OutputException) (aWon ? rb : ra);
        assertTrue(refusal instanceof LockedException
            ? refusal.getMessage().startsWith("another run is writing the loop in ")
            : refusal.getMessage().contains(" already exists; use --force"),
            refusal.getMessage());
        OutputSet winner = aWon ? a : b;
        Map<String, byte[]> onDisk = contents(winner.folder());
        assertEquals(winner.files().keySet(), onDisk.keySet(), "pair " + pair);
        for (Map.Entry<String, byte[]> e : winner.files().entrySet()) {
          assertArrayEquals(e.getValue(), onDisk.get(e.getKey()),
              "pair " + pair + ": " + e.getKey() + " is not the winner's");
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aSecondProcessOnALockedLoopIsRefusedWithExit13() throws Exception {
    Path out = tmp.resolve("out");
    Kit first = packet(out, "Jane Doe");
    assertEquals(0, first.exitCode(), first.err());
    Path folder = first.paths().get(0).getParent();
    try (FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertNotNull(held);
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-XX:TieredStopAtLevel=1", "-Dinterviewkit.home=" + Kit.HOME,
          "-Dinterviewkit.config=" + tmp.resolve("config"), "-cp", Kit.HOME.resolve("lib") + "/*",
          "dev.interviewkit.cli.Main", "packet", "--role", ROLE, "--candidate", "Jane Doe",
          "--date", "2026-12-03", "--banks", Kit.BANKS.toString(), "--out", out.toString(),
          "--force").redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(13, p.waitFor(), output);
      assertEquals("kit: another run is writing the loop in " + folder + "; wait for it to end "
          + "and run again", output.strip());
    }
    Kit again = packet(out, "Jane Doe", "--force");
    assertEquals(0, again.exitCode(), again.err());
  }

  @Test
  void aBatchWhoseOnlyFailureIsALockedLoopExits13AndWithAnotherFault3() throws Exception {
    Path out = tmp.resolve("out");
    Kit first = packet(out, "Jane Doe");
    assertEquals(0, first.exitCode(), first.err());
    Path folder = first.paths().get(0).getParent();
    Path onlyLocked = Files.writeString(tmp.resolve("locked.csv"), "candidate,role,date,format\n"
        + "Jane Doe," + ROLE + ",2026-12-03,pdf\nAna Ruiz," + ROLE + ",2026-12-03,pdf\n");
    Path alsoBad = Files.writeString(tmp.resolve("bad.csv"), "candidate,role,date,format\n"
        + "Jane Doe," + ROLE + ",2026-12-03,pdf\nLee Sam,head-chef,2026-12-03,pdf\n");
    try (FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertNotNull(held);
      String output = batch(out, onlyLocked);
      assertTrue(output.startsWith("13\n"), output);
      assertTrue(output.contains("locked.csv:2: another run is writing the loop in " + folder),
          output);
      assertTrue(output.contains("batch: 1 of 2 loops written"), output);
      output = batch(out, alsoBad);
      assertTrue(output.startsWith("3\n"), output);
      assertTrue(output.contains("unknown role 'head-chef'"), output);
    }
  }

  /** Runs {@code batch --force} in a process of its own: the exit code, a line feed, the output. */
  private String batch(Path out, Path file) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-XX:TieredStopAtLevel=1", "-Dinterviewkit.home=" + Kit.HOME,
        "-Dinterviewkit.config=" + tmp.resolve("config"), "-cp", Kit.HOME.resolve("lib") + "/*",
        "dev.interviewkit.cli.Main", "batch", file.toString(), "--banks", Kit.BANKS.toString(),
        "--out", out.toString(), "--force").redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return p.waitFor() + "\n" + output;
  }

  @Test
  void aNameThatGivesAnotherLoopsFolderNameIsRefused() throws IOException {
    Path out = tmp.resolve("out");
    assertEquals(0, packet(out, "Jane Doe").exitCode());
    Kit other = packet(out, "jane doe", "--force");
    assertEquals(6, other.exitCode(), other.err());
    assertTrue(other.err().contains("holds the loop of another candidate, 'Jane Doe'"),
        other.err());
    assertTrue(overviewNames(out.resolve("2026-12-03-jane-doe-" + ROLE), "Jane Doe"));
  }

  @Test
  void symbolicLinksAreRefusedNeverFollowed() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path folder = out.resolve("2026-12-03-jane-doe-" + ROLE);
    Files.createSymbolicLink(folder, elsewhere);
    Kit r = packet(out, "Jane Doe", "--force");
    assertEquals(6, r.exitCode(), r.err());
    assertEquals("kit: cannot write " + folder + ": it is a symbolic link; kit never follows or "
        + "replaces one", r.err().strip());
    assertEquals(List.of(), list(elsewhere));

    Files.delete(folder);
    Files.createSymbolicLink(folder, tmp.resolve("nowhere")); // dangling
    r = packet(out, "Jane Doe");
    assertEquals(6, r.exitCode(), r.err());
    assertFalse(Files.exists(tmp.resolve("nowhere")));

    Files.delete(folder);
    Files.createDirectories(folder);
    Path overview = folder.resolve("00-overview.pdf");
    Files.createSymbolicLink(overview, tmp.resolve("target.pdf")); // dangling
    for (String force : List.of("--seed=1", "--force")) {
      r = packet(out, "Jane Doe", force);
      assertEquals(6, r.exitCode(), r.err());
      assertEquals("kit: cannot write " + overview + ": it is a symbolic link; kit never follows "
          + "or replaces one, even with --force", r.err().strip());
      assertTrue(Files.isSymbolicLink(overview));
      assertFalse(Files.exists(tmp.resolve("target.pdf")));
    }
  }

  @Test
  void forceRemovesOnlyTheLoopsOwnFilesOfFormatsNoLongerAsked() throws IOException {
    Path out = tmp.resolve("out");
    Kit both = packet(out, "Jane Doe");
    assertEquals(0, both.exitCode(), both.err());
    Path folder = both.paths().get(0).getParent();
    Files.writeString(folder.resolve("notes.docx"), "mine");
    Files.writeString(folder.resolve("00-overview.backup.docx"), "mine");
    Files.writeString(folder.resolve("00-overview.txt"), "mine");
    Kit pdf = packet(out, "Jane Doe", "--force", "--format", "pdf");
    assertEquals(0, pdf.exitCode(), pdf.err());
    List<String> names = list(folder).stream().map(p -> p.getFileName().toString()).toList();
    assertFalse(names.stream().anyMatch(n -> n.matches("\\d\\d-[a-z0-9-]+\\.docx")),
        names.toString());
    assertTrue(names.containsAll(List.of("notes.docx", "00-overview.backup.docx",
        "00-overview.txt", "00-overview.pdf")), names.toString());
    assertEquals(pdf.paths().size() + 3, names.size(), names.toString());
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static Kit packet(Path out, String candidate, String... more) {
    List<String> args = new ArrayList<>(List.of("packet", "--role", ROLE, "--candidate",
        candidate, "--date", "2026-12-03", "--out", out.toString()));
    args.addAll(List.of(more));
    return CliTest.kit(args.toArray(String[]::new));
  }

  private static OutputSet render(Path out, long seed) {
    LoopRequest request = new LoopRequest(ROLE, "Jane Doe", LocalDate.of(2026, 12, 3), null,
        Outputs.SCORECARDS, List.of("pdf"), Paper.LETTER, seed, List.of(), out, false);
    return service.render(service.plan(request), request);
  }

  /** The paths written, or the refusal. */
  private static Object attempt(OutputSet set, CyclicBarrier start) throws Exception {
    start.await();
    try {
      return set.write(false);
    } catch (OutputException e) {
      return e;
    }
  }

  /** Whether the folder's overview (PDF, else Word) names the candidate as a whole word. */
  private static boolean overviewNames(Path folder, String name) {
    String text;
    try {
      Path pdf = folder.resolve("00-overview.pdf");
      if (Files.exists(pdf)) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
          text = new PDFTextStripper().getText(doc);
        }
      } else {
        try (java.io.InputStream in = Files.newInputStream(folder.resolve("00-overview.docx"));
            org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
            org.apache.poi.xwpf.extractor.XWPFWordExtractor words =
                new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
          text = words.getText();
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{M}])"
        + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{M}])").matcher(text).find();
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (Path p : list(folder)) {
      files.put(p.getFileName().toString(), Files.readAllBytes(p));
    }
    return files;
  }

  /** Entries but the lock file. */
  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !p.getFileName().toString().equals(LOCK)).sorted().toList();
    }
  }
}
