package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.output.OutputException;
import dev.interviewkit.output.OutputSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run leaves in the output folder when the folder is unwritable, missing, full or already
 * holds the loop, when a write fails half-way or the process is killed, and where path-like or
 * hostile candidate names put the files.
 */
class OutputSafetyTest {

  private static final String ROLE = "director-of-engineering";
  private static final String LOOP = "2026-12-03-jane-doe-" + ROLE;

  @TempDir Path tmp;

  @BeforeAll
  static void quietPf4j() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
  }

  static Kit packet(Path out, String candidate, String... more) {
    List<String> args = new ArrayList<>(List.of("packet", "--role", ROLE, "--candidate",
        candidate, "--date", "2026-12-03", "--seed", "7", "--plugins", Kit.PLUGINS.toString(),
        "--banks", Kit.BANKS.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return Kit.run(args.toArray(String[]::new));
  }

  // --- unwritable, missing, existing -------------------------------------------------------------

  @Test
  void unwritableOutputFolderIsRefusedAndLeftAlone() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("locked"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-x------"));
    try {
      Assumptions.assumeFalse(Files.isWritable(out),
          "running as root: chmod 500 does not stop this process from writing");
      Kit r = packet(out, "Jane Doe");
      assertEquals(6, r.exitCode(), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().matches("kit: cannot (create folder|write to) .*: permission denied\\R"),
          r.err());
      assertEquals(List.of(), list(out));
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void outputUnderARegularFileIsRefusedWithOneLine() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Kit r = packet(file.resolve("sub"), "Jane Doe");
    assertEquals(6, r.exitCode(), r.err());
    assertEquals("kit: cannot create folder " + file.resolve("sub").resolve(LOOP) + ": " + file
        + " is a file, not a folder", r.err().strip());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void missingParentFoldersAreCreated() throws IOException {
    Path out = tmp.resolve("a/b/c");
    Kit r = packet(out, "Jane Doe");
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(r.paths().isEmpty());
    // Files get the permissions any new file there gets (not the owner-only ones of temp files).
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(
        Files.createFile(out.resolve("usual")));
    for (Path p : r.paths()) {
      assertEquals(out.resolve(LOOP), p.getParent());
      assertTrue(Files.isRegularFile(p), p.toString());
      assertEquals(usual, Files.getPosixFilePermissions(p), p.toString());
    }
  }

  @Test
  void existingFilesAreNeverReplacedWithoutForce() throws IOException {
    Path out = tmp.resolve("out");
    Kit first = packet(out, "Jane Doe");
    assertEquals(0, first.exitCode(), first.err());
    Path loop = out.resolve(LOOP);
    // Make one file distinguishable, and every file old.
    Path overview = first.paths().get(0);
    Files.writeString(overview, "edited by hand");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    for (Path p : list(loop)) {
      Files.setLastModifiedTime(p, old);
    }
    Map<String, String> before = snapshot(loop);

    Kit refused = packet(out, "Jane Doe");
    assertEquals(6, refused.exitCode(), refused.err());
    assertEquals("kit: " + overview + " already exists; use --force to replace the "
        + first.paths().size() + " existing files", refused.err().strip());
    assertEquals("", refused.out());
    assertEquals(before, snapshot(loop), "a refused run changed the folder");

    Kit forced = packet(out, "Jane Doe", "--force");
    assertEquals(0, forced.exitCode(), forced.err());
    assertEquals(first.paths(), forced.paths());
    assertNotEquals("edited by hand", Files.readString(overview, StandardCharsets.ISO_8859_1));
    assertValidPdf(overview);
    for (Path p : forced.paths()) {
      assertNotEquals(old, Files.getLastModifiedTime(p), p + " was not replaced");
    }
    assertEquals(List.of(), parts(loop));
  }

  // --- a write that fails half-way ---------------------------------------------------------------

  @Test
  void aFailedMoveRemovesWhatThisRunCreatedAndLeavesNoTemporaryFile() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("loop"));
    // The second file cannot be moved into place: a non-empty folder has its name.
    Path blocker = Files.createDirectories(folder.resolve("b.pdf"));
    Files.writeString(blocker.resolve("keep.txt"), "mine");
    OutputSet set = new OutputSet(folder);
    set.add("a.pdf", "first".getBytes(StandardCharsets.US_ASCII));
    set.add("b.pdf", "second".getBytes(StandardCharsets.US_ASCII));
    set.add("c.pdf", "third".getBytes(StandardCharsets.US_ASCII));

    OutputException e = assertThrows(OutputException.class, () -> set.write(true));
    assertEquals("cannot write " + folder.resolve("b.pdf") + ": a folder of that name is in the "
        + "way", e.getMessage());
    assertEquals(List.of("b.pdf"), names(folder), "a.pdf was moved in and must be removed again");
    assertEquals("mine", Files.readString(blocker.resolve("keep.txt")));
  }

  @Test
  void aFileReplacedWithForceBeforeAFailureKeepsItsNewContent() throws IOException {
    // Documented limit: old versions of replaced files are not kept.
    Path folder = Files.createDirectories(tmp.resolve("loop"));
    Files.writeString(folder.resolve("a.pdf"), "old");
    Files.createDirectories(folder.resolve("b.pdf")).resolve("x");
    Files.writeString(folder.resolve("b.pdf").resolve("x"), "x");
    OutputSet set = new OutputSet(folder);
    set.add("a.pdf", "new".getBytes(StandardCharsets.US_ASCII));
    set.add("b.pdf", "b".getBytes(StandardCharsets.US_ASCII));
    assertThrows(OutputException.class, () -> set.write(true));
    assertEquals("new", Files.readString(folder.resolve("a.pdf")));
    assertEquals(List.of("a.pdf", "b.pdf"), names(folder));
  }

  @Test
  void aFailedRunRemovesTheFoldersItCreated() throws IOException {
    Path folder = tmp.resolve("new/out/loop");
    OutputSet set = new OutputSet(folder);
    set.add("a.pdf", new byte[] {1});
    // Its temporary file name is longer than a file system allows: the write fails.
    String tooLong = "b".repeat(250) + ".pdf";
    set.add(tooLong, new byte[] {2});
    OutputException e = assertThrows(OutputException.class, () -> set.write(false));
    assertEquals("cannot write " + folder.resolve(tooLong) + ": File name too long",
        e.getMessage());
    assertEquals(List.of(), list(tmp), "the folders this run created stay behind");
  }

  @Test
  void aFullDiskLeavesNothing() throws Exception {
    Path mount = Files.createDirectories(tmp.resolve("tiny"));
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "mounting a 64 KiB tmpfs needs root; the failed-move tests cover the same clean-up");
    Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
        mount.toString()).redirectErrorStream(true).start();
    String why = new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Assumptions.assumeTrue(m.waitFor() == 0, "cannot mount a tmpfs here: " + why.strip());
    try {
      Kit r = packet(mount, "Jane Doe");
      assertEquals(6, r.exitCode(), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().matches("kit: cannot write " + mount.resolve(LOOP).toString()
          .replace(".", "\\.") + "/[0-9a-z-]+\\.(pdf|docx): No space left on device\\R"), r.err());
      assertEquals(List.of(), list(mount), "a run that hit a full disk left files behind");
    } finally {
      new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
    }
  }

  // --- a run that is killed ----------------------------------------------------------------------

  @Test
  void aKilledRunLeavesOnlyWholeDocumentsAndTheNextRunCleansUp() throws Exception {
    // Output is byte-stable, so an in-process run gives the bytes every complete file must have.
    Kit whole = packet(tmp.resolve("reference"), "Jane Doe");
    assertEquals(0, whole.exitCode(), whole.err());
    Map<String, byte[]> expected = contents(tmp.resolve("reference").resolve(LOOP));
    assertTrue(expected.size() >= 10, expected.keySet().toString());

    // Everything is rendered in memory first, so killing at a random moment of the whole run
    // would mostly hit before the first byte is written: wait until the first temporary file
    // appears, then kill at a random moment of the writing.
    Path out = tmp.resolve("killed");
    Path loopDir = out.resolve(LOOP);
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int hit = 0;
    // Writing takes only tens of milliseconds: the first run is killed as soon as writing starts,
    // and runs go on (up to 12) until at least one was killed mid-write.
    for (int i = 0; i < 4 || (hit == 0 && i < 12); i++) {
      Process p = child(out);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && !writing(loopDir) && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      long delay = i == 0 ? 0 : random.nextInt(60);
      boolean killed = !p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (killed) {
        p.destroyForcibly();
        hit++;
      }
      p.waitFor();
      for (Path f : Files.exists(loopDir) ? list(loopDir) : List.<Path>of()) {
        String name = f.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".part")) {
          continue;
        }
        String where = "seed " + seed + ", run " + i + " killed " + delay + " ms into writing: "
            + name;
        assertArrayEquals(expected.get(name), Files.readAllBytes(f), where + " is partial");
        if (name.endsWith(".pdf")) {
          assertValidPdf(f);
        } else if (name.endsWith(".docx")) {
          try (InputStream in = Files.newInputStream(f); XWPFDocument doc = new XWPFDocument(in)) {
            assertFalse(doc.getParagraphs().isEmpty(), where);
          }
        }
      }
    }
    assertTrue(hit > 0, "no run was killed while writing (seed " + seed + ")");

    // Plant what a killed run can leave: a temporary file of a process that no longer runs.
    Path loop = Files.createDirectories(out.resolve(LOOP));
    Path stale = Files.write(loop.resolve(".00-overview.pdf.99999999.42.part"), new byte[] {1});
    // And one of a process that still runs (this JVM's parent): it may be writing right now.
    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    Path live = Files.write(loop.resolve(".00-overview.pdf." + parent + ".43.part"),
        new byte[] {2});

    Kit next = packet(out, "Jane Doe", "--force");
    assertEquals(0, next.exitCode(), next.err());
    assertFalse(Files.exists(stale), "the stale temporary file stayed");
    assertTrue(Files.exists(live), "a running process's temporary file was deleted");
    Files.delete(live);
    assertEquals(List.of(), parts(loop));
    assertEquals(expected.keySet(), contents(loop).keySet());
    contents(loop).forEach((name, bytes) -> assertArrayEquals(expected.get(name), bytes, name));
  }

  private static Process child(Path out) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1",
        "-Dinterviewkit.home=" + Kit.HOME,
        "-Dinterviewkit.config=" + out.resolveSibling(out.getFileName() + "-config"),
        "-cp", Kit.HOME.resolve("lib") + "/*", "dev.interviewkit.cli.Main",
        "packet", "--role", ROLE, "--candidate", "Jane Doe", "--date", "2026-12-03",
        "--seed", "7", "--banks", Kit.BANKS.toString(), "--out", out.toString(), "--force")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  // --- names and paths ---------------------------------------------------------------------------

  @Test
  void pathLikeNamesGiveAsciiSlugsInsideTheOutputFolderAndPrintExactlyAsGiven()
      throws IOException {
    // 200 characters: the limit of a name (longer ones are refused, see HostileInputTest).
    String long200 = ("Maria-Luisa Fernández de la Cruz y " + "Ana Sofía Ortega ".repeat(20))
        .substring(0, 200);
    // A name that is not plain ASCII, or whose slug was cut, gets the loop's id after '_'.
    Map<String, String> slugs = new TreeMap<>(Map.of(
        "../../x", "x_",
        "a/b", "a-b_",
        "CON", "con",
        ".hidden", "hidden_",
        long200, "maria-luisa-fernandez-de-la-cruz-y-ana-s_"));
    int i = 0;
    for (Map.Entry<String, String> e : slugs.entrySet()) {
      String name = e.getKey();
      Path out = tmp.resolve("names-" + i++);
      Kit r = packet(out, name);
      assertEquals(0, r.exitCode(), name + ": " + r.err());
      assertEquals("", r.err());
      String id = e.getValue().endsWith("_") ? new dev.interviewkit.output.LoopFolder(ROLE,
          java.time.LocalDate.parse("2026-12-03"), name).id() : "";
      Path loop = out.resolve("2026-12-03-" + e.getValue() + id + "-" + ROLE);
      assertEquals(List.of(loop), list(out), name);
      for (Path p : r.paths()) {
        assertEquals(loop, p.toAbsolutePath().normalize().getParent(), name + ": " + p);
        assertTrue(p.getFileName().toString().matches("[0-9a-z][0-9a-z-]*\\.(pdf|docx)"),
            name + ": " + p);
      }
      try (PDDocument doc = Loader.loadPDF(loop.resolve("00-overview.pdf").toFile())) {
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertTrue(text.contains(name.replaceAll("\\s+", " ").strip()),
            name + " is not printed exactly as given");
      }
    }
  }

  @Test
  void controlCharactersInANameAreRefusedByCodePoint() {
    Path out = tmp.resolve("bell");
    Kit r = packet(out, "Jane\u0007Doe");
    assertEquals(8, r.exitCode(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("kit: cannot print control character U+0007 in \"Jane\\u0007Doe"),
        r.err());
    assertFalse(Files.exists(out), "a refused run wrote output");
  }

  // --- helpers -----------------------------------------------------------------------------------

  private static void assertValidPdf(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() > 0, pdf.toString());
      assertFalse(new PDFTextStripper().getText(doc).isBlank(), pdf.toString());
    }
  }

  /** The folder's entries but the loop's lock file, which stays once a run has locked it. */
  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> !p.getFileName().toString().equals(".interview-kit.lock"))
          .sorted().toList();
    }
  }

  private static List<String> names(Path dir) throws IOException {
    return list(dir).stream().map(p -> p.getFileName().toString()).toList();
  }

  private static List<Path> parts(Path dir) throws IOException {
    return list(dir).stream().filter(p -> p.getFileName().toString().endsWith(".part")).toList();
  }

  /** Whether a temporary file is in the folder, that is, a run is writing into it. */
  private static boolean writing(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
    } catch (IOException | java.io.UncheckedIOException notYet) {
      return false;
    }
  }

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    for (Path p : list(dir)) {
      all.put(p.getFileName().toString(), Files.readAllBytes(p));
    }
    return all;
  }

  /** Name, size, modification time and a hash of every file. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> all = new TreeMap<>();
    for (Path p : list(dir)) {
      all.put(p.getFileName().toString(), Files.size(p) + " " + Files.getLastModifiedTime(p)
          + " " + java.util.Arrays.hashCode(Files.readAllBytes(p)));
    }
    return all;
  }
}
