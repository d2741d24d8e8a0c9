package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Practice packs ({@code kit training}) and their scoring against the key. */
class TrainingTest {

  static final String ROLE = "director-of-engineering";
  static final List<String> LABELS = List.of("1 Well below", "2 Below", "3 Meets",
      "4 Clearly above");
  @TempDir Path tmp;

  private Kit kit(Path banks, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--plugins", Kit.PLUGINS.toString(), "--banks", banks.toString()));
    return Kit.run(all.toArray(String[]::new));
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
    }
  }

  private static String docxText(Path docx) throws IOException {
    try (var in = Files.newInputStream(docx); var doc = new XWPFDocument(in);
        var text = new XWPFWordExtractor(doc)) {
      return text.getText().replaceAll("[\\s\\u00A0]+", " ");
    }
  }

  private static String docxXml(Path docx) throws IOException {
    try (var in = Files.newInputStream(docx); var doc = new XWPFDocument(in)) {
      return doc.getDocument().xmlText();
    }
  }

  private static Path named(List<Path> paths, String name) {
    return paths.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + paths));
  }

  @Test
  void directorPacketShowsTheSampleAnswersOfItsQuestionsInBothFormats() throws IOException {
    Path banks = SampleBanks.copy(tmp.resolve("banks"), List.of(1, 2, 3, 4));
    Kit r = kit(banks, "packet", "--role", ROLE, "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--seed", "5", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.exitCode(), r.err());
    List<Path> packets = r.paths().stream()
        .filter(p -> p.getFileName().toString().matches("1\\d-.*-packet\\.pdf")).toList();
    long rounds = r.paths().stream()
        .filter(p -> p.getFileName().toString().matches("1\\d-.*-scorecard\\.pdf")).count();
    assertTrue(rounds >= 4, r.out());
    assertEquals(rounds, packets.size(), r.out());
    int questions = 0;
    for (Path pdf : packets) {
      Path docx = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".docx"));
      for (String text : List.of(pdfText(pdf), docxText(docx))) {
        Matcher ids = Pattern.compile("Notes · (\\S+)").matcher(text);
        int found = 0;
        while (ids.find()) {
          String q = ids.group(1);
          found++;
          assertTrue(text.contains("Rating guide · " + q), pdf + ": no guide for " + q);
          for (int s = 1; s <= 4; s++) {
            assertTrue(text.contains("\u201C" + SampleBanks.answer(q, s) + "\u201D"),
                pdf + ": " + q + " sample " + s);
            assertTrue(text.contains("Why a " + s + ": " + SampleBanks.why(q, s)), q + " why");
            assertTrue(text.contains("Would raise it: " + SampleBanks.raise(q, s)), q + " raise");
          }
          assertTrue(text.contains("Sounds like a 2 Below") && text.contains("Sounds like a 3 "
              + "Meets"), pdf.toString());
        }
        assertTrue(found > 0, pdf + ": no questions found");
        questions += found;
      }
    }
    assertTrue(questions >= 16, "questions seen: " + questions);
  }

  @Test
  void scorecardHasAWhatWouldHaveRaisedItBoxPerCompetencyInBothFormats() throws IOException {
    Kit r = kit(Kit.BANKS, "scorecards", "--role", ROLE, "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--seed", "5", "--out", tmp.toString());
    assertEquals(0, r.exitCode(), r.err());
    int boxes = 0;
    for (Path pdf : r.paths().stream().filter(p -> p.toString().endsWith(".pdf")).toList()) {
      Path docx = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".docx"));
      String xml = docxXml(docx);
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        String round = doc.getDocumentInformation().getCustomMetadataValue("interviewkit.round");
        String[] competencies = doc.getDocumentInformation()
            .getCustomMetadataValue("interviewkit.competencies").split(",");
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        for (String c : competencies) {
          String name = round + ":" + c + ":raise";
          PDField field = form.getField(name);
          assertTrue(field instanceof PDTextField t && t.isMultiline(), pdf + ": " + name);
          Matcher control = Pattern.compile("<w:tag w:val=\"" + Pattern.quote(name)
              + "\"/>.{0,200}?<w:text w:multiLine=\"true\"/>").matcher(xml);
          assertTrue(control.find(), docx + ": no text control " + name);
          boxes++;
        }
        assertTrue(new PDFTextStripper().getText(doc).contains("What would have raised the "
            + "score"), pdf.toString());
      }
      assertTrue(docxText(docx).contains("What would have raised the score"), docx.toString());
    }
    assertTrue(boxes >= 12, "boxes: " + boxes);
  }

  /** Key scores by transcript, read from key.json with a regular expression. */
  private static Map<String, Integer> keyScores(Path key) throws IOException {
    Map<String, Integer> scores = new LinkedHashMap<>();
    Matcher m = Pattern.compile("\"id\": \"(T\\d+)\", \"question\": \"[^\"]+\", "
        + "\"competency\": \"([^\"]+)\", \"score\": (\\d)").matcher(Files.readString(key));
    while (m.find()) {
      scores.put(m.group(1) + "|" + m.group(2), Integer.parseInt(m.group(3)));
    }
    return scores;
  }

  private static List<Path> fill(Path pack, Path into, String trainee, IntUnaryOperator rule)
      throws IOException {
    Files.createDirectories(into);
    List<Path> filled = new ArrayList<>();
    for (Map.Entry<String, Integer> e : keyScores(pack.resolve("key.json")).entrySet()) {
      String t = e.getKey().split("\\|")[0];
      String c = e.getKey().split("\\|")[1];
      Path card = Files.copy(pack.resolve(t + "-scorecard.pdf"), into.resolve(t + ".pdf"));
      try (PDDocument doc = Loader.loadPDF(card.toFile())) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        form.getField(t + ":" + c + ":score").setValue(String.valueOf(rule.applyAsInt(
            e.getValue())));
        form.getField(t + ":" + c + ":evidence").setValue("Heard the answer");
        form.getField(t + ":" + c + ":raise").setValue("More specifics");
        form.getField(t + ":interviewer").setValue(trainee);
        doc.save(card.toFile());
      }
      filled.add(card);
    }
    return filled;
  }

  private static List<Path> fillWord(Path pack, Path into, String trainee, IntUnaryOperator rule)
      throws IOException {
    Files.createDirectories(into);
    List<Path> filled = new ArrayList<>();
    for (Map.Entry<String, Integer> e : keyScores(pack.resolve("key.json")).entrySet()) {
      String t = e.getKey().split("\\|")[0];
      String c = e.getKey().split("\\|")[1];
      Path card = Files.copy(pack.resolve(t + "-scorecard.docx"), into.resolve(t + ".docx"));
      WordFill.fill(card, Map.of(t + ":" + c + ":score",
          LABELS.get(rule.applyAsInt(e.getValue()) - 1)),
          Map.of(t + ":" + c + ":evidence", "Heard it", t + ":interviewer", trainee));
      filled.add(card);
    }
    return filled;
  }

  @Test
  void practicePackScoredWithTheKeyAgreesFullyAndOnePointHighIsOffsetPlusOne()
      throws IOException {
    Path banks = SampleBanks.copy(tmp.resolve("banks"), List.of(2, 3));
    Path pack = tmp.resolve("pack");
    Kit r = kit(banks, "training", "--role", ROLE, "--out", pack.toString(), "--seed", "3",
        "--date", "2026-12-01");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Integer> key = keyScores(pack.resolve("key.json"));
    assertEquals(8, key.size(), Files.readString(pack.resolve("key.json")));
    for (String name : List.of("00-calibration-guide.pdf", "00-calibration-guide.docx",
        "90-answer-key.pdf", "90-answer-key.docx", "key.json")) {
      assertTrue(r.paths().contains(pack.resolve(name)), name);
    }
    String json = Files.readString(pack.resolve("key.json"));
    for (String id : key.keySet().stream().map(k -> k.split("\\|")[0]).toList()) {
      for (String ext : List.of(".pdf", ".docx")) {
        Path transcript = pack.resolve(id + "-transcript" + ext);
        String sha = HexFormat.of().formatHex(sha(Files.readAllBytes(transcript)));
        assertTrue(json.contains("\"" + id + "-transcript" + ext + "\": \"" + sha + "\""), id);
      }
    }
    // Everyone fills in the key's own scores; Ben one point higher everywhere (4 stays 4).
    List<Path> cards = new ArrayList<>(fill(pack, tmp.resolve("ana"), "Ana Exact", s -> s));
    IntUnaryOperator plusOne = s -> Math.min(s + 1, 4);
    cards.addAll(fill(pack, tmp.resolve("ben"), "Ben Lenient", plusOne));
    cards.addAll(fillWord(pack, tmp.resolve("cy"), "Cy Word", s -> s));
    List<String> args = new ArrayList<>(List.of("training", "score", "--key",
        pack.resolve("key.json").toString(), "--out", tmp.resolve("scores").toString()));
    cards.forEach(c -> args.add(c.toString()));
    Kit scored = kit(banks, args.toArray(String[]::new));
    assertEquals(0, scored.exitCode(), scored.err());
    double expectedOffset = key.values().stream().mapToInt(s -> plusOne.applyAsInt(s) - s)
        .average().orElseThrow();
    long expectedExact = key.values().stream().filter(s -> plusOne.applyAsInt(s) == s).count();
    assertEquals(1.0, expectedOffset, "this key has no 4, so +1 is possible everywhere");
    assertEquals(0, expectedExact);
    String report = Files.readString(named(scored.paths(), "95-training-score.json"));
    assertTrue(report.contains("{\"name\": \"Ana Exact\", \"overall\": {\"scored\": 8, \"exact\": "
        + "8, \"within_one\": 8, \"exact_share\": 1.00, \"within_one_share\": 1.00, \"offset\": "
        + "0.00}"), report);
    assertTrue(report.contains(String.format(java.util.Locale.ROOT, "{\"name\": \"Ben Lenient\", "
        + "\"overall\": {\"scored\": 8, \"exact\": %d, \"within_one\": 8, \"exact_share\": %.2f, "
        + "\"within_one_share\": 1.00, \"offset\": %.2f}", expectedExact, expectedExact / 8.0,
        expectedOffset)), report);
    assertTrue(report.contains("{\"name\": \"Cy Word\", \"overall\": {\"scored\": 8, \"exact\": "
        + "8, \"within_one\": 8, \"exact_share\": 1.00, \"within_one_share\": 1.00, \"offset\": "
        + "0.00}"), "Word scorecards: " + report);
    String csv = Files.readString(named(scored.paths(), "95-training-score.csv"));
    assertTrue(csv.contains("Ana Exact,all,8,8,8,100.0,100.0,0.00\r\n"), csv);
    assertTrue(csv.contains("Ben Lenient,all,8,0,8,0.0,100.0,1.00\r\n"), csv);
    for (String c : key.keySet().stream().map(k -> k.split("\\|")[1]).distinct().toList()) {
      assertTrue(csv.lines().anyMatch(l -> l.startsWith("Ana Exact," + c + ",")
          && l.endsWith(",100.0,100.0,0.00")), c + ": " + csv);
      assertTrue(csv.lines().anyMatch(l -> l.startsWith("Ben Lenient," + c + ",")
          && l.endsWith(",0.0,100.0,1.00")), c + ": " + csv);
    }
    String pdf = pdfText(named(scored.paths(), "95-training-score.pdf"));
    assertTrue(pdf.contains("Ana Exact All competencies 8 100 % 100 % 0.00"), pdf);
    assertTrue(pdf.contains("Ben Lenient All competencies 8 0 % 100 % +1.00"), pdf);
    String docx = docxText(named(scored.paths(), "95-training-score.docx"));
    assertTrue(docx.contains("Ben Lenient") && docx.contains("+1.00"), docx);
    String guide = pdfText(named(scored.paths(), "96-calibration-guide-by-spread.pdf"));
    assertTrue(guide.contains("Ordered by spread"), guide);
  }

  @Test
  void transcriptsNeverShowTheScoreWhyOrRaiseAndTheKeyMatchesThem() throws IOException {
    Path banks = SampleBanks.copy(tmp.resolve("banks"), List.of(1, 2, 3, 4));
    Path pack = tmp.resolve("pack");
    Kit r = kit(banks, "training", "--role", ROLE, "--round", "systems-design", "--out",
        pack.toString(), "--seed", "9", "--count", "5");
    assertEquals(0, r.exitCode(), r.err());
    Map<String, Integer> key = keyScores(pack.resolve("key.json"));
    assertEquals(5, key.size());
    for (Map.Entry<String, Integer> e : key.entrySet()) {
      String t = e.getKey().split("\\|")[0];
      for (String text : List.of(pdfText(pack.resolve(t + "-transcript.pdf")),
          docxText(pack.resolve(t + "-transcript.docx")))) {
        String word = SampleBanks.WORDS.get(e.getValue() - 1);
        assertTrue(text.contains(" " + word + " account"), t + " is not the key's answer");
        for (String secret : List.of("Reasoning", "Lift ", "Why a", "Would raise", "2 Below",
            "3 Meets", "4 Clearly above", "1 Well below", "Answer key", "key score")) {
          assertFalse(text.contains(secret), t + " shows '" + secret + "': " + text);
        }
      }
    }
    String guide = pdfText(pack.resolve("00-calibration-guide.pdf"));
    assertTrue(guide.contains("Agenda — 45 minutes") && guide.contains("45 min Total"), guide);
    assertTrue(guide.contains("boundary cases between 2 and 3"), guide);
    String answerKey = docxText(pack.resolve("90-answer-key.docx"));
    assertTrue(answerKey.contains("SHA-256"), answerKey);
  }

  @Test
  void aSmallerPackForcedOverABiggerOneLeavesNoTranscriptOfTheOld() throws IOException {
    Path banks = SampleBanks.copy(tmp.resolve("banks"), List.of(2, 3));
    Path pack = tmp.resolve("pack");
    assertEquals(0, kit(banks, "training", "--role", ROLE, "--out", pack.toString(), "--seed",
        "1", "--count", "4", "--format", "pdf").exitCode());
    assertTrue(Files.exists(pack.resolve("T04-transcript.pdf")));
    Files.writeString(pack.resolve("T04-notes.txt"), "mine");
    Kit r = kit(banks, "training", "--role", ROLE, "--out", pack.toString(), "--seed", "1",
        "--count", "2", "--format", "pdf", "--force");
    assertEquals(0, r.exitCode(), r.err());
    try (var files = Files.list(pack)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(names.contains("T02-scorecard.pdf"), names.toString());
      assertFalse(names.stream().anyMatch(n -> n.startsWith("T03-") || n.startsWith("T04-t")
          || n.startsWith("T04-s")), names.toString());
      assertTrue(names.contains("T04-notes.txt"), "a file kit did not write is kept: " + names);
    }
  }

  @Test
  void aScorecardOfAnotherPackIsRefusedByNameWithExit12() throws IOException {
    Path banks = SampleBanks.copy(tmp.resolve("banks"), List.of(2, 3));
    assertEquals(0, kit(banks, "training", "--role", ROLE, "--out", tmp.resolve("a").toString(),
        "--seed", "1", "--count", "2", "--format", "pdf").exitCode());
    assertEquals(0, kit(banks, "training", "--role", ROLE, "--out", tmp.resolve("b").toString(),
        "--seed", "2", "--count", "2", "--format", "pdf").exitCode());
    List<Path> ours = fill(tmp.resolve("a"), tmp.resolve("fa"), "Ana", s -> s);
    List<Path> theirs = fill(tmp.resolve("b"), tmp.resolve("fb"), "Ana", s -> s);
    Kit r = kit(banks, "training", "score", "--key", tmp.resolve("a/key.json").toString(),
        ours.get(0).toString(), theirs.get(0).toString());
    assertEquals(12, r.exitCode(), r.err());
    assertTrue(r.err().contains("kit: refused " + theirs.get(0) + ": belongs to practice pack"),
        r.err());
    assertTrue(r.paths().contains(tmp.resolve("a/95-training-score.json")), r.out());
  }

  @Test
  void theDebriefCarriesWhatWouldHaveRaisedTheScore() throws IOException {
    List<Path> cards = Scorecards.make(tmp.resolve("loops"), "Jane Doe", "5", "pdf");
    Scorecards.fill(cards.get(0), Map.of(
        "systems-design:technical-risk:score", "2",
        "systems-design:technical-risk:evidence", "Named one risk",
        "systems-design:technical-risk:raise", "Sizing the risk, with an owner",
        "systems-design:recommendation", "no", "systems-design:interviewer", "Priya Raman"));
    Kit r = CliTest.kit("debrief", "--out", tmp.resolve("loops").toString(),
        cards.get(0).toString());
    String json = Files.readString(r.paths().stream().filter(p -> p.toString().endsWith(".json"))
        .findFirst().orElseThrow(() -> new AssertionError(r.err())));
    assertTrue(json.contains("\"raise\": {") && json.contains(
        "\"technical-risk\": \"Sizing the risk, with an owner\""), json);
    String csv = Files.readString(r.paths().stream().filter(p -> p.toString().endsWith(".csv"))
        .findFirst().orElseThrow());
    assertTrue(csv.startsWith("candidate,role,date,round,panelist,competency,score,evidence,"
        + "recommendation,raise\r\n"), csv);
    assertTrue(csv.contains(",technical-risk,2,Named one risk,no,\"Sizing the risk, with an "
        + "owner\"\r\n"), csv);
  }

  private static byte[] sha(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
