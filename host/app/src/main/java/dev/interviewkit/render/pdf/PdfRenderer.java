package dev.interviewkit.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.render.Outline;
import dev.interviewkit.render.RunningLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.pf4j.Extension;

/** The built-in PDF renderer: printable, fillable and byte-for-byte reproducible. */
@Extension
public final class PdfRenderer implements Renderer {

  static final String PRODUCER = "interview-kit";
  /** The property naming the candidate (as the loop's documents set it). */
  static final String CANDIDATE_KEY = "interviewkit.candidate";
  /** The documents' language, as in the Word files: the banks are written in British English. */
  static final String LANGUAGE = "en-GB";

  public PdfRenderer() {}

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public void render(Document model, OutputStream out) throws IOException {
    render(model, out, null);
  }

  /**
   * Renders {@code model}, telling {@code starts} (when not null) where its pages begin; with
   * {@code starts} it only lays the document out and writes nothing to {@code out}.
   */
  void render(Document model, OutputStream out, PageStarts starts) throws IOException {
    Objects.requireNonNull(model, "document");
    Objects.requireNonNull(out, "out");
    Document document = RunningLine.fitted(model,
        model.info().paper().widthPoints() - 2 * Style.MARGIN_SIDE, Style.SMALL,
        (text, bold, size) -> Fonts.width(text, false, size));
    boolean fallback = Preflight.check(document);
    byte[] digest = ContentDigest.of(document);
    byte[] pdf;
    try {
      pdf = Fonts.withSubsetSeed(ContentDigest.seed(digest), fallback,
          () -> write(document, digest, starts));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (DocumentException | ExceptionConverter e) {
      throw new IOException("cannot write the PDF \"" + document.info().title() + "\": "
          + e.getMessage(), e);
    }
    out.write(pdf);
  }

  private static byte[] write(Document document, byte[] digest, PageStarts starts) {
    DocumentInfo info = document.info();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    com.lowagie.text.Document pdf =
        new com.lowagie.text.Document(
            new Rectangle(info.paper().widthPoints(), info.paper().heightPoints()),
            Style.MARGIN_SIDE,
            Style.MARGIN_SIDE,
            Style.MARGIN_TOP,
            Style.MARGIN_BOTTOM);
    PdfWriter writer = SharingWriter.of(pdf, buffer);
    Tagger tagger = new Tagger(writer);
    try {
      return layOut(document, digest, starts, pdf, writer, tagger, buffer);
    } finally {
      tagger.forget();
    }
  }

  private static byte[] layOut(Document document, byte[] digest, PageStarts starts,
      com.lowagie.text.Document pdf, PdfWriter writer, Tagger tagger,
      ByteArrayOutputStream buffer) {
    DocumentInfo info = document.info();
    writer.setPageEvent(tagger);
    writer.setTabs(PdfName.S);
    writer.setPageEvent(new PageFrame(info.header(), info.footer(), info.organisation()));
    writer.setPageEvent(new Outlines());
    if (starts != null) {
      writer.setPageEvent(starts);
    }
    writer.setPdfVersion(PdfWriter.VERSION_1_7);
    pdf.open();
    String title = displayTitle(info);
    describe(writer.getInfo(), info, title, digest);
    Archival.mark(writer, title, info.date(), digest);
    new PageFlow(pdf, writer, info.title(), starts, tagger)
        .addAll(Outline.levelled(document.blocks()));
    if (document.blocks().isEmpty()) {
      writer.setPageEmpty(false);
    }
    if (starts != null) {
      // only the page breaks are wanted: end the last page as close() would, but skip writing
      // the fonts, the form and the rest of a file nobody reads
      pdf.newPage();
      return new byte[0];
    }
    pdf.close();
    return buffer.toByteArray();
  }

  /**
   * The title a viewer shows in its title bar: the document's title, then the candidate's name
   * when the document names one and its title does not already hold it.
   */
  static String displayTitle(DocumentInfo info) {
    String candidate = info.properties().getOrDefault(CANDIDATE_KEY, "");
    return candidate.isBlank() || info.title().contains(candidate) ? info.title()
        : info.title() + " — " + candidate;
  }

  private static void describe(
      PdfDictionary dictionary, DocumentInfo info, String title, byte[] digest) {
    PdfDate date = midnightUtc(info.date());
    dictionary.put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
    dictionary.put(PdfName.PRODUCER, new PdfString(PRODUCER));
    dictionary.put(PdfName.CREATOR, new PdfString(PRODUCER));
    dictionary.put(PdfName.CREATIONDATE, date);
    dictionary.put(PdfName.MODDATE, date);
    for (Map.Entry<String, String> property : info.properties().entrySet()) {
      dictionary.put(
          new PdfName(property.getKey()),
          new PdfString(property.getValue(), PdfObject.TEXT_UNICODE));
    }
    PdfString id = new PdfString(Arrays.copyOf(digest, 16));
    id.setHexWriting(true);
    PdfArray fileId = new PdfArray();
    fileId.add(id);
    fileId.add(id);
    dictionary.put(PdfName.FILEID, fileId);
  }

  private static PdfDate midnightUtc(LocalDate date) {
    GregorianCalendar calendar =
        new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    return new PdfDate(calendar);
  }
}
