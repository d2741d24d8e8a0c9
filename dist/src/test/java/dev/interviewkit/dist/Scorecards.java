package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/** Blank scorecards made by {@code kit scorecards}, and ways to fill them in as others would. */
final class Scorecards {

  private Scorecards() {}

  /** The blank scorecards of a Director loop, in round order. */
  static List<Path> make(Path out, String candidate, String seed, String format,
      String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("scorecards", "--role",
        "director-of-engineering", "--candidate", candidate, "--date", "2026-12-03", "--seed",
        seed, "--format", format, "--out", out.toString()));
    args.addAll(List.of(more));
    Kit r = CliTest.kit(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return r.paths();
  }

  /** Fills fields the way PDFBox's API does (appearances drawn with the form's font). */
  static void fill(Path pdf, Map<String, String> values) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      for (Map.Entry<String, String> e : values.entrySet()) {
        PDField field = form.getField(e.getKey());
        assertTrue(field != null, "no field " + e.getKey() + " in " + pdf);
        field.setValue(e.getValue());
      }
      doc.save(pdf.toFile());
    }
  }

  /**
   * Stores values as a filler that draws no appearance would: text fields get the string, score
   * and recommendation fields the name, exactly as given, valid or not.
   */
  static void raw(Path pdf, Map<String, String> values) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      form.setNeedAppearances(true);
      for (Map.Entry<String, String> e : values.entrySet()) {
        PDField field = form.getField(e.getKey());
        assertTrue(field != null, "no field " + e.getKey() + " in " + pdf);
        if (e.getKey().endsWith(":score") || e.getKey().endsWith(":recommendation")) {
          field.getCOSObject().setName(COSName.V, e.getValue());
        } else {
          field.getCOSObject().setString(COSName.V, e.getValue());
        }
      }
      doc.save(pdf.toFile());
    }
  }

  /** Changes one entry of the document information dictionary. */
  static void info(Path pdf, String key, String value) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      doc.getDocumentInformation().setCustomMetadataValue(key, value);
      doc.save(pdf.toFile());
    }
  }

  /** Chooses {@code label} in the Word drop-down tagged {@code tag}, as Word saves it. */
  static String choose(String xml, String tag, String label) {
    int at = xml.indexOf("w:val=\"" + tag + "\"");
    assertTrue(at > 0, "no drop-down " + tag);
    int content = xml.indexOf("<w:sdtContent>", at);
    int t = xml.indexOf("<w:t>", content) + "<w:t>".length();
    int end = xml.indexOf("</w:t>", t);
    return xml.substring(0, t) + label + xml.substring(end);
  }

  /** Places a second copy of the Word content control tagged {@code tag} right after it. */
  static String duplicate(String xml, String tag) {
    int at = xml.indexOf("w:val=\"" + tag + "\"");
    assertTrue(at > 0, "no content control " + tag);
    int start = xml.lastIndexOf("<w:sdt>", at);
    int end = xml.indexOf("</w:sdt>", at) + "</w:sdt>".length();
    return xml.substring(0, end) + xml.substring(start, end) + xml.substring(end);
  }

  static String part(Path docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(docx + " has no " + name);
  }

  static void replacePart(Path docx, String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8)
            : in.readAllBytes());
        out.closeEntry();
      }
    }
    Files.write(docx, bytes.toByteArray());
  }

  static Path withSuffix(List<Path> paths, String suffix) {
    return paths.stream().filter(p -> p.toString().endsWith(suffix)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + suffix + " in " + paths));
  }
}
