package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.render.docx.DocxRenderer;
import dev.interviewkit.render.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The written report, read back by PDFBox, POI, a plain CSV split and a YAML (JSON) parser. */
class CalibrationReportTest {

  private static final LocalDate DATE = LocalDate.of(2026, 12, 2);
  private static final List<ScoreObservation> HISTORY = SyntheticHistory.of(300, 3);
  private static Map<String, byte[]> files;

  /** The history as an in-memory source, as the hiring record will offer it. */
  private record Memory(List<ScoreObservation> all) implements ObservationSource {
    @Override
    public List<ScoreObservation> observations(Scope scope) {
      return all.stream().filter(scope::includes).toList();
    }

    @Override
    public String describe() {
      return "a synthetic history";
    }
  }

  @BeforeAll
  static void writeReport(@TempDir Path out) throws IOException {
    CalibrationService service = new CalibrationService(Map.of("pdf", new PdfRenderer(),
        "docx", new DocxRenderer()));
    CalibrationService.Report report = service.report(new CalibrationService.Request(
        new Memory(HISTORY), ObservationSource.Scope.all(),
        Map.of("judgement", "Judgement under uncertainty"), Paper.A4, DATE, out));
    List<Path> written = report.output().write(false);
    assertEquals(out.resolve("2026-12-02-calibration"), written.get(0).getParent());
    files = new java.util.TreeMap<>();
    for (Path p : written) {
      files.put(p.getFileName().toString(), Files.readAllBytes(p));
    }
  }

  @Test
  void writesFourFilesIntoAFolderOfItsOwn() {
    assertEquals(List.of("calibration.csv", "calibration.docx", "calibration.json",
        "calibration.pdf"), List.copyOf(files.keySet()));
  }

  @Test
  void pdfNamesTheHarshInterviewerWithTheirOffsetAndHoldsBothCharts() throws IOException {
    double offset = Calibration.of(ObservationSource.Scope.all(), HISTORY).interviewers().stream()
        .filter(i -> i.name().equals(SyntheticHistory.HARSH)).findFirst().orElseThrow()
        .overall().mean();
    try (PDDocument pdf = Loader.loadPDF(files.get("calibration.pdf"))) {
      String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ');
      assertTrue(text.contains(SyntheticHistory.HARSH), text);
      String line = text.lines().filter(l -> l.startsWith(SyntheticHistory.HARSH)).findFirst()
          .orElseThrow();
      assertTrue(line.contains(CalibrationText.signed(offset)), line);
      assertTrue(line.contains("harsher than panels"), line);
      assertTrue(text.contains("Judgement under uncertainty"), "competency titles are used");
      assertTrue(text.contains("Agreement by competency"));
      List<PDImageXObject> images = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            images.add(image);
          }
        }
      }
      assertEquals(2, images.size());
      for (PDImageXObject image : images) {
        assertTrue(image.getWidth() >= 1900, "printed at 300 dpi: " + image.getWidth());
      }
    }
  }

  @Test
  void wordNamesTheHarshInterviewerWithTheirOffsetAndHoldsBothCharts() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        files.get("calibration.docx")))) {
      String text = new XWPFWordExtractor(doc).getText().replace('\u00A0', ' ');
      String line = text.lines().filter(l -> l.startsWith(SyntheticHistory.HARSH)).findFirst()
          .orElseThrow(() -> new AssertionError(text));
      assertTrue(line.matches(".*\\t-(0\\.[89]\\d|1\\.[01]\\d)\\t.*"), line);
      List<XWPFPictureData> pictures = doc.getAllPictures();
      assertEquals(2, pictures.size());
      for (XWPFPictureData p : pictures) {
        assertEquals("png", p.suggestFileExtension());
        assertTrue(p.getData().length > 1000);
      }
    }
  }

  @Test
  void csvHasOneRowPerFigureAndTheHarshInterviewersOverallOffset() {
    List<String> lines = new String(files.get("calibration.csv"), StandardCharsets.UTF_8)
        .lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    assertEquals(CalibrationData.CSV_HEADER, header);
    for (String line : lines) {
      assertEquals(header.size(), line.split(",", -1).length, line);
    }
    String[] harsh = lines.stream().filter(l -> l.startsWith("offset," + SyntheticHistory.HARSH
        + ",all,")).findFirst().orElseThrow().split(",", -1);
    double mean = Double.parseDouble(harsh[header.indexOf("estimate")]);
    assertEquals(-1.0, mean, 0.15);
    assertTrue(Double.parseDouble(harsh[header.indexOf("high")]) < 0);
    assertEquals(SyntheticHistory.COMPETENCIES.size() + 1,
        lines.stream().filter(l -> l.startsWith("alpha,")).count());
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonParsesAndHoldsTheSameFigures() {
    Map<String, Object> json = (Map<String, Object>) new Yaml(new SafeConstructor(
        new LoaderOptions())).load(new String(files.get("calibration.json"),
            StandardCharsets.UTF_8));
    assertEquals(300, json.get("loops"));
    assertEquals(1200, json.get("scorecards"));
    List<Map<String, Object>> interviewers = (List<Map<String, Object>>) json.get("interviewers");
    Map<String, Object> harsh = interviewers.stream()
        .filter(i -> i.get("name").equals(SyntheticHistory.HARSH)).findFirst().orElseThrow();
    Map<String, Object> overall = (Map<String, Object>) harsh.get("overall");
    assertEquals(-1.0, ((Number) overall.get("mean")).doubleValue(), 0.15);
    assertTrue(((Number) overall.get("high")).doubleValue() < 0);
    assertFalse((Boolean) overall.get("small_sample"));
    List<Map<String, Object>> agreement = (List<Map<String, Object>>) json.get("agreement");
    assertEquals("ordinal", agreement.get(0).get("metric"));
    assertTrue(((Number) agreement.get(0).get("alpha")).doubleValue() > 0.3);
  }
}
