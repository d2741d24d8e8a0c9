package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFormsTest {

  private static final String Q1_NOTES = "Split the monolith by team ownership, not by layer.";
  private static final String EVIDENCE = "Named the cost of two options\nand chose one.";

  @Test
  void namesRadioGroupsAndTextFieldsAsTheDocumentSays() throws IOException {
    try (PDDocument document = PdfText.load(Samples.render(Samples.packet(Paper.LETTER)))) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      assertEquals(
          Set.of(
              "q1-notes", "q2-notes", "systems-design", "systems-design-evidence",
              "technical-judgement", "technical-judgement-evidence", "overall"),
          Set.copyOf(form.getFields().stream().map(PDField::getFullyQualifiedName).toList()));
      PDRadioButton rating = assertInstanceOf(PDRadioButton.class, form.getField("systems-design"));
      assertEquals(Set.of("1", "2", "3", "4", "na"), rating.getOnValues());
      assertEquals(5, rating.getWidgets().size());
      PDRadioButton overall = assertInstanceOf(PDRadioButton.class, form.getField("overall"));
      assertEquals(Set.of("strong-no", "no", "yes", "strong-yes"), overall.getOnValues());
      PDTextField notes = assertInstanceOf(PDTextField.class, form.getField("q1-notes"));
      assertTrue(notes.isMultiline());
      assertTrue(notes.getWidgets().get(0).isPrinted());
      assertInstanceOf(PDTextField.class, form.getField("systems-design-evidence"));
    }
  }

  @Test
  void showsValuesFilledInByAnotherToolWhenPrinted() throws IOException {
    byte[] filled = fillWithPdfBox(Samples.render(Samples.packet(Paper.LETTER)));
    Samples.save("packet-filled.pdf", filled);
    try (PDDocument document = PdfText.load(filled)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      assertEquals("3", ((PDRadioButton) form.getField("systems-design")).getValue());
      assertEquals("yes", ((PDRadioButton) form.getField("overall")).getValue());
      assertEquals(Q1_NOTES, form.getField("q1-notes").getValueAsString());
      form.flatten();
      String text = PdfText.flat(new PDFTextStripper().getText(document));
      assertTrue(text.contains(Q1_NOTES), text);
      assertTrue(text.contains("Named the cost of two options and chose one."), text);
    }
  }

  @Test
  void readsFilledFieldsAndPropertiesBack(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("filled.pdf");
    Files.write(pdf, fillWithPdfBox(Samples.render(Samples.packet(Paper.A4))));
    PdfForms.FilledForm form = PdfForms.read(pdf);
    assertEquals(
        Map.of(
            "q1-notes", Q1_NOTES,
            "q2-notes", "",
            "systems-design", "3",
            "systems-design-evidence", EVIDENCE,
            "technical-judgement", "",
            "technical-judgement-evidence", "",
            "overall", "yes"),
        form.fields());
    assertEquals(
        Map.of(
            "interviewkit.round", "systems-design",
            "interviewkit.candidate", Samples.CANDIDATE,
            "interviewkit.seed", "42"),
        form.properties());
    List<String> names = List.copyOf(form.fields().keySet());
    assertEquals(names.stream().sorted().toList(), names, "fields come sorted by name");
  }

  @Test
  void readsAnUnfilledFormAsEmptyValues(@TempDir Path dir) throws IOException {
    Path pdf = Files.write(dir.resolve("blank.pdf"), Samples.render(Samples.packet(Paper.LETTER)));
    PdfForms.FilledForm form = PdfForms.read(pdf);
    assertEquals(7, form.fields().size());
    assertTrue(form.fields().values().stream().allMatch(String::isEmpty), form.fields().toString());
  }

  @Test
  void refusesAFileThatIsNotAPdf(@TempDir Path dir) throws IOException {
    Path text =
        Files.writeString(dir.resolve("scorecard.pdf"), "name: Zoë\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> PdfForms.read(text));
    assertTrue(e.getMessage().contains("is not a PDF"), e.getMessage());
    assertTrue(e.getMessage().contains("scorecard.pdf"), e.getMessage());

    Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4\ngarbage\n");
    e = assertThrows(IOException.class, () -> PdfForms.read(broken));
    assertTrue(e.getMessage().contains("broken.pdf"), e.getMessage());

    assertThrows(IOException.class, () -> PdfForms.read(dir.resolve("missing.pdf")));
  }

  private static byte[] fillWithPdfBox(byte[] pdf) throws IOException {
    try (PDDocument document = PdfText.load(pdf)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      ((PDTextField) form.getField("q1-notes")).setValue(Q1_NOTES);
      ((PDTextField) form.getField("systems-design-evidence")).setValue(EVIDENCE);
      ((PDRadioButton) form.getField("systems-design")).setValue("3");
      ((PDRadioButton) form.getField("overall")).setValue("yes");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
