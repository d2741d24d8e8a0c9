package dev.interviewkit.render.docx;

import dev.interviewkit.api.doc.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/** Renders documents with {@link DocxRenderer} and reads them back with POI. */
final class RenderedDocx {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

  private RenderedDocx() {}

  static byte[] bytes(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new DocxRenderer().render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static XWPFDocument open(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XWPFDocument render(Document document) {
    return open(bytes(document));
  }

  /** Every paragraph of the body in reading order, table cells included. */
  static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> paragraphs = new ArrayList<>();
    for (IBodyElement element : doc.getBodyElements()) {
      collect(element, paragraphs);
    }
    return paragraphs;
  }

  private static void collect(IBodyElement element, List<XWPFParagraph> into) {
    if (element instanceof XWPFParagraph paragraph) {
      into.add(paragraph);
    } else if (element instanceof XWPFTable table) {
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          cell.getBodyElements().forEach(e -> collect(e, into));
        }
      }
    }
  }

  /** The text of every non-blank paragraph, in reading order, without checkbox glyphs. */
  static List<String> texts(XWPFDocument doc) {
    return paragraphs(doc).stream()
        .map(p -> p.getText().replace(ContentControls.UNCHECKED, "").strip())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** Every content control ({@code w:sdt}) in the body, in document order. */
  static List<XmlObject> contentControls(XWPFDocument doc) {
    List<XmlObject> sdts = new ArrayList<>();
    try (XmlCursor cursor = doc.getDocument().newCursor()) {
      while (!cursor.toNextToken().isNone()) {
        if (cursor.isStart() && new QName(W, "sdt").equals(cursor.getName())) {
          sdts.add(cursor.getObject());
        }
      }
    }
    return sdts;
  }

  static String tag(XmlObject sdt) {
    XmlObject[] tags = properties(sdt).selectChildren(new QName(W, "tag"));
    return tags.length == 0 ? null : attribute(tags[0], new QName(W, "val"));
  }

  static XmlObject properties(XmlObject sdt) {
    return sdt.selectChildren(new QName(W, "sdtPr"))[0];
  }

  static XmlObject checkbox(XmlObject sdt) {
    XmlObject[] boxes = properties(sdt).selectChildren(new QName(W14, "checkbox"));
    return boxes.length == 0 ? null : boxes[0];
  }

  static XmlObject dropDown(XmlObject sdt) {
    XmlObject[] lists = properties(sdt).selectChildren(new QName(W, "dropDownList"));
    return lists.length == 0 ? null : lists[0];
  }

  static boolean isPlainText(XmlObject sdt) {
    return properties(sdt).selectChildren(new QName(W, "text")).length == 1;
  }

  static XmlObject content(XmlObject sdt) {
    return sdt.selectChildren(new QName(W, "sdtContent"))[0];
  }

  static String attribute(XmlObject element, QName name) {
    try (XmlCursor cursor = element.newCursor()) {
      return cursor.getAttributeText(name);
    }
  }

  static void setAttribute(XmlObject element, QName name, String value) {
    try (XmlCursor cursor = element.newCursor()) {
      cursor.setAttributeText(name, value);
    }
  }

  static XmlObject find(XWPFDocument doc, String tag) {
    return contentControls(doc).stream()
        .filter(sdt -> tag.equals(tag(sdt)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no content control tagged " + tag));
  }

  static byte[] save(XWPFDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
