package dev.interviewkit.debrief;

import dev.interviewkit.render.docx.DocxForms;
import dev.interviewkit.render.pdf.PdfForms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A generated PDF or Word file read back: its form fields and its interview-kit metadata. */
public record FormFile(Map<String, String> fields, Map<String, String> properties) {

  public FormFile {
    fields = Map.copyOf(fields);
    properties = Map.copyOf(properties);
  }

  /**
   * Reads {@code file} by its extension.
   *
   * @return empty when the file is neither {@code .pdf} nor {@code .docx}
   * @throws IOException when a PDF or Word file cannot be read
   */
  public static Optional<FormFile> read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) {
      PdfForms.FilledForm form = PdfForms.read(file);
      return Optional.of(new FormFile(form.fields(), form.properties()));
    }
    if (name.endsWith(".docx")) {
      dev.interviewkit.render.docx.FilledForm form = DocxForms.read(file);
      return Optional.of(new FormFile(form.fields(), form.properties()));
    }
    return Optional.empty();
  }
}
