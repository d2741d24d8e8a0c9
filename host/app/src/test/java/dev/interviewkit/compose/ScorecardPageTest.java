package dev.interviewkit.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Location;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Interviewer;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.Shipped;
import dev.interviewkit.render.pdf.PdfRenderer;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import java.io.ByteArrayOutputStream;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.render.docx.DocxForms;
import dev.interviewkit.render.docx.DocxRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Scorecards of one to six competencies for every role (those with the longest descriptions),
 * with an 80-character candidate and interviewer and a long round title, on Letter and A4: up to
 * six competencies the whole form is on the first page (five and six in compact rows), every
 * field there and inside the page, the interviewer's name printed whole on one line,
 * every text field prints at a fixed size of at least 8 pt (never shrunk to fit), and the
 * pre-filled interviewer's name fits its box.
 */
class ScorecardPageTest {

  static final String NAME_80 =
      "Aleksandra Konstantinovna Rimskaya-Korsakova-Dmitrieva Ångström Zoë Παπαδοπούλου";
  static final String INTERVIEWER_80 =
      "Oluwaseun Adebayo-Okonkwo Chukwuemeka Nnamdi-Azikiwe Obafemi Awolowo Ibrahimovic";
  private static final String TITLE = "Delivery and cross-functional partnership";
  private static final String ROUND = "delivery-partnership";
  private static final Pattern FONT = Pattern.compile("/(\\S+)\\s+\\d+(?:\\.\\d+)?\\s+Tf");
  private static final Pattern SHOW = Pattern.compile("[)>\\]\\s](Tj|TJ)\\b");
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+Tf");

  private final BankCatalog catalog = Shipped.catalog();

  @Test
  void eightyCharacterNamesAreWhatTheTestPrints() {
    assertTrue(NAME_80.codePointCount(0, NAME_80.length()) == 80);
    assertTrue(INTERVIEWER_80.codePointCount(0, INTERVIEWER_80.length()) == 80);
  }

