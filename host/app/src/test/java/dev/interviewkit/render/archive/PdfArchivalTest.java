package dev.interviewkit.render.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.calibration.Calibration;
import dev.interviewkit.calibration.CalibrationDocument;
import dev.interviewkit.calibration.ObservationSource;
import dev.interviewkit.record.ScoreObservation;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.debrief.Debrief;
import dev.interviewkit.debrief.DebriefDocuments;
import dev.interviewkit.debrief.DisplayText;
import dev.interviewkit.debrief.LoopIdentity;
import dev.interviewkit.debrief.Scorecard;
import dev.interviewkit.plan.Fixtures;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.render.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF finds every kind of PDF the tool writes, blank and filled, to be PDF/A-2b. */
class PdfArchivalTest {

  static final Loop LOOP = Fixtures.loop(11, Set.of());

  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void overviewIsPdfA2b(Paper paper) {
    assertPdfA2b("overview-" + paper, render(docs(paper).overview()));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void packetIsPdfA2b(Paper paper) {
    assertPdfA2b("packet-" + paper, render(docs(paper).packet(LOOP.rounds().get(0))));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void blankScorecardIsPdfA2b(Paper paper) {
    assertPdfA2b("scorecard-" + paper, render(docs(paper).scorecard(LOOP.rounds().get(0))));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void scorecardFilledInCyrillicByPdfBoxIsPdfA2b(Paper paper) throws IOException {
    PlannedRound round = LOOP.rounds().get(0);
    String id = round.spec().id();
    byte[] blank = render(docs(paper).scorecard(round));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = Loader.loadPDF(blank)) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
      form.getField(LoopDocuments.evidenceField(id, "judgement"))
          .setValue("Разделил монолит по командам.\nОбъяснил цену каждого варианта.");
      form.getField(LoopDocuments.interviewerField(id)).setValue("Дмитрий Иванов");
      ((PDRadioButton) form.getField(LoopDocuments.scoreField(id, "judgement"))).setValue("3");
      doc.save(out);
    }
    assertPdfA2b("scorecard-filled-" + paper, out.toByteArray());
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void handoutIsPdfA2b(Paper paper) {
    assertPdfA2b("handout-" + paper, render(handout(paper)));
  }

  static Document handout(Paper paper) {
    PlannedRound round = LOOP.rounds().get(1);
    return docs(paper).handout(round, LoopDocuments.exercises(round).get(0));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void debriefIsPdfA2b(Paper paper) {
    assertPdfA2b("debrief-" + paper, render(debrief(paper)));
  }

  /** A debrief of two scorecards, one panelist with a Cyrillic name. */
  static Document debrief(Paper paper) {
    LocalDate day = LocalDate.of(2026, 12, 3);
    String loop = LoopIdentity.idOf("Jane Doe", "cto", day, 5);
    List<Scorecard> cards = List.of(
        new Scorecard("a.pdf", "Jane Doe", "cto", "design", loop, "5", day.toString(),
            List.of("risk"), Map.of("risk", "4"), Map.of(), "yes", "Priya Raman", ""),
        new Scorecard("b.pdf", "Jane Doe", "cto", "delivery", loop, "5", day.toString(),
            List.of("risk"), Map.of("risk", "2"), Map.of(), "no", "Дмитрий Иванов", ""));
    Debrief debrief = new Debrief(loop, "Jane Doe", "cto", "CTO", day.toString(),
        List.of("risk"), Map.of(), Map.of(), cards, Map.of(), List.of());
    return DebriefDocuments.summary(debrief, paper, DisplayText.pdf());
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void calibrationReportWithItsChartsIsPdfA2b(Paper paper) {
    assertPdfA2b("calibration-" + paper, render(calibration(paper)));
  }

  /** The calibration report, with its charts, over thirty loops of three interviewers. */
  static Document calibration(Paper paper) {
    List<ScoreObservation> scores = new ArrayList<>();
    for (int l = 0; l < 30; l++) {
      for (String who : List.of("Priya Raman", "Дмитрий Иванов", "Ann Ng")) {
        scores.add(new ScoreObservation("loop-" + l, LocalDate.of(2026, 1, 1).plusDays(l), "cto",
            "c" + l, "round-" + who.length(), who, "risk", List.of("q" + l % 4),
            1 + (l + who.length()) % 4, "yes",
            java.util.Optional.of(l % 2 == 0 ? "hire" : "no-hire")));
      }
    }
    Calibration calibration = Calibration.of(ObservationSource.Scope.all(), scores);
    return CalibrationDocument.of(calibration, "history.csv", Map.of(), paper,
        LocalDate.of(2026, 12, 2));
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void namesTheCandidateAndLanguageAndBookmarksEveryHeading(Paper paper) throws IOException {
    PlannedRound round = LOOP.rounds().get(0);
    Document packet = docs(paper).packet(round);
    String candidate = packet.info().properties().get(LoopDocuments.KEY_CANDIDATE);
    List<String> headings = packet.blocks().stream()
        .flatMap(b -> b instanceof KeepTogether k ? k.blocks().stream() : Stream.of(b))
        .filter(Heading.class::isInstance).map(b -> ((Heading) b).text()).toList();
    try (PDDocument doc = Loader.loadPDF(render(packet))) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      String title = doc.getDocumentInformation().getTitle();
      assertTrue(title.startsWith(packet.info().title()) && title.endsWith(candidate), title);
      assertEquals("en-GB", catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewer shows the file name");
      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
      assertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), xmp);
      assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
      assertTrue(xmp.contains(">" + title + "</rdf:li>"), xmp);
      assertTrue(xmp.contains("<rdf:li>en-GB</rdf:li>"), xmp);
      assertTrue(xmp.contains("<xmp:CreateDate>" + LOOP.date() + "T00:00:00Z<"), xmp);
      List<String> marks = new ArrayList<>();
      collect(catalog.getDocumentOutline(), marks);
      assertEquals(headings, marks);
    }
  }

  private static void collect(PDOutlineNode node, List<String> into) {
    for (PDOutlineItem item : node.children()) {
      into.add(item.getTitle());
      collect(item, into);
    }
  }

  static LoopDocuments docs(Paper paper) {
    return new LoopDocuments(LOOP, Fixtures.catalog(), paper);
  }

  static byte[] render(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRenderer().render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Fails with every rule veraPDF found broken, each once with how often and one example. */
  static void assertPdfA2b(String name, byte[] pdf) {
    ValidationResult result;
    try {
      Files.createDirectories(Path.of("target", "pdfa"));
      Files.write(Path.of("target", "pdfa", name + ".pdf"), pdf);
      try (PDFAParser parser =
          Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
              PDFAFlavour.PDFA_2_B)) {
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
        result = validator.validate(parser);
      }
    } catch (Exception e) {
      throw new AssertionError(name + ": veraPDF could not check the file: " + e, e);
    }
    Map<String, List<TestAssertion>> failed = result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-"
            + a.getRuleId().getTestNumber(), TreeMap::new, Collectors.toList()));
    String report = failed.entrySet().stream()
        .map(e -> e.getKey() + " x" + e.getValue().size() + ": "
            + e.getValue().get(0).getMessage() + " at " + e.getValue().get(0).getLocation()
                .getContext())
        .collect(Collectors.joining("\n"));
    assertTrue(result.isCompliant(), name + " is not PDF/A-2b:\n" + report);
  }
}
