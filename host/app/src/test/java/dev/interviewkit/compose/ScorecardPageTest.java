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
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * four competencies the whole form is on the first page,
 * every text field prints at a fixed size of at least 8 pt (never shrunk to fit), and the
 * pre-filled interviewer's name fits its box.
 */
class ScorecardPageTest {

  static final String NAME_80 =
      "Aleksandra Konstantinovna Rimskaya-Korsakova-Dmitrieva Ångström Zoë Παπαδοπούλου";
  static final String INTERVIEWER_80 =
      "Oluwaseun Adebayo-Okonkwo Chukwuemeka Nnamdi-Azikiwe Obafemi Awolowo Ibrahimovic";
  private static final String TITLE = "Delivery and cross-functional partnership";
  private static final Pattern FONT = Pattern.compile("/(\\S+)\\s+\\d+(?:\\.\\d+)?\\s+Tf");
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+Tf");

  private final BankCatalog catalog = Shipped.catalog();

  @Test
  void eightyCharacterNamesAreWhatTheTestPrints() {
    assertTrue(NAME_80.codePointCount(0, NAME_80.length()) == 80);
    assertTrue(INTERVIEWER_80.codePointCount(0, INTERVIEWER_80.length()) == 80);
  }

  @Test
  void upToFourCompetenciesFitOnePageWithReadableFieldsForEveryRoleOnEitherPaper()
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
          byte[] pdf = scorecard(role, competencies.subList(0, k), paper);
          if (System.getProperty("keep") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("keep"),
                role.id() + "-" + k + "-" + paper + ".pdf"), pdf);
          }
          check(pdf, k, what, problems);
          checked++;
        }
      }
    }
    assertTrue(checked >= 40, "only " + checked + " scorecards");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private void check(byte[] pdf, int competencies, String what, List<String> problems)
      throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper first = new PDFTextStripper();
      first.setEndPage(1);
      String page1 = first.getText(doc);
      if (competencies <= 4 && !page1.contains("Score on your own")) {
        problems.add(what + ": the form runs onto a second page");
      }
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      for (PDField field : form.getFieldTree()) {
        if (!(field instanceof PDTextField text)) {
          continue;
        }
        Matcher m = SIZE.matcher(text.getDefaultAppearance());
        float size = m.find() ? Float.parseFloat(m.group(1)) : -1f;
        if (size < 8f) {
          problems.add(what + ": field " + field.getFullyQualifiedName() + " is set at "
              + (size == 0f ? "auto size (0)" : size + " pt"));
        }
        String value = text.getValue();
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
        for (PDAnnotationWidget widget : text.getWidgets()) {
          if (competencies <= 4 && doc.getPages().indexOf(widget.getPage()) != 0) {
            problems.add(what + ": field " + field.getFullyQualifiedName() + " is on page "
                + (doc.getPages().indexOf(widget.getPage()) + 1));
          }
        }
      }
    }
  }

  private byte[] scorecard(RoleDefinition role, List<String> competencies, Paper paper)
      throws IOException {
    List<Question> questions = competencies.stream().map(this::question).distinct().toList();
    RoundSpec spec = new RoundSpec("delivery-partnership", TITLE, "Panelist", 90, 5, 10, "",
        competencies, List.of(), new Location("test", 1, 1));
    PlannedRound round = new PlannedRound(1, spec, questions,
        new Interviewer(INTERVIEWER_80, "Distinguished Engineer, Platform Infrastructure",
            "09:00"));
    Loop loop = new Loop(role, NAME_80, LocalDate.of(2026, 12, 3), 7, List.of(round),
        Map.of(), "test", "1.0.0", List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(new LoopDocuments(loop, catalog, paper).scorecard(round), out);
    return out.toByteArray();
  }

  private Question question(String competency) {
    return catalog.banks().stream().flatMap(b -> b.questions().stream())
        .filter(q -> q.competency().equals(competency)).findFirst().orElse(null);
  }
}
