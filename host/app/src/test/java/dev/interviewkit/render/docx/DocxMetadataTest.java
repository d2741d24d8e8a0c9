package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

class DocxMetadataTest {

  private final XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

  @Test
  void corePropertiesCarryTitleCreatorAndTheLoopDateAtMidnightUtc() {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();

    assertEquals(SampleDocuments.info(dev.interviewkit.api.doc.Paper.LETTER).title(), core.getTitle());
    assertEquals("interview-kit", core.getCreator());
    assertEquals(Instant.parse("2026-03-14T00:00:00Z"), core.getCreated().toInstant());
    assertEquals(Instant.parse("2026-03-14T00:00:00Z"), core.getModified().toInstant());
  }

  @Test
  void everyDocumentPropertyIsACustomPropertyOfTheSameNameAndTheFieldsAreListed() {
    Map<String, String> custom = new TreeMap<>();
    for (CTProperty p :
        doc.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
      custom.put(p.getName(), p.getLpwstr());
    }

    String fields = custom.remove(DocxPackage.FIELDS);
    assertEquals(SampleDocuments.PROPERTIES, custom);
    assertEquals(
        String.join("\n", RenderedDocx.contentControls(doc).stream().map(RenderedDocx::tag).toList()),
        fields,
        "the form fields' names, in document order");
  }

  @Test
  void rendererIsTheDocxExtension() {
    DocxRenderer renderer = new DocxRenderer();

    assertEquals("docx", renderer.format());
    assertEquals("docx", renderer.fileExtension());
    assertEquals(
        true, DocxRenderer.class.isAnnotationPresent(org.pf4j.Extension.class));
  }
}
