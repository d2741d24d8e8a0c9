package dev.interviewkit.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.render.docx.DocxRenderer;
import dev.interviewkit.render.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class FacilitatorPackTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  private static final String LOOP = LoopIdentity.idOf("Jane Doe", "cto", DAY, 5);

  private static Scorecard card(String round, String who, Map<String, String> scores) {
    Map<String, String> evidence = new LinkedHashMap<>();
    scores.keySet().forEach(c -> evidence.put(c, "Said what they did."));
    return new Scorecard(round + ".pdf", "Jane Doe", "cto", round, LOOP, "5", DAY.toString(),
        List.copyOf(scores.keySet()), scores, evidence, "yes", who, "");
  }

  private final Map<String, String> rounds = new LinkedHashMap<>();

  {
    rounds.put("design", "Systems design");
    rounds.put("strategy", "Strategy");
    rounds.put("people", "People leadership");
  }

  private final Debrief debrief = new Debrief(LOOP, "Jane Doe", "cto", "CTO", DAY.toString(),
      List.of("risk", "vision", "hiring"), Map.of("risk", "Technical risk", "vision",
      "Vision", "hiring", "Hiring"), rounds, List.of(
          card("design", "Priya Raman", Map.of("risk", "4", "vision", "3")),
          card("strategy", "Dana Okafor", Map.of("risk", "1", "vision", "3")),
          card("people", "Marco Bianchi", Map.of("vision", "2"))),
      Map.of(), List.of());

  private final Map<String, Integer> ranks = Map.of("design", 4, "strategy", 6, "people", 3);

  static String squash(String text) {
    return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
  }

  static String pdfText(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(d, out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      assertTrue(form != null && form.getField("decision:reasons") != null,
          "the decision record is a form");
      return squash(new PDFTextStripper().getText(doc));
    }
  }

  static String docxText(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxRenderer().render(d, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      return squash(words.getText());
    }
  }

  @Test
  void disagreementsAndMissingEvidenceComeFirstThenTheAgendaWithTheMostSeniorLast()
      throws IOException {
    Document pack = FacilitatorPack.compose(debrief, ranks, Paper.A4, DisplayText.pdf(),
        dev.interviewkit.api.doc.Organisation.NONE);
    for (String text : List.of(pdfText(pack), docxText(pack))) {
      int disagreements = text.indexOf("Disagreements");
      int missing = text.indexOf("Missing evidence");
      int agenda = text.indexOf("Agenda");
      int record = text.indexOf("Decision record");
      assertTrue(disagreements >= 0 && disagreements < missing && missing < agenda
          && agenda < record, text);
      assertTrue(text.contains("Technical risk: 1 to 4 (Dana Okafor 1; Priya Raman 4)"), text);
      assertTrue(text.contains("Hiring: nobody assessed it"), text);
      int priya = text.indexOf("Round 1, Systems design: Priya Raman");
      int marco = text.indexOf("Round 3, People leadership: Marco Bianchi");
      int dana = text.indexOf("Round 2, Strategy: Dana Okafor");
      assertTrue(agenda < priya && priya < marco && marco < dana, text);
      assertTrue(text.substring(dana).contains("speaks last as the most senior"), text);
      for (String field : List.of("Reasons", "Dissent", "Follow-ups", "Hire", "No hire")) {
        assertTrue(text.substring(record).contains(field), field + " missing: " + text);
      }
    }
  }

  @Test
  void seniorityComesFromThePanelThenTheTitleThenThePersona() {
    assertEquals(7, Seniority.ofTitle("CTO"));
    assertEquals(6, Seniority.ofTitle("VP of Engineering"));
    assertEquals(5, Seniority.ofTitle("Director of Product"));
    assertEquals(4, Seniority.ofTitle("Principal Engineer"));
    assertEquals(3, Seniority.ofTitle("Engineering Manager, Payments"));
    assertEquals(2, Seniority.ofTitle("Senior engineer"));
    assertEquals(1, Seniority.ofTitle("Recruiter"));
    assertEquals(List.of("a", "b", "c"), Seniority.speakingOrder(List.of("a", "b", "c"),
        Map.of("a", 2, "b", 5, "c", 5)), "of equal ranks the later round speaks last");
    assertEquals(List.of("b", "c", "a"), Seniority.speakingOrder(List.of("a", "b", "c"),
        Map.of("a", 9, "b", 5, "c", 5)));
  }
}
