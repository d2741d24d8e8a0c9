package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.NoteLines;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;

class DocxFormFieldsTest {

  private static final String W = RenderedDocx.W;
  private static final String W14 = RenderedDocx.W14;

  @Test
  void everyChoiceGroupIsOneDropDownListTaggedWithItsField() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    List<XmlObject> lists =
        RenderedDocx.contentControls(doc).stream()
            .filter(sdt -> RenderedDocx.dropDown(sdt) != null)
            .toList();
    assertEquals(List.of("systems-thinking", "recommendation"),
        lists.stream().map(RenderedDocx::tag).toList());
    XmlObject[] items = RenderedDocx.dropDown(lists.get(0)).selectChildren(new QName(W, "listItem"));
    assertEquals(List.of("", "1", "2", "3", "4", "na"), java.util.Arrays.stream(items)
        .map(i -> RenderedDocx.attribute(i, new QName(W, "value"))).toList());
    assertEquals(List.of("Choose one", "1 Well below", "2 Below", "3 Meets", "4 Clearly above",
        "Not assessed"), java.util.Arrays.stream(items)
        .map(i -> RenderedDocx.attribute(i, new QName(W, "displayText"))).toList());
    assertTrue(RenderedDocx.content(lists.get(0)).xmlText().contains("Choose one"));
    assertTrue(RenderedDocx.contentControls(doc).stream()
        .noneMatch(sdt -> RenderedDocx.checkbox(sdt) != null), "a choice is still a checkbox");
  }

  @Test
  void contentControlsHaveUniqueIds() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    List<String> ids =
        RenderedDocx.contentControls(doc).stream()
            .map(sdt -> RenderedDocx.properties(sdt).selectChildren(new QName(RenderedDocx.W, "id"))[0])
            .map(id -> RenderedDocx.attribute(id, new QName(RenderedDocx.W, "val")))
            .toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
  }

  @Test
  void wordTwentyTenNamespaceIsDeclaredOnTheRootAndIgnorable() throws IOException {
    String xml = part(RenderedDocx.bytes(SampleDocuments.packet()), "word/document.xml");

    String root = xml.substring(xml.indexOf("<w:document"), xml.indexOf('>', xml.indexOf("<w:document")));
    assertTrue(root.contains("xmlns:w14=\"" + W14 + "\""), root);
    assertTrue(root.contains("mc:Ignorable=\"w14\""), root);
  }

  @Test
  void noteLinesWithAFieldArePlainTextControlsTaggedWithTheField() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    List<String> textTags =
        RenderedDocx.contentControls(doc).stream()
            .filter(RenderedDocx::isPlainText)
            .map(RenderedDocx::tag)
            .toList();
    assertEquals(List.of("q1.notes", "systems-thinking.evidence", "takeaways"), textTags);
    XmlObject notes = RenderedDocx.find(doc, "q1.notes");
    String w = "declare namespace w='" + RenderedDocx.W + "' ";
    assertEquals(0, RenderedDocx.content(notes).selectPath(w + ".//w:tab").length,
        "no tab leaders (ruled lines) inside a field");
    assertEquals(5, RenderedDocx.content(notes).selectPath(w + ".//w:br").length,
        "six empty lines to type on");
    try (org.apache.xmlbeans.XmlCursor cursor = notes.newCursor()) {
      cursor.toParent();
      XmlObject pPr = cursor.getObject().selectPath(w + "./w:pPr")[0];
      assertEquals(0, pPr.selectPath(w + ".//w:tab").length, "no tab stop, so no leader");
      for (String side : List.of("top", "left", "bottom", "right")) {
        assertEquals(1, pPr.selectPath(w + "./w:pBdr/w:" + side).length, "a box: " + side);
      }
    }
  }

  @Test
  void noteLinesWithoutAFieldHaveNoControl() {
    XWPFDocument doc =
        RenderedDocx.render(SampleDocuments.of(List.of(NoteLines.plain("Notes", 6))));

    assertTrue(RenderedDocx.contentControls(doc).isEmpty());
    assertEquals(List.of("Notes"), RenderedDocx.texts(doc));
  }

  @Test
  void evidenceLinesSitInTheChoiceGroupsTable() {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());

    XmlObject evidence = RenderedDocx.find(doc, "systems-thinking.evidence");
    assertNotNull(evidence);
    String tableXml =
        doc.getTables().stream()
            .filter(t -> t.getText().contains("Systems thinking"))
            .findFirst()
            .orElseThrow()
            .getCTTbl()
            .xmlText();
    assertTrue(tableXml.contains("systems-thinking.evidence"));
  }

  @Test
  void fieldNameHoldingAnEqualsSignIsRefused() {
    ChoiceGroup group =
        new ChoiceGroup(
            "a=b", "Rating", "", List.of(new Choice("1", "1", ""), new Choice("2", "2", "")), "", 0);

    RenderException e =
        assertThrows(
            RenderException.class, () -> RenderedDocx.bytes(SampleDocuments.of(List.of(group))));
    assertTrue(e.getMessage().contains("a=b"), e.getMessage());
  }

  static String part(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
