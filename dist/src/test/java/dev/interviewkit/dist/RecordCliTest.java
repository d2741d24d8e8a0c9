package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hiring record through the command line: every loop written is on record (read back with
 * the sqlite3 shell), returning candidates, sealed scoring, export and forget.
 */
class RecordCliTest {

  static final String PROPERTY = "interviewkit.record";

  @TempDir Path tmp;
  Path db;
  String before;

  @BeforeEach
  void ownRecord() throws Exception {
    boolean shell;
    try {
      Process p = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      shell = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      shell = false;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(shell, "the sqlite3 shell is not installed "
        + "(apt-get install sqlite3; .ci/run does): the record's CLI tests are skipped");
    db = tmp.resolve("record").resolve("record.db");
    before = System.getProperty(PROPERTY);
    System.setProperty(PROPERTY, db.toString());
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, before);
    }
  }

  String sqlite3(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sqlite3", "-readonly", "-bail",
        db.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  List<String> column(String sql) throws Exception {
    return sqlite3(sql).lines().filter(l -> !l.isEmpty()).toList();
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Kit packet(String candidate, String date, String... more) {
    List<String> args = new ArrayList<>(List.of("packet", "--role", "director-of-engineering",
        "--candidate", candidate, "--date", date, "--out", tmp.resolve("loops").toString()));
    args.addAll(List.of(more));
    return CliTest.kit(args.toArray(String[]::new));
  }

  static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
    }
  }

  static String questionsOf(Path overview) throws IOException {
    try (PDDocument doc = Loader.loadPDF(overview.toFile())) {
      return doc.getDocumentInformation().getCustomMetadataValue("interviewkit.questions");
    }
  }

  @Test
  void afterABatchSqlite3ShowsEveryLoopQuestionAndFileHash() throws Exception {
    Path csv = tmp.resolve("loops.csv");
    Files.writeString(csv, "candidate,role,date\nJane Doe,director-of-engineering,2026-12-03\n"
        + "\"Lee, Sam\",cto,2026-12-04\nZoë Ångström-Дмитриев,engineering-manager,2026-12-05\n");
    Kit r = CliTest.kit("batch", csv.toString(), "--out", tmp.resolve("batch").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of("Jane Doe|director-of-engineering|2026-12-03",
        "Lee, Sam|cto|2026-12-04", "Zoë Ångström-Дмитриев|engineering-manager|2026-12-05"),
        column("SELECT candidate_name, role, loop_date FROM loop ORDER BY loop_date;"));
    List<Path> folders;
    try (Stream<Path> s = Files.list(tmp.resolve("batch"))) {
      folders = s.sorted().toList();
    }
    assertEquals(3, folders.size());
    for (Path folder : folders) {
      String id = sqlite3("SELECT id FROM loop WHERE folder = '"
          + folder.toAbsolutePath().toString().replace("'", "''") + "';").strip();
      assertEquals(16, id.length(), folder.toString());
      assertEquals(questionsOf(folder.resolve("00-overview.pdf")), String.join(",",
          column("SELECT a.question_id FROM asked a JOIN round r ON r.loop_id = a.loop_id AND"
              + " r.round_id = a.round_id WHERE a.loop_id = '" + id + "' ORDER BY r.number,"
              + " a.position;")));
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
      }
      assertEquals(files.size(), Integer.parseInt(sqlite3("SELECT COUNT(*) FROM loop_file"
          + " WHERE loop_id = '" + id + "';").strip()));
      for (Path file : files) {
        assertEquals(sha256(file), sqlite3("SELECT sha256 FROM loop_file WHERE path = '"
            + file.toAbsolutePath().toString().replace("'", "''") + "';").strip(),
            file.toString());
      }
    }
  }

  @Test
  void aSecondLoopForARecordedCandidateSharesNoQuestionAndItsOverviewSaysSo() throws Exception {
    Kit first = packet("Jane Doe", "2026-12-03", "--format", "pdf");
    assertEquals(0, first.exitCode(), first.err());
    Kit second = packet("  jane   DOE", "2026-12-10", "--format", "pdf");
    assertEquals(0, second.exitCode(), second.err());
    Path one = Scorecards.withSuffix(first.paths(), "00-overview.pdf");
    Path two = Scorecards.withSuffix(second.paths(), "00-overview.pdf");
    Set<String> asked = new HashSet<>(List.of(questionsOf(one).split(",")));
    for (String q : questionsOf(two).split(",")) {
      assertFalse(asked.contains(q), q + " was asked in the first loop too");
    }
    assertTrue(pdfText(two).contains("Returning candidate: the questions of 1 earlier loop on "
        + "the hiring record were avoided"), pdfText(two));
    assertFalse(pdfText(one).contains("Returning candidate"));
    String questions = questionsOf(one);
    Kit again = packet("Jane Doe", "2026-12-03", "--format", "pdf", "--force");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(questions, questionsOf(one), "regenerating a loop is not a return visit");
    assertEquals("2", sqlite3("SELECT COUNT(*) FROM loop;").strip());
    assertEquals("1", sqlite3("SELECT COUNT(*) FROM candidate;").strip());
  }

  /** Fills every score of a PDF scorecard with {@code score}. */
  static void fillAll(Path pdf, String score, String who) throws IOException {
    Map<String, String> values = new HashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      for (PDField f : form.getFieldTree()) {
        String name = f.getFullyQualifiedName();
        if (name.endsWith(":score")) {
          values.put(name, score);
        } else if (name.endsWith(":evidence")) {
          values.put(name, "Concrete example");
        } else if (name.endsWith(":recommendation")) {
          values.put(name, "yes");
        } else if (name.endsWith(":interviewer")) {
          values.put(name, who);
        }
      }
    }
    Scorecards.fill(pdf, values);
  }

  @Test
  void calibrationReadsTheScorecardsSubmittedToTheRecord() throws Exception {
    Kit loop = CliTest.kit("scorecards", "--role", "director-of-engineering", "--candidate",
        "Jane Doe", "--date", "2026-12-03", "--format", "pdf", "--out",
        tmp.resolve("loops").toString());
    assertEquals(0, loop.exitCode(), loop.err());
    List<Path> cards = loop.paths().stream().filter(p -> p.toString().endsWith(".pdf")).toList();
    String[] panel = {"Priya Raman", "Marco Bianchi", "Dana Okafor", "Lena Fischer", "Noor Haddad"};
    for (int i = 0; i < cards.size(); i++) {
      fillAll(cards.get(i), i == 0 ? "1" : "3", panel[i % panel.length]);
      Kit submit = CliTest.kit("scorecard", "submit", cards.get(i).toString());
      assertEquals(0, submit.exitCode(), submit.err());
    }
    Kit report = CliTest.kit("calibration", "--out", tmp.resolve("reports").toString(),
        "--date", "2026-12-10");
    assertEquals(0, report.exitCode(), report.err());
    Path json = report.paths().stream().filter(p -> p.toString().endsWith(".json")).findFirst()
        .orElseThrow();
    String data = Files.readString(json);
    for (int i = 0; i < cards.size(); i++) {
      assertTrue(data.contains(panel[i % panel.length]), panel[i % panel.length] + " missing: "
          + data);
    }
    Path pdf = report.paths().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst()
        .orElseThrow();
    assertTrue(pdfText(pdf).contains("Priya Raman"), "the harsh interviewer is in the report");
  }

  @Test
  void debriefWaitsForEveryRoundOfALoopOnRecordUnlessIncomplete() throws Exception {
    Kit loop = CliTest.kit("scorecards", "--role", "director-of-engineering", "--candidate",
        "Jane Doe", "--date", "2026-12-03", "--format", "pdf,docx", "--out",
        tmp.resolve("loops").toString());
    assertEquals(0, loop.exitCode(), loop.err());
    List<Path> pdfs = loop.paths().stream().filter(p -> p.toString().endsWith(".pdf")).toList();
    Path card = pdfs.get(0);
    fillAll(card, "3", "Priya Raman");
    Kit submit = CliTest.kit("scorecard", "submit", card.toString());
    assertEquals(0, submit.exitCode(), submit.err());
    assertTrue(submit.out().contains("recorded"), submit.out());
    assertTrue(submit.out().contains("still missing"), submit.out());
    Kit again = CliTest.kit("scorecard", "submit", card.toString());
    assertTrue(again.out().contains("already on record with these values"), again.out());
    fillAll(card, "2", "Priya Raman");
    Kit changed = CliTest.kit("scorecard", "submit", card.toString());
    assertTrue(changed.out().contains("new version"), changed.out());
    assertEquals(List.of("1", "2"), column("SELECT version FROM scorecard ORDER BY version;"));

    Path out = tmp.resolve("debrief");
    Kit refused = CliTest.kit("debrief", "--out", out.toString(), card.toString());
    assertEquals(16, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("kit: missing: no scorecard for round"), refused.err());
    assertTrue(refused.err().contains("pass --incomplete"), refused.err());
    assertFalse(Files.exists(out));

    Kit partial = CliTest.kit("debrief", "--incomplete", "--out", out.toString(),
        card.toString());
    assertEquals(0, partial.exitCode(), partial.err());
    Path pdf = Scorecards.withSuffix(partial.paths(), "90-debrief.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper strip = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        strip.setStartPage(page);
        strip.setEndPage(page);
        assertTrue(strip.getText(doc).contains("INCOMPLETE"), "page " + page);
      }
    }
    try (InputStream in = Files.newInputStream(Scorecards.withSuffix(partial.paths(),
        "90-debrief.docx")); XWPFDocument word = new XWPFDocument(in)) {
      assertFalse(word.getHeaderList().isEmpty());
      for (XWPFHeader h : word.getHeaderList()) {
        assertTrue(h.getText().contains("INCOMPLETE"), h.getText());
      }
      for (XWPFFooter f : word.getFooterList()) {
        assertTrue(f.getText().contains("INCOMPLETE"), f.getText());
      }
    }
  }

  @Test
  void aDebriefOfALoopNotOnRecordWorksFromTheFilesGiven() throws Exception {
    System.setProperty(PROPERTY, "off");
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Sam Lee", "5", "pdf");
    System.setProperty(PROPERTY, db.toString());
    fillAll(cards.get(0), "3", "Priya Raman");
    Kit r = CliTest.kit("debrief", "--out", tmp.resolve("debrief").toString(),
        cards.get(0).toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("kit: missing: no scorecard for round"), r.err());
    assertFalse(pdfText(Scorecards.withSuffix(r.paths(), "90-debrief.pdf"))
        .contains("INCOMPLETE"));
    Kit submit = CliTest.kit("scorecard", "submit", cards.get(0).toString());
    assertEquals(17, submit.exitCode(), submit.err());
    assertTrue(submit.err().contains("its loop is not on the hiring record"), submit.err());
  }

  @Test
  void exportHoldsTheLoopsAndScoresAndForgetErasesTheRowsAndTheFiles() throws Exception {
    Kit first = packet("Jane Zyxwv", "2026-12-03", "--format", "pdf");
    assertEquals(0, first.exitCode(), first.err());
    Kit other = packet("Sam Lee", "2026-12-03", "--format", "pdf");
    assertEquals(0, other.exitCode(), other.err());
    Path card = first.paths().stream().filter(p -> p.toString().endsWith("-scorecard.pdf"))
        .findFirst().orElseThrow();
    fillAll(card, "4", "Priya Raman");
    assertEquals(0, CliTest.kit("scorecard", "submit", card.toString()).exitCode());
    Kit debrief = CliTest.kit("debrief", "--incomplete", "--out", tmp.resolve("loops")
        .toString(), card.toString());
    assertEquals(0, debrief.exitCode(), debrief.err());

    Kit export = Kit.run("records", "export", "--candidate", "jane zyxwv");
    assertEquals(0, export.exitCode(), export.err());
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.parse(export.out());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> loops = (List<Map<String, Object>>) json.get("loops");
    assertEquals(1, loops.size());
    assertEquals(first.paths().size() + debrief.paths().size(),
        ((List<?>) loops.get(0).get("files")).size(), "the loop's files and its debrief's");
    assertEquals(1, ((List<?>) loops.get(0).get("scorecards")).size());
    assertTrue(export.out().contains("\"score\": \"4\""), export.out());

    Kit forget = Kit.run("records", "forget", "--candidate", "Jane Zyxwv", "--yes");
    assertEquals(0, forget.exitCode(), forget.err());
    for (Path p : first.paths()) {
      assertFalse(Files.exists(p), p + " is still there");
    }
    for (Path p : debrief.paths()) {
      assertFalse(Files.exists(p), p + " is still there");
    }
    assertFalse(Files.exists(first.paths().get(0).getParent()));
    other.paths().forEach(p -> assertTrue(Files.exists(p), p.toString()));
    String dump = sqlite3(".dump");
    assertFalse(dump.contains("Zyxwv"), dump);
    assertFalse(dump.toLowerCase(java.util.Locale.ROOT).contains("zyxwv"));
    assertTrue(dump.contains("Sam Lee"));
    assertEquals(17, Kit.run("records", "forget", "--candidate", "Jane Zyxwv", "--yes")
        .exitCode());
    assertEquals(17, Kit.run("records", "export", "--candidate", "Nobody").exitCode());
  }

  @Test
  void purgeErasesOldLoopsAndWithYesDeletesOnlyTheirUnchangedFiles() throws Exception {
    Kit old = packet("Olga Oldloop", "2020-01-03", "--format", "pdf");
    assertEquals(0, old.exitCode(), old.err());
    Kit recent = packet("Rita Recent", java.time.LocalDate.now().toString(), "--format", "pdf");
    assertEquals(0, recent.exitCode(), recent.err());
    Path changed = old.paths().get(0);
    Files.writeString(changed, "edited by hand", java.nio.file.StandardOpenOption.APPEND);

    Kit purge = Kit.run("records", "purge", "--older-than", "2y", "--yes");
    assertEquals(0, purge.exitCode(), purge.err());
    assertTrue(purge.out().contains("Purged 1 loop dated before "), purge.out());
    assertTrue(purge.out().contains("Deleted " + (old.paths().size() - 1) + " of the "
        + old.paths().size() + " loop files on record."), purge.out());
    assertTrue(purge.err().contains("kit: kept " + changed + ": changed since it was written "
        + "(its SHA-256 differs from the record's); kept"), purge.err());
    assertEquals(1, purge.err().lines().count(), purge.err());
    assertTrue(Files.exists(changed), "a changed file is never deleted");
    for (Path p : old.paths().subList(1, old.paths().size())) {
      assertFalse(Files.exists(p), p + " is still there");
    }
    recent.paths().forEach(p -> assertTrue(Files.exists(p), p.toString()));
    assertEquals(List.of("Rita Recent"), column("SELECT candidate_name FROM loop;"));
    assertEquals(List.of("purge", "purge files"),
        column("SELECT action FROM audit WHERE action LIKE 'purge%' ORDER BY action;"));
    assertFalse(sqlite3(".dump").contains("Oldloop"), "the audit holds no erased content");
  }

  @Test
  void aFailedRecordIsExit15OneLineAndTheWrittenFilesStay() throws Exception {
    System.setProperty("interviewkit.record.fault", "fail-before-commit");
    Kit r;
    try {
      r = packet("Jane Doe", "2026-12-03", "--format", "pdf");
    } finally {
      System.clearProperty("interviewkit.record.fault");
    }
    assertEquals(15, r.exitCode(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("files were written to"), r.err());
    assertTrue(r.err().contains("and stay"), r.err());
    Path folder = tmp.resolve("loops").resolve("2026-12-03-jane-doe-director-of-engineering");
    assertTrue(Files.exists(folder.resolve("00-overview.pdf")));
    assertEquals("0", sqlite3("SELECT COUNT(*) FROM loop;").strip());
    Kit again = packet("Jane Doe", "2026-12-03", "--format", "pdf", "--force");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals("1", sqlite3("SELECT COUNT(*) FROM loop;").strip());
  }

  @Test
  void aRunKilledBeforeTheRecordCommitsLeavesNoLoopOnRecordAndTheRecordNamesOnlyRealFiles()
      throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "-D" + PROPERTY + "=" + db,
        "-Dinterviewkit.home=" + Kit.HOME, "-Dinterviewkit.banks=" + Kit.BANKS,
        "-Dinterviewkit.config=" + tmp.resolve("config"),
        "-Dinterviewkit.record.fault=halt-before-commit", "dev.interviewkit.cli.Main", "packet",
        "--role", "cto", "--candidate", "Jane Doe", "--date", "2026-12-03", "--format", "pdf",
        "--out", tmp.resolve("loops").toString(), "--plugins", Kit.PLUGINS.toString(),
        "--banks", Kit.BANKS.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), output);
    assertEquals(137, p.exitValue(), output);
    assertTrue(Files.exists(tmp.resolve("loops").resolve("2026-12-03-jane-doe-cto")
        .resolve("00-overview.pdf")), "the files were in place before the record's commit");
    assertEquals("0", sqlite3("SELECT COUNT(*) FROM loop;").strip());
    assertEquals("0", sqlite3("SELECT COUNT(*) FROM loop_file;").strip());
    Kit again = CliTest.kit("packet", "--role", "cto", "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--format", "pdf", "--out", tmp.resolve("loops").toString(), "--force");
    assertEquals(0, again.exitCode(), again.err());
    for (String path : column("SELECT path FROM loop_file;")) {
      assertTrue(Files.isRegularFile(Path.of(path)), path);
    }
    assertEquals(again.paths().size(), column("SELECT path FROM loop_file;").size());
  }

  @Test
  void questionsListsHowOftenEachQuestionWasAsked() throws Exception {
    assertEquals(0, packet("Jane Doe", "2026-12-03", "--format", "pdf").exitCode());
    String asked = column("SELECT question_id FROM asked ORDER BY question_id;").get(0);
    Kit table = Kit.run("questions", "--role", "director-of-engineering");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().lines().anyMatch(l -> l.startsWith(asked + " ")), table.out());
    Kit json = Kit.run("questions", "--json");
    assertEquals(0, json.exitCode(), json.err());
    List<?> rows = (List<?>) Json.parse(json.out());
    assertEquals(Integer.parseInt(sqlite3("SELECT COUNT(DISTINCT question_id) FROM asked;")
        .strip()), rows.size());
    String id = column("SELECT id FROM loop;").get(0);
    Kit decide = Kit.run("records", "decide", "--loop", id, "--decision", "hire");
    assertEquals(0, decide.exitCode(), decide.err());
    assertEquals("hire", sqlite3("SELECT decision FROM loop;").strip());
    assertEquals(17, Kit.run("records", "decide", "--loop", "0123456789abcdef", "--decision",
        "hire").exitCode());
  }
}
