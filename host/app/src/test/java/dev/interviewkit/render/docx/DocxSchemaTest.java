package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Figure;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.Logo;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.config.Images;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every WordprocessingML part the writer produces is valid against the ECMA-376 schema (as
 * compiled into POI), element order included, which Word is strict about. The Word 2010
 * checkbox elements are markup-compatibility extensions that the document marks ignorable; a
 * consumer that does not know them drops them, and so does this test before validating.
 */
class DocxSchemaTest {

  static Stream<Document> documents() {
    HeatMap heatMap = new HeatMap("Competency", List.of("R1", "R2"), List.of("a", "b"),
        List.of(List.of(0, 2), List.of(4, 1)), 4);
    return Stream.of(
        SampleDocuments.of(List.of(new Heading(1, "A chart"), figure(), figure())),
        SampleDocuments.packet(Paper.LETTER),
        SampleDocuments.packet(Paper.A4),
        SampleDocuments.of(List.of(heatMap)),
        new Document(SampleDocuments.info(Paper.A4).withOrganisation(new Organisation(
            "Example & Co <Ltd>", Optional.of(new Logo("logo.png", Logo.Format.PNG,
                Images.png(30, 10, false), 30, 10)), "Confidential")),
            SampleDocuments.packetBlocks()),
        SampleDocuments.of(List.of()),
        DocxEastAsianTest.cjk());
  }

  /** A small grey PNG as a figure, wider than the page so the writer must scale it down. */
  static Figure figure() {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "png", png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Figure(png.toByteArray(), 900f, 450f, "A chart & its \"alt\" text <here>");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyPartIsValidAgainstTheSchema(Document document) throws XmlException {
    Map<String, byte[]> parts = DocxPackage.parts(document);

    List<String> errors = new ArrayList<>();
    validate("word/document.xml", DocumentDocument.Factory.parse(
        withoutExtensions(text(parts, "word/document.xml"))), errors);
    validate("word/styles.xml", StylesDocument.Factory.parse(text(parts, "word/styles.xml")),
        errors);
    validate("word/numbering.xml",
        NumberingDocument.Factory.parse(text(parts, "word/numbering.xml")), errors);
    validate("word/settings.xml",
        SettingsDocument.Factory.parse(text(parts, "word/settings.xml")), errors);
    validate("word/header1.xml", HdrDocument.Factory.parse(text(parts, "word/header1.xml")),
        errors);
    validate("word/footer1.xml", FtrDocument.Factory.parse(text(parts, "word/footer1.xml")),
        errors);
    validate("docProps/custom.xml",
        PropertiesDocument.Factory.parse(text(parts, "docProps/custom.xml")), errors);
    validate("docProps/app.xml",
        org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument
            .Factory.parse(text(parts, "docProps/app.xml")), errors);

    assertEquals(List.of(), errors);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void onlyCheckboxesUseTheWord2010Extension(Document document) {
    String xml = text(DocxPackage.parts(document), "word/document.xml");

    String stripped = withoutExtensions(xml);
    assertTrue(!stripped.contains("<w14:") && !stripped.contains(" w14:"),
        "w14 markup outside the checkboxes");
    assertTrue(xml.contains("mc:Ignorable=\"w14\""));
  }

  private static void validate(String part, XmlObject xml, List<String> errors) {
    List<XmlError> found = new ArrayList<>();
    xml.validate(new XmlOptions().setErrorListener(found));
    found.forEach(e -> errors.add(part + ": " + e.getMessage()));
  }

  private static String text(Map<String, byte[]> parts, String name) {
    return new String(parts.get(name), StandardCharsets.UTF_8);
  }

  /**
   * What markup-compatibility processing leaves for a consumer that does not know the w14
   * namespace: the checkbox elements dropped, and the {@code mc:Ignorable} attribute consumed.
   */
  private static String withoutExtensions(String xml) {
    return xml.replaceAll("<w14:checkbox>.*?</w14:checkbox>", "")
        .replace(" mc:Ignorable=\"w14\"", "");
  }
}
