package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scorecards filled in by a third-party tool (PDFBox) and read back by {@code kit debrief}. */
class DebriefTest {

  @TempDir Path tmp;

  private List<Path> scorecards(String candidate, String seed) {
    Kit r = CliTest.kit("scorecards", "--role", "director-of-engineering", "--candidate",
        candidate, "--date", "2026-12-03", "--seed", seed, "--format", "pdf", "--out",
        tmp.resolve("loops").toString());
    assertEquals(0, r.exitCode(), r.err());
    return r.paths();
  }

  private static void fill(Path pdf, Map<String, String> values) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      for (Map.Entry<String, String> e : values.entrySet()) {
        PDField field = form.getField(e.getKey());
        assertTrue(field != null, "no field " + e.getKey() + " in " + pdf);
        field.setValue(e.getValue());
      }
      doc.save(pdf.toFile());
    }
  }

  @Test
  void summaryMatchesWhatPanelistsEnteredAndFlagsDisagreementsGapsAndIncompleteCards()
      throws IOException {
    List<Path> cards = scorecards("Jane Doe", "5");
    Path systems = cards.get(0);
    Path leadership = cards.get(1);
    fill(systems, Map.of(
        "systems-design:architecture-judgement:score", "4",
        "systems-design:architecture-judgement:evidence", "Spotted the cache stampede early",
        "systems-design:technical-risk:score", "3",
        "systems-design:technical-risk:evidence", "Re-estimated the migration",
        "systems-design:team-topology:score", "3",
        "systems-design:recommendation", "yes",
        "systems-design:interviewer", "Priya Raman"));
    fill(leadership, Map.of(
        "leadership-scenario:manager-coaching:score", "3",
        "leadership-scenario:manager-coaching:evidence", "Clear plan for the struggling EM",
        "leadership-scenario:performance-management:score", "1",
        "leadership-scenario:performance-management:evidence", "Would fire without feedback",
        "leadership-scenario:recommendation", "no",
        "leadership-scenario:interviewer", "Marco Bianchi"));
    Kit r = CliTest.kit("debrief", "--out", tmp.resolve("debrief").toString(),
        systems.toString(), leadership.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("team-topology scored 3 without evidence"), r.err());
    assertTrue(r.err().contains("gap: nobody assessed hiring-process"), r.err());
    Path json = r.paths().stream().filter(p -> p.toString().endsWith(".json")).findFirst()
        .orElseThrow();
    String data = Files.readString(json);
    assertTrue(data.contains("\"id\": \"architecture-judgement\", \"title\": \"Architecture "
        + "judgement\", \"scores\": [{\"round\": \"systems-design\", \"panelist\": \"Priya Raman\", "
        + "\"score\": 4}], \"min\": 4, \"max\": 4, \"mean\": 4.00"), data);
    assertTrue(data.contains("\"recommendations\": {\"strong-no\": 0, \"no\": 1, \"yes\": 1, "
        + "\"strong-yes\": 0}"), data);
    String csv = Files.readString(r.paths().stream().filter(p -> p.toString().endsWith(".csv"))
        .findFirst().orElseThrow());
    assertTrue(csv.contains("Jane Doe,director-of-engineering,2026-12-03,systems-design,"
        + "Priya Raman,architecture-judgement,4,Spotted the cache stampede early,yes"), csv);
    assertTrue(csv.contains("leadership-scenario,Marco Bianchi,performance-management,1,"
        + "Would fire without feedback,no"), csv);
    Path pdf = r.paths().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst()
        .orElseThrow();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Discuss the evidence before the scores."), text);
      assertTrue(text.contains("Spotted the cache stampede early"), text);
      assertTrue(text.contains("Gaps"), "gaps not flagged: " + text);
      assertTrue(text.contains("At a glance"), "no picture: " + text);
    }
    Path docx = r.paths().stream().filter(p -> p.toString().endsWith(".docx")).findFirst()
        .orElseThrow();
    try (var in = Files.newInputStream(docx);
        var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
      String xml = doc.getDocument().xmlText();
      assertTrue(xml.contains("w:fill=\"D9D9D9\""), "the heat map shades a 4 darkest");
      assertTrue(xml.contains("4 ████"), "the heat map draws a bar for a 4");
    }
  }

  @Test
  void csvAndJsonHoldTheSameScores() throws IOException {
    List<Path> cards = scorecards("Ana Silva", "12");
    fill(cards.get(0), Map.of("systems-design:architecture-judgement:score", "2",
        "systems-design:architecture-judgement:evidence", "Missed the hot key, \"obvious\" one",
        "systems-design:technical-risk:score", "4", "systems-design:technical-risk:evidence",
        "Found the rollback gap", "systems-design:recommendation", "no",
        "systems-design:interviewer", "Kim, Lee"));
    fill(cards.get(1), Map.of("leadership-scenario:manager-coaching:score", "3",
        "leadership-scenario:manager-coaching:evidence", "Clear plan",
        "leadership-scenario:recommendation", "yes", "leadership-scenario:interviewer", "Noor"));
    Kit r = CliTest.kit("debrief", "--out", tmp.resolve("d").toString(), cards.get(0).toString(),
        cards.get(1).toString());
    assertEquals(0, r.exitCode(), r.err());
    String csv = Files.readString(r.paths().stream().filter(p -> p.toString().endsWith(".csv"))
        .findFirst().orElseThrow());
    String json = Files.readString(r.paths().stream().filter(p -> p.toString().endsWith(".json"))
        .findFirst().orElseThrow());
    Map<String, String> fromCsv = new java.util.TreeMap<>();
    for (String line : csv.split("\r\n")) {
      List<String> cells = csvCells(line);
      if (cells.size() == 10 && cells.get(6).matches("[1-4]")) {
        fromCsv.put(cells.get(4) + "|" + cells.get(5), cells.get(6));
      }
    }
    Map<String, String> fromJson = new java.util.TreeMap<>();
    var competency = java.util.regex.Pattern.compile(
        "\\{\"id\": \"([^\"]+)\", \"title\": \"[^\"]*\", \"scores\": \\[([^\\]]*)\\]")
        .matcher(json);
    while (competency.find()) {
      var score = java.util.regex.Pattern.compile("\"panelist\": \"([^\"]+)\", \"score\": (\\d)")
          .matcher(competency.group(2));
      while (score.find()) {
        fromJson.put(score.group(1) + "|" + competency.group(1), score.group(2));
      }
    }
    assertEquals(Map.of("Kim, Lee|architecture-judgement", "2", "Kim, Lee|technical-risk", "4",
        "Noor|manager-coaching", "3"), fromCsv);
    assertEquals(fromCsv, fromJson);
    assertTrue(csv.contains("\"Missed the hot key, \"\"obvious\"\" one\""), csv);
  }

  /** Splits one CSV line, honouring quotes. */
  private static List<String> csvCells(String line) {
    List<String> cells = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void disagreementIsFlaggedWhenPanelistsAreTwoPointsApart() throws IOException {
    List<Path> cards = scorecards("Sam Lee", "8");
    // With seed 8 both the org design and the hiring rounds score the hiring process.
    fill(cards.get(2), Map.of("hiring-org-design:hiring-process:score", "4",
        "hiring-org-design:hiring-process:evidence", "Strong", "hiring-org-design:recommendation",
        "yes", "hiring-org-design:interviewer", "A"));
    fill(cards.get(4), Map.of("hiring-team-building:hiring-process:score", "1",
        "hiring-team-building:hiring-process:evidence", "Weak",
        "hiring-team-building:recommendation", "no", "hiring-team-building:interviewer", "B"));
    Kit r = CliTest.kit("debrief", "--out", tmp.resolve("d").toString(), cards.get(2).toString(),
        cards.get(4).toString());
    assertEquals(0, r.exitCode(), r.err());
    String json = Files.readString(r.paths().stream().filter(p -> p.toString().endsWith(".json"))
        .findFirst().orElseThrow());
    assertTrue(json.contains("\"id\": \"hiring-process\", \"title\": \"Hiring process\", "
        + "\"scores\": [{\"round\": \"hiring-org-design\", \"panelist\": \"A\", \"score\": 4}, "
        + "{\"round\": \"hiring-team-building\", \"panelist\": \"B\", \"score\": 1}], \"min\": 1, "
        + "\"max\": 4, \"mean\": 2.50, \"disagreement\": true"), json);
  }

  @Test
  void refusesAScorecardFromAnotherLoopByName() throws IOException {
    List<Path> ours = scorecards("Jane Doe", "5");
    Path theirs = scorecards("John Roe", "6").get(1);
    Path junk = Files.writeString(tmp.resolve("notes.pdf"), "not a pdf");
    // The other loop's file comes first: the loop is the one most scorecards name.
    Kit r = CliTest.kit("debrief", "--out", tmp.resolve("d").toString(), theirs.toString(),
        ours.get(0).toString(), ours.get(2).toString(), junk.toString());
    assertEquals(12, r.exitCode(), r.err());
    assertTrue(r.err().contains("refused " + theirs + ": belongs to another loop"), r.err());
    assertTrue(r.err().contains("candidate 'John Roe'"), r.err());
    assertTrue(r.err().contains("refused " + junk + ": is not a PDF file"), r.err());
    assertTrue(r.paths().stream().anyMatch(p -> p.toString().endsWith("90-debrief.pdf")),
        "the readable scorecards were not used: " + r.out());
    assertTrue(r.paths().get(0).startsWith(tmp.resolve("d").resolve(
        "2026-12-03-jane-doe-director-of-engineering")), r.out());
  }

  @Test
  void loopNamedByAsManyFilesAsAnotherIsNotGuessed() throws IOException {
    Path ours = scorecards("Jane Doe", "5").get(0);
    Path theirs = scorecards("John Roe", "6").get(1);
    Kit r = CliTest.kit("debrief", "--out", tmp.resolve("d").toString(), ours.toString(),
        theirs.toString());
    assertEquals(12, r.exitCode(), r.err());
    assertTrue(r.err().contains("name the loop with --loop ID; nothing was written"), r.err());
    assertEquals("", r.out());
    assertTrue(Files.notExists(tmp.resolve("d")));
    String id = r.err().replaceAll("(?s).*\\(([0-9a-f]{16}) \\(candidate 'Jane Doe'.*", "$1");
    Kit chosen = CliTest.kit("debrief", "--out", tmp.resolve("d").toString(), "--loop", id,
        ours.toString(), theirs.toString());
    assertEquals(12, chosen.exitCode(), chosen.err());
    assertTrue(chosen.err().contains("refused " + theirs + ": belongs to another loop"),
        chosen.err());
    assertTrue(chosen.out().contains("90-debrief.json"), chosen.out());
  }
}
