package dev.interviewkit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxFormsTest {

  private static final String W = RenderedDocx.W;
  private static final String W14 = RenderedDocx.W14;

  @TempDir Path dir;

  @Test
  void freshDocumentReadsEveryFieldEmptyAndItsProperties() throws IOException {
    Path docx = write(RenderedDocx.bytes(SampleDocuments.packet()));

    FilledForm form = DocxForms.read(docx);

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("q1.notes", "");
    expected.put("systems-thinking", "");
    expected.put("systems-thinking.evidence", "");
    expected.put("recommendation", "");
    expected.put("takeaways", "");
    assertEquals(expected, form.fields());
    assertEquals(SampleDocuments.PROPERTIES, new TreeMap<>(form.properties()));
  }

  @Test
  void chosenDropDownAndFilledTextFieldReadBack() throws IOException {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());
    choose(RenderedDocx.find(doc, "systems-thinking"), "3 Meets", "3");
    choose(RenderedDocx.find(doc, "recommendation"), "Yes", "yes");
    fill(RenderedDocx.find(doc, "systems-thinking.evidence"), "  Found the deploy queue. ");
    fill(RenderedDocx.find(doc, "takeaways"), "Clear thinker\nNamed trade-offs");

    FilledForm form = DocxForms.read(write(RenderedDocx.save(doc)));

    assertEquals("3", form.fields().get("systems-thinking"));
    assertEquals("yes", form.fields().get("recommendation"));
    assertEquals("  Found the deploy queue. ", form.fields().get("systems-thinking.evidence"));
    assertEquals("Clear thinker\nNamed trade-offs", form.fields().get("takeaways"));
    assertEquals("", form.fields().get("q1.notes"));
    assertEquals(SampleDocuments.CANDIDATE, form.properties().get("candidate"));
  }

  @Test
  void fieldsAreNamedByPositionWhenAnEditorDroppedTheTags() throws IOException {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());
    choose(RenderedDocx.find(doc, "systems-thinking"), "3 Meets", "3");
    choose(RenderedDocx.find(doc, "recommendation"), "No", "no");
    fill(RenderedDocx.find(doc, "takeaways"), "Strong on trade-offs");
    Map<String, String> tagged = DocxForms.read(write(RenderedDocx.save(doc))).fields();
    int dropped = dropTags(doc);

    FilledForm form = DocxForms.read(write(RenderedDocx.save(doc)));

    assertEquals(RenderedDocx.contentControls(doc).size(), dropped);
    assertEquals(tagged, form.fields());
    assertEquals("3", form.fields().get("systems-thinking"));
    assertEquals("no", form.fields().get("recommendation"));
    assertEquals("Strong on trade-offs", form.fields().get("takeaways"));
    assertEquals(SampleDocuments.PROPERTIES, new TreeMap<>(form.properties()));
  }

  @Test
  void untaggedFormWithAFieldRemovedIsRefusedRatherThanMisread() throws IOException {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());
    dropTags(doc);
    try (XmlCursor cursor = RenderedDocx.contentControls(doc).get(0).newCursor()) {
      cursor.removeXml();
    }
    Path docx = write(RenderedDocx.save(doc));

    IOException e = assertThrows(IOException.class, () -> DocxForms.read(docx));

    assertTrue(e.getMessage().startsWith(docx + ": the form fields were changed"), e.getMessage());
    assertTrue(e.getMessage().contains("fill in a fresh copy"), e.getMessage());
  }

  @Test
  void textTypedIntoTheBoxReadsAsTypedWithoutTheEmptyLinesAroundIt() throws IOException {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());
    XmlObject notes = RenderedDocx.find(doc, "q1.notes");
    try (XmlCursor cursor = RenderedDocx.content(notes).newCursor()) {
      cursor.toChild(new QName(W, "r"));
      cursor.toChild(new QName(W, "br"));
      cursor.toNextSibling();
      cursor.insertElementWithText(new QName(W, "t", "w"), "Asked about\ton-call load ");
      cursor.insertElement(new QName(W, "br", "w"));
      cursor.insertElement(new QName(W, "br", "w"));
      cursor.insertElementWithText(new QName(W, "t", "w"), "  and paging");
    }

    FilledForm form = DocxForms.read(write(RenderedDocx.save(doc)));

    assertEquals("Asked about\ton-call load \n\n  and paging", form.fields().get("q1.notes"));
  }

  @Test
  void scorecardWrittenWithTabRuledLinesStillReadsTabsAsLineEnds() throws IOException {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());
    XmlObject notes = RenderedDocx.find(doc, "q1.notes");
    try (XmlCursor cursor = notes.newCursor()) {
      cursor.toParent();
      cursor.toChild(new QName(W, "pPr"));
      cursor.toFirstChild();
      while (!new QName(W, "spacing").equals(cursor.getName())) {
        cursor.toNextSibling();
      }
      cursor.beginElement(new QName(W, "tabs", "w"));
      cursor.beginElement(new QName(W, "tab", "w"));
      cursor.insertAttributeWithValue(new QName(W, "val", "w"), "right");
      cursor.insertAttributeWithValue(new QName(W, "leader", "w"), "underscore");
      cursor.insertAttributeWithValue(new QName(W, "pos", "w"), "9000");
    }
    fill(notes, "");
    try (XmlCursor cursor = RenderedDocx.content(notes).newCursor()) {
      cursor.toChild(new QName(W, "r"));
      cursor.toEndToken();
      cursor.insertElementWithText(new QName(W, "t", "w"), " Asked about on-call load ");
      cursor.insertElement(new QName(W, "tab", "w"));
      cursor.insertElementWithText(new QName(W, "t", "w"), "and paging");
      cursor.insertElement(new QName(W, "tab", "w"));
      cursor.insertElement(new QName(W, "tab", "w"));
    }

    FilledForm form = DocxForms.read(write(RenderedDocx.save(doc)));

    assertEquals("Asked about on-call load\nand paging", form.fields().get("q1.notes"));
  }

  @Test
  void placeholderTextReadsAsEmpty() throws IOException {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());
    XmlObject takeaways = RenderedDocx.find(doc, "takeaways");
    fill(takeaways, "Click or tap here to enter text.");
    try (XmlCursor cursor = RenderedDocx.properties(takeaways).newCursor()) {
      cursor.toFirstChild();
      cursor.insertElement(new QName(W, "showingPlcHdr", "w"));
    }

    FilledForm form = DocxForms.read(write(RenderedDocx.save(doc)));

    assertEquals("", form.fields().get("takeaways"));
  }

  @Test
  void fileThatIsNotAZipFailsWithAClearMessage() throws IOException {
    Path text = dir.resolve("notes.docx");
    Files.writeString(text, "just text");

    IOException e = assertThrows(IOException.class, () -> DocxForms.read(text));

    assertTrue(e.getMessage().contains("not a Word document"), e.getMessage());
    assertTrue(e.getMessage().contains("notes.docx"), e.getMessage());
  }

  @Test
  void zipThatIsNotAWordDocumentFailsWithAClearMessage() throws IOException {
    Path zip = dir.resolve("archive.docx");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream zipOut = new ZipOutputStream(out)) {
      zipOut.putNextEntry(new ZipEntry("hello.txt"));
      zipOut.write("hello".getBytes(StandardCharsets.UTF_8));
      zipOut.closeEntry();
    }

    IOException e = assertThrows(IOException.class, () -> DocxForms.read(zip));

    assertTrue(e.getMessage().contains("not a Word document"), e.getMessage());
  }

  @Test
  void spreadsheetFailsWithAClearMessage() throws IOException {
    Path xlsx = dir.resolve("scores.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      workbook.createSheet("scores").createRow(0).createCell(0).setCellValue("3");
      workbook.write(out);
    }

    IOException e = assertThrows(IOException.class, () -> DocxForms.read(xlsx));

    assertTrue(e.getMessage().contains("not a Word document"), e.getMessage());
  }

  @Test
  void aScoreChosenInTwoCopiesOfItsDropDownReadsAsBothValuesSoTheDebriefCanRefuseIt()
      throws IOException {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());
    XmlObject score = RenderedDocx.find(doc, "systems-thinking");
    choose(score, "1 Well below", "1");
    try (XmlCursor from = score.newCursor(); XmlCursor to = score.newCursor()) {
      to.toEndToken();
      to.toNextToken();
      from.copyXml(to);
    }
    List<XmlObject> copies = RenderedDocx.contentControls(doc).stream()
        .filter(sdt -> RenderedDocx.tag(sdt).equals("systems-thinking")).toList();
    assertEquals(2, copies.size());
    choose(copies.get(1), "3 Meets", "3");

    FilledForm form = DocxForms.read(write(RenderedDocx.save(doc)));

    assertEquals("1,3", form.fields().get("systems-thinking"));
  }

  @Test
  void dropDownListReadsAsTheValueOfTheItemShown() throws IOException {
    XWPFDocument doc = RenderedDocx.render(SampleDocuments.packet());
    XmlObject sdt = RenderedDocx.find(doc, "takeaways");
    XmlObject pr = RenderedDocx.properties(sdt);
    try (XmlCursor cursor = pr.selectChildren(new QName(W, "text"))[0].newCursor()) {
      cursor.removeXml();
    }
    try (XmlCursor cursor = pr.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(new QName(W, "dropDownList", "w"));
      for (String[] item : new String[][] {{"Three · strong", "3"}, {"Four · exceptional", "4"}}) {
        cursor.beginElement(new QName(W, "listItem", "w"));
        cursor.insertAttributeWithValue(new QName(W, "displayText", "w"), item[0]);
        cursor.insertAttributeWithValue(new QName(W, "value", "w"), item[1]);
        cursor.toNextToken();
      }
    }
    fill(sdt, "Four · exceptional");

    FilledForm form = DocxForms.read(write(RenderedDocx.save(doc)));

    assertEquals("4", form.fields().get("takeaways"));
  }

  @Test
  void zipWithTooManyEntriesIsRefusedBeforePoiOpensIt() throws IOException {
    Path zip = dir.resolve("many.docx");
    try (java.util.zip.ZipOutputStream out =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i <= DocxForms.MAX_ENTRIES; i++) {
        out.putNextEntry(new java.util.zip.ZipEntry(i == 0 ? "[Content_Types].xml" : "p" + i));
      }
    }
    IOException e = assertThrows(IOException.class, () -> DocxForms.read(zip));
    assertEquals(zip + " has more than the limit of 1000 entries in its zip archive",
        e.getMessage());
  }

  @Test
  void missingFileFailsWithIoException() {
    assertThrows(IOException.class, () -> DocxForms.read(dir.resolve("missing.docx")));
  }

  /** Removes every content control's tag, as LibreOffice does when it saves; returns how many. */
  private static int dropTags(XWPFDocument doc) {
    int dropped = 0;
    for (XmlObject sdt : RenderedDocx.contentControls(doc)) {
      for (XmlObject tag : RenderedDocx.properties(sdt).selectChildren(new QName(W, "tag"))) {
        try (XmlCursor cursor = tag.newCursor()) {
          cursor.removeXml();
          dropped++;
        }
      }
    }
    return dropped;
  }

  /** Picks a drop-down entry the way Word does: the entry's text shown, its value as lastValue. */
  private static void choose(XmlObject sdt, String label, String value) {
    RenderedDocx.setAttribute(RenderedDocx.dropDown(sdt), new QName(W, "lastValue", "w"), value);
    XmlObject t = RenderedDocx.content(sdt).selectPath("declare namespace w='" + W + "' .//w:t")[0];
    try (XmlCursor cursor = t.newCursor()) {
      cursor.setTextValue(label);
    }
  }

  /** Replaces a text control's content with one run, line feeds as Word's line breaks. */
  private static void fill(XmlObject sdt, String text) {
    try (XmlCursor cursor = RenderedDocx.content(sdt).newCursor()) {
      cursor.removeXmlContents();
      cursor.toEndToken();
      cursor.beginElement(new QName(W, "r", "w"));
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          cursor.insertElement(new QName(W, "br", "w"));
        }
        cursor.insertElementWithText(new QName(W, "t", "w"), lines[i]);
      }
    }
  }

  private Path write(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(dir, "form", ".docx");
    Files.write(file, bytes);
    return file;
  }
}
