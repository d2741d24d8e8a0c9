package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word scorecard filled in and then saved by LibreOffice, which keeps the content controls and
 * the document's custom properties but drops every control's tag, still reads back in
 * {@code kit debrief}. Skipped where LibreOffice ({@code soffice}) is not installed.
 */
class LibreOfficeScorecardTest {

  private static final String ROUND = "systems-design";

  @TempDir Path tmp;

  @Test
  void scorecardSavedByLibreOfficeReadsBackInTheDebrief() throws Exception {
    Path soffice = onPath("soffice");
    Assumptions.assumeTrue(soffice != null, "SKIPPED: LibreOffice (soffice) is not installed");
    Kit made = CliTest.kit("scorecards", "--role", "director-of-engineering", "--candidate",
        "Jane Doe", "--date", "2026-12-03", "--format", "docx", "--out",
        tmp.resolve("loops").toString());
    assertEquals(0, made.exitCode(), made.err());
    Path scorecard = made.paths().stream()
        .filter(p -> p.getFileName().toString().contains(ROUND)).findFirst().orElseThrow();
    Path filled = tmp.resolve("filled.docx");
    fill(scorecard, filled);

    Path saved = tmp.resolve("saved");
    Process p = new ProcessBuilder(soffice.toString(), "--headless",
        "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
        "--convert-to", "docx:MS Word 2007 XML", "--outdir", saved.toString(), filled.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish in 3 minutes");
    Path resaved = saved.resolve("filled.docx");
    assertTrue(Files.isRegularFile(resaved), Files.readString(tmp.resolve("soffice.log")));
    assertEquals(0, count(part(resaved, "word/document.xml"), "<w:tag "),
        "LibreOffice is expected to drop the tags; if it keeps them, this test checks nothing new");

    Kit debrief = CliTest.kit("debrief", resaved.toString(), "--out",
        tmp.resolve("debrief").toString());

    Path csv = debrief.paths().stream()
        .filter(x -> x.toString().endsWith(".csv")).findFirst().orElseThrow(
            () -> new AssertionError(debrief.err()));
    List<String> lines = Files.readAllLines(csv);
    assertTrue(lines.stream().anyMatch(l -> l.contains(",architecture-judgement,3,"
        + "Asked for the rollback plan unprompted.,yes")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("Priya Raman")), String.join("\n", lines));
  }

  /** Chooses and types into the scorecard the way Word saves it, tags intact. */
  private static void fill(Path scorecard, Path filled) throws IOException {
    String xml = part(scorecard, "word/document.xml");
    xml = choose(xml, ROUND + ":architecture-judgement:score", "3 Meets", "3");
    xml = choose(xml, ROUND + ":recommendation", "Yes", "yes");
    xml = type(xml, ROUND + ":architecture-judgement:evidence",
        "Asked for the rollback plan unprompted.");
    xml = type(xml, ROUND + ":interviewer", "Priya Raman");
    replacePart(scorecard, filled, "word/document.xml", xml);
  }

  /** Picks a drop-down entry: Word shows the entry's text and keeps its value as lastValue. */
  private static String choose(String xml, String tag, String label, String value) {
    int at = xml.indexOf("w:val=\"" + tag + "\"");
    assertTrue(at > 0, "no drop-down " + tag);
    String list = "<w:dropDownList>";
    int start = xml.indexOf(list, at);
    xml = xml.substring(0, start) + "<w:dropDownList w:lastValue=\"" + value + "\">"
        + xml.substring(start + list.length());
    String shown = "<w:t>Choose one</w:t>";
    int text = xml.indexOf(shown, start);
    return xml.substring(0, text) + "<w:t>" + label + "</w:t>"
        + xml.substring(text + shown.length());
  }

  private static String type(String xml, String tag, String text) {
    int at = xml.indexOf("w:val=\"" + tag + "\"");
    assertTrue(at > 0, "no text field " + tag);
    String start = "<w:sdtContent><w:r>";
    int content = xml.indexOf(start, at) + start.length();
    return xml.substring(0, content) + "<w:t>" + text + "</w:t>" + xml.substring(content);
  }

  private static String part(Path docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(docx + " has no " + name);
  }

  private static void replacePart(Path from, Path to, String name, String content)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8)
            : in.readAllBytes());
        out.closeEntry();
      }
    }
    Files.write(to, bytes.toByteArray());
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
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
