package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads back what was filled into a PDF this renderer wrote, e.g. a returned scorecard. */
public final class PdfForms {

  private static final Set<String> STANDARD_INFO_KEYS =
      Set.of(
          "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate",
          "ModDate", "Trapped", "FileId");
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private PdfForms() {}

  /** Every field's value (a radio group's export value or "") and custom Info entry of a PDF. */
  public static FilledForm read(Path pdf) throws IOException {
    byte[] bytes = Files.readAllBytes(pdf);
    if (!startsWithMagic(bytes)) {
      throw new IOException(pdf + " is not a PDF file: it does not start with %PDF-");
    }
    PdfReader reader;
    try {
      reader = new PdfReader(bytes);
    } catch (IOException | RuntimeException e) {
      throw new IOException(pdf + " is not a readable PDF: " + e.getMessage(), e);
    }
    try {
      SortedMap<String, String> fields = new TreeMap<>();
      AcroFields form = reader.getAcroFields();
      for (String name : form.getAllFields().keySet()) {
        String value = form.getField(name);
        boolean radio = form.getFieldType(name) == AcroFields.FIELD_TYPE_RADIOBUTTON;
        fields.put(name, value == null || (radio && value.equals("Off")) ? "" : value);
      }
      SortedMap<String, String> properties = new TreeMap<>();
      reader.getInfo().forEach(
          (key, value) -> {
            if (!STANDARD_INFO_KEYS.contains(key)) {
              properties.put(key, value);
            }
          });
      return new FilledForm(fields, properties);
    } finally {
      reader.close();
    }
  }

  private static boolean startsWithMagic(byte[] bytes) {
    int window = Math.min(bytes.length, 1024);
    for (int i = 0; i + PDF_MAGIC.length <= window; i++) {
      if (Arrays.equals(bytes, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
        return true;
      }
    }
    return false;
  }

  /** Form-field values by field name and custom metadata entries by key, both sorted. */
  public record FilledForm(Map<String, String> fields, Map<String, String> properties) {

    public FilledForm {
      fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
      properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    }
  }
}