  @Test
  void upToSixCompetenciesFitOnePageWithReadableFieldsForEveryRoleOnEitherPaper()
      throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (RoleDefinition role : Shipped.roles()) {
      List<String> competencies = role.competencies().stream()
          .filter(c -> question(c) != null)
          .sorted(java.util.Comparator.comparingInt(
              (String c) -> -catalog.competency(c).orElseThrow().description().length()))
          .toList();
      for (int k = 1; k <= Math.min(6, competencies.size()); k++) {
        for (Paper paper : Paper.values()) {
          String what = role.id() + ", " + k + " competencies, " + paper;
          Document card = scorecard(role, competencies.subList(0, k), paper);
          byte[] pdf = render(new PdfRenderer(), card);
          byte[] word = render(new DocxRenderer(), card);
          if (System.getProperty("keep") != null) {
            Path keep = Path.of(System.getProperty("keep"), role.id() + "-" + k + "-" + paper);
            Files.write(Path.of(keep + ".pdf"), pdf);
            Files.write(Path.of(keep + ".docx"), word);
          }
          Set<String> expected = expectedFields(competencies.subList(0, k));
          Set<String> inWord = DocxForms.read(what, word).fields().keySet();
          if (!inWord.equals(expected)) {
            problems.add(what + ": the Word form has " + inWord + ", not " + expected);
          }
          check(pdf, k, expected, what, problems);
          checked++;
        }
      }
    }
    assertTrue(checked >= 40, "only " + checked + " scorecards");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private void check(byte[] pdf, int competencies, Set<String> expected, String what,
      List<String> problems) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle page = doc.getPage(0).getMediaBox();
      PDFTextStripper first = new PDFTextStripper();
      first.setEndPage(1);
      String page1 = first.getText(doc);
      if (!page1.contains("Score on your own")) {
        problems.add(what + ": the form runs onto a second page");
      }
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      Set<String> names = new TreeSet<>();
      for (PDField field : form.getFieldTree()) {
        names.add(field.getFullyQualifiedName());
        for (PDAnnotationWidget widget : field.getWidgets()) {
          PDRectangle r = widget.getRectangle();
          if (doc.getPages().indexOf(widget.getPage()) != 0) {
            problems.add(what + ": field " + field.getFullyQualifiedName() + " is on page "
                + (doc.getPages().indexOf(widget.getPage()) + 1));
          }
          if (r.getLowerLeftX() < 0 || r.getLowerLeftY() < 0
              || r.getUpperRightX() > page.getWidth() || r.getUpperRightY() > page.getHeight()) {
            problems.add(what + ": field " + field.getFullyQualifiedName() + " is off the page");
          }
        }
        if (!(field instanceof PDTextField text)) {
          continue;
        }
        Matcher m = SIZE.matcher(text.getDefaultAppearance());
        float size = m.find() ? Float.parseFloat(m.group(1)) : -1f;
        if (size < (text.getValue().isEmpty() ? 9f : 8f)) {
          problems.add(what + ": field " + field.getFullyQualifiedName() + " is set at "
              + (size == 0f ? "auto size (0)" : size + " pt"));
        }
        String value = text.getValue();
        if (!value.isEmpty() && shownLines(text) != 1) {
          problems.add(what + ": '" + value + "' prints on " + shownLines(text)
              + " lines in its one-line field");
        }
        Matcher name = FONT.matcher(text.getDefaultAppearance());
        if (!value.isEmpty() && name.find()) {
          PDFont font = form.getDefaultResources().getFont(COSName.getPDFName(name.group(1)));
          float width = font.getStringWidth(value) / 1000f * size;
          float room = text.getWidgets().get(0).getRectangle().getWidth() - 4f;
          if (width > room) {
            problems.add(what + ": '" + value + "' is " + width + " pt wide in a " + room
                + " pt field");
          }
        }
      }
      if (!names.equals(expected)) {
        problems.add(what + ": the PDF form has " + names + ", not " + expected);
      }
    }
  }

  /** The lines of text the field's appearance shows (text-showing operators in it). */
  private static int shownLines(PDTextField text) throws IOException {
    try (java.io.InputStream in = text.getWidgets().get(0).getAppearance().getNormalAppearance()
        .getAppearanceStream().getContents()) {
      return (int) SHOW.matcher(new String(in.readAllBytes(),
          java.nio.charset.StandardCharsets.ISO_8859_1)).results().count();
    }
  }

  private static Set<String> expectedFields(List<String> competencies) {
    Set<String> fields = new TreeSet<>();
    for (String c : competencies) {
      fields.add(LoopDocuments.scoreField(ROUND, c));
      fields.add(LoopDocuments.evidenceField(ROUND, c));
      fields.add(LoopDocuments.raiseField(ROUND, c));
    }
    fields.add(LoopDocuments.recommendationField(ROUND));
    fields.add(LoopDocuments.takeawaysField(ROUND));
    fields.add(LoopDocuments.interviewerField(ROUND));
    return fields;
  }

  private static byte[] render(dev.interviewkit.api.Renderer renderer, Document document)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(document, out);
    return out.toByteArray();
  }

  private Document scorecard(RoleDefinition role, List<String> competencies, Paper paper) {
    List<Question> questions = competencies.stream().map(this::question).distinct().toList();
    RoundSpec spec = new RoundSpec(ROUND, TITLE, "Panelist", 90, 5, 10, "",
        competencies, List.of(), new Location("test", 1, 1));
    PlannedRound round = new PlannedRound(1, spec, questions,
        new Interviewer(INTERVIEWER_80, "Distinguished Engineer, Platform Infrastructure",
            "09:00"));
    Loop loop = new Loop(role, NAME_80, LocalDate.of(2026, 12, 3), 7, List.of(round),
        Map.of(), "test", "1.0.0", List.of());
    return new LoopDocuments(loop, catalog, paper).scorecard(round);
  }

  private Question question(String competency) {
    return catalog.banks().stream().flatMap(b -> b.questions().stream())
        .filter(q -> q.competency().equals(competency)).findFirst().orElse(null);
  }
}
