package dev.interviewkit.render.docx;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.render.RunningLine;
import dev.interviewkit.render.pdf.PageStarts;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a Word package (Open Packaging Conventions) for one document, by part name. */
final class DocxPackage {

  static final String CREATOR = "interview-kit";

  /** The custom property listing the form fields' names in document order. */
  static final String FIELDS = "interviewkit.docx.fields";

  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String OFFICE_RELATIONSHIP =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  private static final String WORD_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.";

  private static final byte[] CONTENT_TYPES = utf8(contentTypes(""));

  private static String contentTypes(String defaults) {
    return Xml.DECLARATION
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\""
        + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + defaults
        + override("/word/document.xml", WORD_TYPE + "document.main+xml")
        + override("/word/styles.xml", WORD_TYPE + "styles+xml")
        + override("/word/numbering.xml", WORD_TYPE + "numbering+xml")
        + override("/word/settings.xml", WORD_TYPE + "settings+xml")
        + override("/word/header1.xml", WORD_TYPE + "header+xml")
        + override("/word/footer1.xml", WORD_TYPE + "footer+xml")
        + override(
            "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        + override(
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        + override(
            "/docProps/custom.xml",
            "application/vnd.openxmlformats-officedocument.custom-properties+xml")
        + "</Types>";
  }

  private static final byte[] PACKAGE_RELATIONSHIPS =
      utf8(
          Xml.DECLARATION
              + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
              + relationship("rId1", OFFICE_RELATIONSHIP + "officeDocument", "word/document.xml")
              + relationship(
                  "rId2",
                  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                      + "core-properties",
                  "docProps/core.xml")
              + relationship("rId3", OFFICE_RELATIONSHIP + "extended-properties", "docProps/app.xml")
              + relationship("rId4", OFFICE_RELATIONSHIP + "custom-properties", "docProps/custom.xml")
              + "</Relationships>");

  private static final byte[] DOCUMENT_RELATIONSHIPS = utf8(documentRelationships(0));

  private static String documentRelationships(int figures) {
    StringBuilder images = new StringBuilder();
    for (int n = 1; n <= figures; n++) {
      images.append(relationship(DocxBuilder.figureRelationship(n), OFFICE_RELATIONSHIP + "image",
          "media/figure" + n + ".png"));
    }
    return Xml.DECLARATION
              + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
              + relationship("rId1", OFFICE_RELATIONSHIP + "settings", "settings.xml")
              + relationship("rId2", OFFICE_RELATIONSHIP + "styles", "styles.xml")
              + relationship("rId3", OFFICE_RELATIONSHIP + "numbering", "numbering.xml")
              + relationship(DocxBuilder.HEADER_RELATIONSHIP, OFFICE_RELATIONSHIP + "header",
                  "header1.xml")
              + relationship(DocxBuilder.FOOTER_RELATIONSHIP, OFFICE_RELATIONSHIP + "footer",
                  "footer1.xml")
              + images
              + "</Relationships>";
  }

  private static final byte[] APP =
      utf8(
          Xml.DECLARATION
              + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
              + "extended-properties\"><Application>" + CREATOR + "</Application></Properties>");

  /** Points a running header keeps spare, for Word's and LibreOffice's own rounding. */
  private static final float HEADER_SLACK = 6f;

  private DocxPackage() {}

  /**
   * Where the PDF of {@code document} starts its pages, so the Word file breaks before the same
   * blocks; none when the PDF renderer refuses the document (Word then breaks on its own).
   */
  private static PageStarts.Breaks pageStarts(Document document) {
    try {
      return PageStarts.of(document);
    } catch (java.io.IOException | RuntimeException e) {
      return PageStarts.Breaks.NONE;
    }
  }

  /** Every part of the package for {@code document}; the order does not matter. */
  static Map<String, byte[]> parts(Document model) {
    Document document = RunningLine.fitted(model, (model.info().paper().widthTwips()
        - 2 * DocxBuilder.MARGIN) / 20f - HEADER_SLACK, DocxStyles.SMALL_HALF_POINTS / 2f,
        WordMetrics.METRICS);
    DocumentInfo info = document.info();
    Map<String, byte[]> parts = new LinkedHashMap<>();
    DocxBuilder.Body body = DocxBuilder.documentXml(document, pageStarts(document));
    int figures = body.figures().size();
    String defaults = info.organisation().logo().map(DocxLetterhead::contentType).orElse("");
    if (figures > 0 && !defaults.contains("Extension=\"png\"")) {
      defaults += "<Default Extension=\"png\" ContentType=\"image/png\"/>";
    }
    parts.put("[Content_Types].xml", defaults.isEmpty() ? CONTENT_TYPES
        : utf8(contentTypes(defaults)));
    parts.put("_rels/.rels", PACKAGE_RELATIONSHIPS);
    parts.put("docProps/app.xml", APP);
    parts.put("docProps/core.xml", utf8(core(info)));
    parts.put("docProps/custom.xml", utf8(custom(info, body.fields())));
    parts.put("word/_rels/document.xml.rels",
        figures == 0 ? DOCUMENT_RELATIONSHIPS : utf8(documentRelationships(figures)));
    parts.put("word/document.xml", utf8(body.xml()));
    parts.put("word/header1.xml", utf8(DocxBuilder.headerXml(info)));
    parts.put("word/footer1.xml", utf8(DocxBuilder.footerXml(info)));
    info.organisation().logo().ifPresent(logo -> {
      parts.put("word/_rels/header1.xml.rels", utf8(DocxLetterhead.headerRelationships(logo)));
      parts.put(DocxLetterhead.mediaPart(logo), logo.bytes());
    });
    parts.put("word/styles.xml", DocxStyles.STYLES_PART);
    parts.put("word/numbering.xml", DocxStyles.NUMBERING_PART);
    parts.put("word/settings.xml", DocxStyles.SETTINGS_PART);
    for (int n = 1; n <= figures; n++) {
      parts.put("word/media/figure" + n + ".png", body.figures().get(n - 1));
    }
    return parts;
  }

  private static String core(DocumentInfo info) {
    String date = info.date() + "T00:00:00Z";
    StringBuilder out = new StringBuilder(768).append(Xml.DECLARATION);
    out.append("<cp:coreProperties")
        .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    out.append("<dc:title>");
    Xml.escape(out, Xml.safe(info.title())).append("</dc:title>");
    out.append("<dc:creator>").append(CREATOR).append("</dc:creator>");
    out.append("<dc:language>").append(DocxStyles.LANGUAGE).append("</dc:language>");
    out.append("<cp:lastModifiedBy>").append(CREATOR).append("</cp:lastModifiedBy>");
    out.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(date)
        .append("</dcterms:created>");
    out.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(date)
        .append("</dcterms:modified>");
    return out.append("</cp:coreProperties>").toString();
  }

  /**
   * The document's properties as custom properties, in the order the model gives them, then
   * {@link #FIELDS}: the form fields' names in document order, one per line. Word keeps the tag
   * of every content control; LibreOffice keeps the controls and their order, and this property,
   * but drops the tags, so {@link DocxForms} names the controls by position from this list.
   */
  private static String custom(DocumentInfo info, List<String> fields) {
    StringBuilder out = new StringBuilder(1024).append(Xml.DECLARATION);
    out.append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/")
        .append("custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/")
        .append("2006/docPropsVTypes\">");
    int pid = 2;
    for (Map.Entry<String, String> property : info.properties().entrySet()) {
      if (property.getKey().isBlank()) {
        throw new RenderException("a document property has a blank name");
      }
      if (property.getKey().equals(FIELDS)) {
        throw new RenderException("the document property name '" + FIELDS + "' is reserved");
      }
      property(out, pid++, property.getKey(), property.getValue());
    }
    if (!fields.isEmpty()) {
      property(out, pid, FIELDS, String.join("\n", fields));
    }
    return out.append("</Properties>").toString();
  }

  /** One text custom property; {@code pid} numbers them from 2, as Word does. */
  private static void property(StringBuilder out, int pid, String name, String value) {
    out.append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").append(pid)
        .append("\" name=\"");
    Xml.escape(out, Xml.safe(name)).append("\"><vt:lpwstr>");
    Xml.escape(out, Xml.safe(value)).append("</vt:lpwstr></property>");
  }

  private static String override(String part, String type) {
    return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
  }

  private static String relationship(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  }

  private static byte[] utf8(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
