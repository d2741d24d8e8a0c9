package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import dev.interviewkit.render.UntrustedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads back what was filled into a PDF this renderer wrote, e.g. a returned scorecard. The file
 * may come from anyone: it is read within the limits of {@link UntrustedFile} and
 * {@link BoundedPdfReader}, and the form's field tree is walked here (no XFA, no stream values,
 * cycles and depth checked) rather than by OpenPDF's {@code AcroFields}.
 */
public final class PdfForms {

  private static final Set<String> STANDARD_INFO_KEYS =
      Set.of(
          "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate",
          "ModDate", "Trapped", "FileId");
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  /** Levels of the form's field tree. */
  static final int MAX_FIELD_DEPTH = 32;
  /** Fields in one form. */
  static final int MAX_FIELDS = 10_000;

  private PdfForms() {}

  /** Every field's value (a radio group's export value or "") and custom Info entry of a PDF. */
  public static FilledForm read(Path pdf) throws IOException {
    byte[] bytes = UntrustedFile.read(pdf);
    return UntrustedFile.parse(pdf.toString(), () -> read(pdf.toString(), bytes));
  }

  /** As {@link #read(Path)}, for bytes already read; {@code name} names the file in messages. */
  public static FilledForm read(String name, byte[] bytes) throws IOException {
    if (!startsWithMagic(bytes)) {
      throw new IOException(name + " is not a PDF file: it does not start with %PDF-");
    }
    BoundedPdfReader reader = BoundedPdfReader.open(name, bytes);
    try {
      SortedMap<String, String> fields = new TreeMap<>();
      PdfDictionary form = reader.getCatalog() == null ? null
          : asDict(reader.getCatalog().get(PdfName.ACROFORM));
      if (form != null) {
        PdfObject list = PdfReader.getPdfObject(form.get(PdfName.FIELDS));
        if (list instanceof PdfArray array) {
          new FieldWalk(name, fields).walk(array, null, null, null, 1);
        }
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

  /** The fields of a form's tree: full names joined by '.', values inherited as PDF says. */
  private static final class FieldWalk {
    private final String file;
    private final Map<String, String> fields;
    private final Set<Integer> seen = new HashSet<>();

    FieldWalk(String file, Map<String, String> fields) {
      this.file = file;
      this.fields = fields;
    }

    void walk(PdfArray kids, String parent, PdfName type, PdfObject value, int level)
        throws IOException {
      if (level > MAX_FIELD_DEPTH) {
        throw new IOException(file + " nests its form fields deeper than the limit of "
            + MAX_FIELD_DEPTH + " levels");
      }
      for (PdfObject kid : kids.getElements()) {
        if (kid instanceof PRIndirectReference ref && !seen.add(ref.getNumber())) {
          throw new IOException(file + " has a form field that contains itself");
        }
        PdfDictionary field = asDict(kid);
        if (field == null) {
          continue;
        }
        PdfObject title = PdfReader.getPdfObject(field.get(PdfName.T));
        String name = !(title instanceof PdfString t) ? parent
            : parent == null ? t.toUnicodeString() : parent + "." + t.toUnicodeString();
        PdfName ft = field.getAsName(PdfName.FT) != null ? field.getAsName(PdfName.FT) : type;
        PdfObject v = field.contains(PdfName.V) ? field.get(PdfName.V) : value;
        PdfObject sub = PdfReader.getPdfObject(field.get(PdfName.KIDS));
        if (sub instanceof PdfArray array && hasFields(array)) {
          walk(array, name, ft, v, level + 1);
        } else if (name != null && !fields.containsKey(name)) {
          if (fields.size() >= MAX_FIELDS) {
            throw new IOException(file + " has more form fields than the limit of " + MAX_FIELDS);
          }
          fields.put(name, value(name, ft, v));
        }
      }
    }

    private static boolean hasFields(PdfArray kids) {
      for (PdfObject kid : kids.getElements()) {
        PdfDictionary d = asDict(kid);
        if (d != null && (d.contains(PdfName.T) || d.contains(PdfName.KIDS))) {
          return true;
        }
      }
      return false;
    }

    private String value(String name, PdfName type, PdfObject raw) throws IOException {
      PdfObject v = PdfReader.getPdfObject(raw);
      if (v == null || v.isNull()) {
        return "";
      }
      if (v instanceof PdfString s) {
        return s.toUnicodeString();
      }
      if (v instanceof PdfName n) {
        String decoded = PdfName.decodeName(n.toString());
        return PdfName.BTN.equals(type) && decoded.equals("Off") ? "" : decoded;
      }
      if (v instanceof PdfNumber number) {
        return number.toString();
      }
      String kind = v instanceof PdfStream ? "a stream" : v instanceof PdfArray ? "a list"
          : "a " + v.getClass().getSimpleName();
      throw new IOException(file + ": field '" + UntrustedFile.oneLine(name)
          + "' holds a value interview-kit cannot read (" + kind + ")");
    }
  }

  private static PdfDictionary asDict(PdfObject object) {
    PdfObject direct = PdfReader.getPdfObject(object);
    return direct instanceof PdfDictionary d ? d : null;
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
