package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every score reaches the debrief intact: keyed by round as well as interviewer, every scorecard
 * proven to belong to the loop, each bad one refused by name and field (exit 12), text kept.
 */
class DebriefIntegrityTest {

  @TempDir Path tmp;

  private Kit debrief(String... files) {
    String[] args = new String[files.length + 3];
    args[0] = "debrief";
    args[1] = "--out";
    args[2] = tmp.resolve("d").toString();
    System.arraycopy(files, 0, args, 3, files.length);
    return CliTest.kit(args);
  }

  @Test
  void oneInterviewerRunningTwoRoundsGivesTwoScoresAndTheDisagreementInEveryOutput()
      throws IOException {
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "pdf");
    Scorecards.fill(cards.get(1), Map.of("leadership-scenario:manager-coaching:score", "4",
        "leadership-scenario:manager-coaching:evidence", "Named the rollback risk first",
        "leadership-scenario:recommendation", "yes", "leadership-scenario:interviewer", "Priya Raman"));
    Scorecards.fill(cards.get(4), Map.of("hiring-team-building:manager-coaching:score", "1",
        "hiring-team-building:manager-coaching:evidence", "Shipped without a rollback",
        "hiring-team-building:recommendation", "no",
        "hiring-team-building:interviewer", "Priya Raman"));
    Kit r = debrief(cards.get(1).toString(), cards.get(4).toString());
    assertEquals(0, r.exitCode(), r.err());

    String json = Files.readString(Scorecards.withSuffix(r.paths(), ".json"));
    assertTrue(json.contains("\"id\": \"manager-coaching\", \"title\": \"Coaching managers\", "
        + "\"scores\": [{\"round\": \"leadership-scenario\", \"panelist\": \"Priya Raman\", \"score\": 4}, "
        + "{\"round\": \"hiring-team-building\", \"panelist\": \"Priya Raman\", \"score\": 1}], "
        + "\"min\": 1, \"max\": 4, \"mean\": 2.50, \"disagreement\": true"), json);
    assertTrue(json.contains("\"recommendations\": {\"strong-no\": 0, \"no\": 1, \"yes\": 1"), json);

    String csv = Files.readString(Scorecards.withSuffix(r.paths(), ".csv"));
    assertTrue(csv.contains(",leadership-scenario,Priya Raman,manager-coaching,4,"), csv);
    assertTrue(csv.contains(",hiring-team-building,Priya Raman,manager-coaching,1,"), csv);

