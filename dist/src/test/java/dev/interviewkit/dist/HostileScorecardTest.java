package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files, built here, given to {@code debrief} with a good scorecard: each is
 * refused in one line naming it (exit 12), no trace is printed, the good scorecard still makes a
 * debrief, and nothing is written outside {@code --out}; also in a JVM limited to 512 MB.
 */
class HostileScorecardTest {

  @TempDir Path tmp;

  /** Each hostile file and the words its refusal must hold. */
  private Map<Path, String> hostile() throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Path encrypted = Scorecards.make(tmp.resolve("enc"), "Jane Doe", "5", "pdf").get(1);
    try (PDDocument doc = Loader.loadPDF(encrypted.toFile())) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(dir.resolve("encrypted.pdf").toFile());
    }
    files.put(dir.resolve("encrypted.pdf"), "is encrypted (password-protected)");
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    files.put(pdf(dir.resolve("nested.pdf"), "<< /Type /Catalog /Deep " + deep + " >>"),
        "nests arrays or dictionaries deeper than the limit of 64 levels");
    files.put(bomb(dir.resolve("bomb.pdf"), 2L << 30),
        "has compressed streams that inflate to more than the limit of 32 MB");
    Path huge = dir.resolve("huge.pdf");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
      f.setLength((16L << 20) + 1);
    }
    files.put(huge, "is larger than the limit of 16 MB (16777216 bytes)");
    files.put(pdf(dir.resolve("many-objects.pdf"), "<< /Type /Catalog >>\nendobj\n"
        + "9999999 0 obj\n<< >>"), "has more objects than the limit of 100000");
    files.put(zip(dir.resolve("many-entries.docx"), 1_500, 10),
        "has more than the limit of 1000 entries in its zip archive");
    files.put(zip(dir.resolve("large-entry.docx"), 1, 100 << 20),
        "inflates to more than the limit of 16 MB");
    files.put(Files.write(dir.resolve("ole.docx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
        (byte) 0xE0, 0, 0, 0, 0}), "is password-protected (encrypted) or an old .doc file");
    files.put(Files.writeString(dir.resolve("notes.txt"), "hello"), "only .pdf and .docx");
    files.put(dir.resolve("missing.pdf"), "does not exist");
    return files;
  }

  @Test
  void eachHostileFileIsRefusedInOneLineAndTheGoodScorecardIsStillUsed() throws IOException {
    Map<Path, String> files = hostile();
    Path good = goodScorecard();
    List<String> args = new ArrayList<>(List.of("debrief", "--out", tmp.resolve("d").toString(),
        good.toString()));
    files.keySet().forEach(f -> args.add(f.toString()));
    Set<Path> before = listing();
    Kit r = CliTest.kit(args.toArray(String[]::new));
    assertEquals(12, r.exitCode(), r.err());
    check(files, r.err());
    assertTrue(r.out().contains("90-debrief.pdf"), r.err());
    Set<Path> added = listing();
    added.removeAll(before);
    assertTrue(added.stream().allMatch(p -> p.startsWith(tmp.resolve("d"))),
        "written outside --out: " + added);
  }

  @Test
  void theSameRunFitsInAJvmLimitedTo512Megabytes() throws Exception {
    Map<Path, String> files = hostile();
    Path good = goodScorecard();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-Dinterviewkit.home=" + Kit.HOME, "-Dinterviewkit.config=" + tmp.resolve("config"),
        "-cp", Kit.HOME.resolve("lib") + java.io.File.separator + "*",
        "dev.interviewkit.cli.Main", "debrief", "--plugins", Kit.PLUGINS.toString(), "--banks",
        Kit.BANKS.toString(), "--out", tmp.resolve("forked").toString(), good.toString()));
    files.keySet().forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(tmp.resolve("err.txt").toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the forked debrief did not finish");
    String err = Files.readString(tmp.resolve("err.txt"));
    assertEquals(12, p.exitValue(), err);
    check(files, err);
    assertTrue(!err.contains("needs more memory"), "a file was only stopped by the heap: " + err);
    assertTrue(Files.readString(tmp.resolve("out.txt")).contains("90-debrief.json"), err);
  }

  private static void check(Map<Path, String> files, String err) {
    for (Map.Entry<Path, String> e : files.entrySet()) {
      List<String> lines = err.lines().filter(l -> l.startsWith("kit: refused " + e.getKey()
          + ": ")).toList();
      assertEquals(1, lines.size(), e.getKey() + " is refused in exactly one line:\n" + err);
      assertTrue(lines.get(0).contains(e.getValue()), lines.get(0));
    }
    assertTrue(err.lines().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")
        || l.contains("Error")), "no trace: " + err);
  }

  private Path goodScorecard() throws IOException {
    Path good = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "pdf").get(0);
    Scorecards.fill(good, Map.of("systems-design:technical-risk:score", "3",
        "systems-design:technical-risk:evidence", "Fine", "systems-design:interviewer", "Kim"));
    return good;
  }

  private Set<Path> listing() throws IOException {
    try (var walk = Files.walk(tmp)) {
      return walk.collect(Collectors.toCollection(java.util.HashSet::new));
    }
  }

  /** A minimal PDF whose first object is {@code body}; no xref, so the reader rebuilds one. */
  private static Path pdf(Path file, String body) throws IOException {
    return Files.writeString(file, "%PDF-1.4\n1 0 obj\n" + body + "\nendobj\ntrailer\n"
        + "<< /Root 1 0 R >>\n%%EOF\n", StandardCharsets.ISO_8859_1);
  }

  /** A PDF with one FlateDecode stream of {@code size} zero bytes: a few MB that inflate to GBs. */
  private static Path bomb(Path file, long size) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] zeros = new byte[1 << 20];
    byte[] buffer = new byte[1 << 16];
    for (long fed = 0; fed < size; fed += zeros.length) {
      deflater.setInput(zeros);
      while (!deflater.needsInput()) {
        packed.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      packed.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Length "
        + packed.size() + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
    packed.writeTo(pdf);
    pdf.writeBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII));
    return Files.write(file, pdf.toByteArray());
  }

  /** A zip named .docx: {@code entries} entries of {@code size} zero bytes each. */
  private static Path zip(Path file, int entries, int size) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[Math.min(size, 1 << 20)];
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
        for (int written = 0; written < size; written += chunk.length) {
          zip.write(chunk, 0, Math.min(chunk.length, size - written));
        }
      }
    }
    return file;
  }
}