    Path pdf = Scorecards.withSuffix(r.paths(), ".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Coaching managers: scores from 1 to 4 (Priya Raman, Engineering leadership scenario:"
          + " 4; Priya Raman, Hiring and team building: 1)"), text);
      assertTrue(text.contains("Disagreement"), text);
      assertTrue(text.contains("Competency Priya Raman round 2 Priya Raman round 5 Min Max Mean"
          + " Flag"), text);
      assertTrue(text.contains("Rounds: 2 Engineering leadership scenario; 5 Hiring and team"
          + " building."), text);
      assertTrue(text.contains("Coaching managers 4 1 1 4 2.50 Disagreement"), text);
    }
    try (var in = Files.newInputStream(Scorecards.withSuffix(r.paths(), ".docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable scores = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText()
          .equals("Competency")).findFirst().orElseThrow();
      List<String> header = scores.getRow(0).getTableCells().stream()
          .map(c -> c.getText().replaceAll("\\s+", " ")).toList();
      assertEquals(2, header.stream().filter(h -> h.startsWith("Priya Raman")).count(), "" + header);
      var risk = scores.getRows().stream().filter(row -> row.getCell(0).getText()
          .equals("Coaching managers")).findFirst().orElseThrow();
      int first = header.indexOf("Priya Raman round 2");
      int delivery = header.indexOf("Priya Raman round 5");
      assertEquals("4", risk.getCell(first).getText(), "" + header);
      assertEquals("1", risk.getCell(delivery).getText());
      assertEquals("Disagreement", risk.getCell(header.size() - 1).getText());
    }
  }

  @Test
  void duplicatesOutOfRangeScoresAndEditedMetadataAreAllRefusedInOneRun() throws IOException {
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "pdf");
    Scorecards.fill(cards.get(0), Map.of("systems-design:technical-risk:score", "3",
        "systems-design:technical-risk:evidence", "Fine", "systems-design:recommendation", "yes",
        "systems-design:interviewer", "Priya Raman"));
    Path copy = Files.copy(cards.get(0), tmp.resolve("copy-of-systems.pdf"));
    Path other = Files.copy(cards.get(1), tmp.resolve("leadership-again.pdf"));
    Scorecards.raw(cards.get(1), Map.of("leadership-scenario:manager-coaching:score", "5",
        "leadership-scenario:performance-management:score", "abc",
        "leadership-scenario:recommendation", "maybe"));
    Scorecards.raw(other, Map.of("leadership-scenario:manager-coaching:score", "2"));
    Scorecards.raw(cards.get(2), Map.of("hiring-org-design:team-topology:score", "-1"));
    Scorecards.info(cards.get(3), "interviewkit.date", "../../x");
    Kit r = debrief(cards.get(0).toString(), cards.get(0).toString(), copy.toString(),
        cards.get(1).toString(), other.toString(), cards.get(2).toString(),
        cards.get(3).toString());
    assertEquals(12, r.exitCode(), r.err());
    String err = r.err();
    assertTrue(err.contains("refused " + cards.get(0) + " (given again): is given twice"), err);
    assertTrue(err.contains("refused " + copy + ": is the same file as " + cards.get(0)
        + " (identical content)"), err);
    assertTrue(err.contains("refused " + cards.get(1) + ": field "
        + "'leadership-scenario:manager-coaching:score': '5' is not a score (1, 2, 3, 4, na, or"
        + " blank)"), err);
    assertTrue(err.contains("refused " + cards.get(1) + ": field "
        + "'leadership-scenario:performance-management:score': 'abc' is not a score"), err);
    assertTrue(err.contains("refused " + cards.get(1) + ": field "
        + "'leadership-scenario:recommendation': 'maybe' is not a recommendation"), err);
    assertTrue(err.contains("refused " + cards.get(2) + ": field "
        + "'hiring-org-design:team-topology:score': '-1' is not a score"), err);
    assertTrue(err.contains("refused " + cards.get(3) + ": its loop metadata is not valid"), err);
    assertFalse(err.contains("refused " + other), "only the invalid leadership card is refused,"
        + " so its round comes once: " + err);
    assertTrue(err.lines().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")), err);
    String json = Files.readString(Scorecards.withSuffix(r.paths(), ".json"));
    assertTrue(json.contains("\"recommendations\": {\"strong-no\": 0, \"no\": 0, \"yes\": 1"),
        "the same file given three times counts once: " + json);
    assertTrue(json.contains("\"complete\": false"), json);
    assertTrue(json.contains("\"missing_rounds\": [\"hiring-org-design\", "
        + "\"delivery-partnership\", \"hiring-team-building\"]"), json);
    try (PDDocument doc = Loader.loadPDF(Scorecards.withSuffix(r.paths(), ".pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("This debrief is incomplete:"), text);
      assertTrue(text.contains("Files not used"), text);
    }
    try (var files = Files.walk(tmp)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("90-debrief")
          && !p.startsWith(tmp.resolve("d"))), "a debrief was written outside --out");
    }
  }

  @Test
  void theSameRoundTwiceWithDifferentAnswersIsRefusedOnBothFiles() throws IOException {
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "pdf");
    Path second = Files.copy(cards.get(0), tmp.resolve("systems-second.pdf"));
    Scorecards.fill(cards.get(0), Map.of("systems-design:technical-risk:score", "4"));
    Scorecards.fill(second, Map.of("systems-design:technical-risk:score", "1"));
    Kit r = debrief(cards.get(0).toString(), second.toString(), cards.get(1).toString());
    assertEquals(12, r.exitCode(), r.err());
    assertTrue(r.err().contains("refused " + cards.get(0) + ": round 'systems-design' is also"
        + " scored in " + second), r.err());
    assertTrue(r.err().contains("refused " + second + ": round 'systems-design' is also"
        + " scored in " + cards.get(0)), r.err());
    String json = Files.readString(Scorecards.withSuffix(r.paths(), ".json"));
    assertTrue(json.contains("\"missing_rounds\": [\"systems-design\""), json);
  }

  @Test
  void aWordScorecardWithTwoChoicesForOneScoreIsRefusedByNameAndField() throws IOException {
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "docx");
    Path docx = cards.get(0);
    String tag = "systems-design:architecture-judgement:score";
    String xml = Scorecards.duplicate(Scorecards.part(docx, "word/document.xml"), tag);
    xml = Scorecards.choose(xml, tag, "1 Well below");
    int second = xml.indexOf("w:val=\"" + tag + "\"", xml.indexOf("w:val=\"" + tag + "\"") + 1);
    xml = xml.substring(0, second - 1)
        + Scorecards.choose(xml.substring(second - 1), tag, "3 Meets");
    Scorecards.replacePart(docx, "word/document.xml", xml);
    Path good = cards.get(1);
    String other = Scorecards.choose(Scorecards.part(good, "word/document.xml"),
        "leadership-scenario:manager-coaching:score", "3 Meets");
    Scorecards.replacePart(good, "word/document.xml", other);
    Kit r = debrief(docx.toString(), good.toString());
    assertEquals(12, r.exitCode(), r.err());
    assertTrue(r.err().contains("refused " + docx + ": field "
        + "'systems-design:architecture-judgement:score': 2 choices are ticked (1, 3); tick"
        + " exactly one"), r.err());
    String csv = Files.readString(Scorecards.withSuffix(r.paths(), ".csv"));
    assertTrue(csv.contains(",leadership-scenario,(leadership-scenario),manager-coaching,3,"),
        csv);
  }

  @Test
  void aScorecardMovedIntoAnotherLoopsFolderIsRefusedAgainstThatLoopsOverview()
      throws IOException {
    Kit packet = CliTest.kit("packet", "--role", "director-of-engineering", "--candidate",
        "Jane Doe", "--date", "2026-12-03", "--seed", "5", "--format", "pdf", "--out",
        tmp.resolve("loops").toString());
    assertEquals(0, packet.exitCode(), packet.err());
    Path folder = Scorecards.withSuffix(packet.paths(), "00-overview.pdf").getParent();
    Path ours = Scorecards.withSuffix(packet.paths(), "11-systems-design-scorecard.pdf");
    List<Path> theirs = Scorecards.make(tmp.resolve("other"), "John Roe", "6", "pdf");
    Path stray = Files.copy(theirs.get(1), folder.resolve("12-stray-scorecard.pdf"));
    Path stray2 = Files.copy(theirs.get(2), folder.resolve("13-stray-scorecard.pdf"));
    Kit r = debrief(stray.toString(), stray2.toString(), ours.toString());
    assertEquals(12, r.exitCode(), r.err());
    assertTrue(r.err().contains("refused " + stray + ": names loop "), r.err());
    assertTrue(r.err().contains("(candidate 'John Roe', director-of-engineering, 2026-12-03, seed"
        + " 6) but the overview in its folder is of loop "), r.err());
    assertTrue(r.err().contains("refused " + stray2 + ": names loop "), r.err());
    assertTrue(r.out().contains("90-debrief.pdf"), "ours is still used: " + r.err());
  }

  @Test
  void hebrewEmojiAndTabsNeverBlockTheDebriefAndTheCsvKeepsThemByteForByte()
      throws IOException {
    String evidence = "שלום, עולם — she said \"ok\"\tthen 😀 left\nsecond line ✓";
    String formula = "=HYPERLINK(\"http://x.invalid\",\"click\")";
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "pdf");
    Scorecards.raw(cards.get(0), Map.of("systems-design:technical-risk:score", "3",
        "systems-design:technical-risk:evidence", evidence,
        "systems-design:architecture-judgement:score", "2",
        "systems-design:architecture-judgement:evidence", formula,
        "systems-design:recommendation", "yes", "systems-design:interviewer", "דנה 🙂"));
    Kit r = debrief(cards.get(0).toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("kit: warning: " + cards.get(0) + ": field "
        + "'systems-design:technical-risk:evidence': the debrief PDF cannot draw"), r.err());
    assertTrue(r.err().contains("U+1F600"), r.err());
    byte[] csv = Files.readAllBytes(Scorecards.withSuffix(r.paths(), ".csv"));
    String quoted = "\"" + evidence.replace("\"", "\"\"") + "\"";
    assertTrue(indexOf(csv, quoted.getBytes(StandardCharsets.UTF_8)) >= 0,
        new String(csv, StandardCharsets.UTF_8));
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.contains(",\"'" + formula.replace("\"", "\"\"") + "\","), text);
    String json = Files.readString(Scorecards.withSuffix(r.paths(), ".json"));
    assertTrue(json.contains("\"technical-risk\": \"" + evidence.replace("\"", "\\\"")
        .replace("\t", "\\t").replace("\n", "\\n") + "\""), json);
    assertTrue(json.contains("\"architecture-judgement\": \"" + formula.replace("\"", "\\\"")
        + "\""), "the JSON is never neutralised: " + json);
    try (PDDocument doc = Loader.loadPDF(Scorecards.withSuffix(r.paths(), ".pdf").toFile())) {
      String page = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(page.contains("then [U+1F600] left"), page);
      assertTrue(page.contains("second line ✓"), page);
    }
    try (var in = Files.newInputStream(Scorecards.withSuffix(r.paths(), ".docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
      assertTrue(all.contains("then 😀 left"), "Word can hold the emoji: " + all);
      assertTrue(all.contains("שלום"), all);
    }
  }

  @Test
  void aHandEditedDateCannotSteerTheOutputFolderOutsideOut() throws IOException {
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "pdf");
    Path moved = Files.copy(cards.get(0), tmp.resolve("edited.pdf"),
        StandardCopyOption.REPLACE_EXISTING);
    Scorecards.info(moved, "interviewkit.date", "/tmp/../../x");
    Scorecards.info(cards.get(1), "interviewkit.candidate", "../../../evil");
    Kit r = debrief(moved.toString(), cards.get(1).toString(), cards.get(2).toString());
    assertEquals(12, r.exitCode(), r.err());
    assertTrue(r.err().contains("refused " + moved + ": its loop metadata is not valid"), r.err());
    assertTrue(r.err().contains("refused " + cards.get(1) + ": its loop metadata was changed"),
        r.err());
    for (Path p : r.paths()) {
      assertTrue(p.toAbsolutePath().normalize().startsWith(tmp.resolve("d")), p.toString());
    }
  }

  @Test
  void aSymbolicLinkInPlaceOfTheLoopFolderIsNotWrittenThrough() throws IOException {
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "pdf");
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path out = Files.createDirectories(tmp.resolve("d"));
    Files.createSymbolicLink(out.resolve("2026-12-03-jane-doe-director-of-engineering"),
        elsewhere);
    Kit r = debrief(cards.get(0).toString());
    assertEquals(6, r.exitCode(), r.err());
    assertTrue(r.err().contains("refusing to write the debrief through the symbolic link"),
        r.err());
    try (var files = Files.list(elsewhere)) {
      assertEquals(0, files.count());
    }
  }

  private static int indexOf(byte[] bytes, byte[] what) {
    outer:
    for (int i = 0; i <= bytes.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
