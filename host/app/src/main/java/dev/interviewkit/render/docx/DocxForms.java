package dev.interviewkit.render.docx;

import dev.interviewkit.render.UntrustedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/** Reads back the form fields of a Word document written by {@link DocxRenderer}. */
public final class DocxForms {

  private static final String W = DocxStyles.W;
  private static final String W14 = ContentControls.W14;
  private static final QName SDT = new QName(W, "sdt");
  private static final QName SDT_PR = new QName(W, "sdtPr");
  private static final QName SDT_CONTENT = new QName(W, "sdtContent");
  private static final QName TAG = new QName(W, "tag");
  private static final QName TEXT = new QName(W, "text");
  private static final QName SHOWING_PLACEHOLDER = new QName(W, "showingPlcHdr");
  private static final QName VAL = new QName(W, "val");
  private static final QName CHECKBOX = new QName(W14, "checkbox");
  private static final QName DROP_DOWN = new QName(W, "dropDownList");
  private static final QName COMBO_BOX = new QName(W, "comboBox");
  private static final QName LIST_ITEM = new QName(W, "listItem");
  private static final QName DISPLAY_TEXT = new QName(W, "displayText");
  private static final QName VALUE = new QName(W, "value");
  private static final QName CHECKED = new QName(W14, "checked");
  private static final QName CHECKED_STATE = new QName(W14, "checkedState");
  private static final QName W14_VAL = new QName(W14, "val");
  private static final QName P = new QName(W, "p");
  private static final QName T = new QName(W, "t");
  private static final QName TAB = new QName(W, "tab");
  private static final QName BR = new QName(W, "br");
  private static final QName CR = new QName(W, "cr");
  private static final QName PPR = new QName(W, "pPr");
  private static final QName TABS = new QName(W, "tabs");
  private static final QName LEADER = new QName(W, "leader");

  /** Entries in the zip archive. */
  static final int MAX_ENTRIES = 1_000;
  /** Bytes one entry may inflate to: 16 MiB. */
  static final long MAX_ENTRY_BYTES = 16L << 20;
  /** Bytes all entries together may inflate to: 64 MiB. */
  static final long MAX_TOTAL_BYTES = 64L << 20;
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private DocxForms() {}

  /**
   * Reads the content controls and custom properties of {@code docx}.
   *
   * <p>A drop-down list tagged {@code name} sets {@code name} to the value of the entry it shows
   * ("" for the first entry, which chooses nothing; the shown text itself when it matches no
   * entry). A checkbox tagged {@code name=value} that is ticked sets {@code name} to {@code value};
   * {@code name} maps to "" when none of its boxes is ticked and to the values joined by "," when
   * several are. A plain-text control maps its tag to its text ("" while it shows its placeholder)
   * as typed, tabs and line breaks kept, less the blank lines around it (see {@link #typed});
   * controls sharing a tag are joined by line feeds. A drop-down list maps its tag to the
   * value of the item shown. The file is read within the limits of {@link UntrustedFile} and
   * this class's zip limits, checked before POI opens it.
   *
   * @throws IOException if the file cannot be read or is not a Word document
   */
  public static FilledForm read(Path docx) throws IOException {
    byte[] bytes = UntrustedFile.read(docx);
    return UntrustedFile.parse(docx.toString(), () -> read(docx.toString(), bytes));
  }

  /** As {@link #read(Path)}, for bytes already read; {@code docx} names the file in messages. */
  public static FilledForm read(String docx, byte[] bytes) throws IOException {
    XWPFDocument doc = open(docx, bytes);
    try (doc) {
      List<Control> controls = new ArrayList<>();
      try (XmlCursor cursor = doc.getDocument().newCursor()) {
        while (!cursor.toNextToken().isNone()) {
          if (cursor.isStart() && SDT.equals(cursor.getName())) {
            control(cursor.getObject()).ifPresent(controls::add);
          }
        }
      }
      Map<String, String> properties = properties(doc);
      String listed = properties.remove(DocxPackage.FIELDS);
      List<String> names = controls.stream().map(Control::tag).toList();
      if (listed != null && names.contains("")) {
        names = byPosition(docx, controls, listed);
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < controls.size(); i++) {
        read(controls.get(i), names.get(i), fields);
      }
      return new FilledForm(fields, properties);
    }
  }

  /** A content control this package reads: a checkbox, a plain-text field or a drop-down. */
  private record Control(
      XmlObject sdt, XmlObject properties, String tag, XmlObject checkbox, XmlObject list) {}

  private static Optional<Control> control(XmlObject sdt) {
    XmlObject pr = child(sdt, SDT_PR);
    if (pr == null) {
      return Optional.empty();
    }
    XmlObject checkbox = child(pr, CHECKBOX);
    XmlObject list = child(pr, DROP_DOWN) != null ? child(pr, DROP_DOWN) : child(pr, COMBO_BOX);
    if (checkbox == null && list == null && child(pr, TEXT) == null) {
      return Optional.empty();
    }
    XmlObject tag = child(pr, TAG);
    return Optional.of(
        new Control(sdt, pr, tag == null ? "" : attribute(tag, VAL), checkbox, list));
  }

  /**
   * The controls' names from the list the writer stored, for a file whose editor dropped the
   * tags (LibreOffice does): only when the same controls are still there, in the same order.
   */
  private static List<String> byPosition(String docx, List<Control> controls, String listed)
      throws IOException {
    List<String> names = listed.isEmpty() ? List.of() : List.of(listed.split("\n", -1));
    String changed = docx + ": the form fields were changed after the file was written (";
    if (names.size() != controls.size()) {
      throw new IOException(changed + controls.size() + " fields, " + names.size()
          + " written); fill in a fresh copy");
    }
    for (int i = 0; i < names.size(); i++) {
      Control control = controls.get(i);
      boolean isBox = names.get(i).contains("=");
      if (isBox != (control.checkbox() != null)
          || !(control.tag().isEmpty() || control.tag().equals(names.get(i)))) {
        throw new IOException(changed + "field " + (i + 1) + " should be '" + names.get(i)
            + "'); fill in a fresh copy");
      }
    }
    return names;
  }

  private static XWPFDocument open(String docx, byte[] bytes) throws IOException {
    if (bytes.length >= OLE2.length && java.util.Arrays.equals(bytes, 0, 4, OLE2, 0, 4)) {
      throw new IOException(docx + " is password-protected (encrypted) or an old .doc file;"
          + " save an unprotected copy as .docx");
    }
    checkZip(docx, bytes);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return new XWPFDocument(in);
    } catch (POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
        | IllegalStateException e) {
      throw notWord(docx, UntrustedFile.oneLine(String.valueOf(e.getMessage())));
    }
  }

  /**
   * Walks the archive as POI will read it, inflating every entry without keeping it: refuses
   * too many entries, an entry or a whole that inflates past the limits, and a non-Word zip.
   */
  private static void checkZip(String docx, byte[] bytes) throws IOException {
    int entries = 0;
    long total = 0;
    boolean types = false;
    byte[] sink = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new IOException(docx + " has more than the limit of " + MAX_ENTRIES
              + " entries in its zip archive");
        }
        types |= e.getName().equals("[Content_Types].xml");
        long size = 0;
        for (int n = zip.read(sink); n >= 0; n = zip.read(sink)) {
          size += n;
          if (size > MAX_ENTRY_BYTES) {
            throw new IOException(docx + ": the entry '" + UntrustedFile.oneLine(e.getName())
                + "' inflates to more than the limit of " + (MAX_ENTRY_BYTES >> 20) + " MB");
          }
          if (total + size > MAX_TOTAL_BYTES) {
            throw new IOException(docx + " inflates to more than the limit of "
                + (MAX_TOTAL_BYTES >> 20) + " MB");
          }
        }
        total += size;
      }
    } catch (ZipException e) {
      throw notWord(docx, entries == 0 ? "not a zip archive"
          : "a broken zip archive (" + UntrustedFile.oneLine(String.valueOf(e.getMessage())) + ")");
    }
    if (entries == 0) {
      throw notWord(docx, "not a zip archive");
    }
    if (!types) {
      throw notWord(docx, "a zip archive without [Content_Types].xml");
    }
  }

  private static IOException notWord(String docx, String reason) {
    return new IOException(docx + " is not a Word document (.docx): " + reason);
  }

  private static void read(Control control, String name, Map<String, String> fields) {
    if (name.isEmpty()) {
      return;
    }
    if (control.checkbox() != null) {
      int eq = name.indexOf('=');
      if (eq > 0) {
        checkbox(name.substring(0, eq), name.substring(eq + 1),
            isChecked(control.checkbox(), control.sdt()), fields);
      }
    } else if (control.list() != null) {
      XmlObject placeholder = child(control.properties(), SHOWING_PLACEHOLDER);
      String shown = placeholder != null && isOn(attribute(placeholder, VAL)) ? ""
          : raw(control.sdt()).strip();
      fields.merge(name, listValue(control.list(), shown), (a, b) -> a.isEmpty() ? b
          : b.isEmpty() ? a : a + "," + b);
    } else {
      XmlObject placeholder = child(control.properties(), SHOWING_PLACEHOLDER);
      String value =
          placeholder != null && isOn(attribute(placeholder, VAL)) ? "" : typed(control.sdt());
      fields.merge(name, value, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b);
    }
  }

  /**
   * The value of the drop-down item whose display text is shown (an editor may keep only the
   * text), or the text itself when no item matches; "" for nothing chosen.
   */
  private static String listValue(XmlObject list, String shown) {
    if (shown.isEmpty()) {
      return "";
    }
    for (XmlObject item : list.selectChildren(LIST_ITEM)) {
      String display = attribute(item, DISPLAY_TEXT);
      String value = attribute(item, VALUE);
      if (shown.equals(display) || (display.isEmpty() && shown.equals(value))) {
        return value.isEmpty() && display.isEmpty() ? shown : value;
      }
    }
    return shown;
  }

  private static void checkbox(
      String name, String value, boolean checked, Map<String, String> fields) {
    String current = fields.getOrDefault(name, "");
    if (checked) {
      fields.put(name, current.isEmpty() ? value : current + "," + value);
    } else {
      fields.putIfAbsent(name, "");
    }
  }

  /** {@code w14:checked}, or, when a writer left it out, whether the box shows its ticked glyph. */
  private static boolean isChecked(XmlObject checkbox, XmlObject sdt) {
    XmlObject checked = child(checkbox, CHECKED);
    if (checked != null) {
      return isOn(attribute(checked, W14_VAL));
    }
    XmlObject state = child(checkbox, CHECKED_STATE);
    String glyph = state == null ? "2612" : attribute(state, W14_VAL);
    String shown = raw(sdt).strip();
    try {
      return !shown.isEmpty() && shown.codePointAt(0) == Integer.parseInt(glyph, 16);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isOn(String value) {
    return value.isEmpty() || value.equals("1") || value.equals("true") || value.equals("on");
  }

  /**
   * What was typed into a plain-text control: its text with line breaks as line feeds and tabs
   * kept, less the blank lines around it (the empty room the writer left to type in). In a
   * scorecard written before fields were boxes, tabs to an underscore-leader tab stop drew the
   * lines, so there each tab is a line end and each line is trimmed.
   */
  private static String typed(XmlObject sdt) {
    String raw = raw(sdt);
    StringBuilder out = new StringBuilder(raw.length());
    if (ruledWithTabs(sdt)) {
      for (String line : raw.split("[\t\n]+")) {
        if (!line.isBlank()) {
          out.append(out.length() == 0 ? "" : "\n").append(line.strip());
        }
      }
      return out.toString();
    }
    String[] lines = raw.split("\n", -1);
    int first = 0;
    int last = lines.length - 1;
    while (first <= last && lines[first].isBlank()) {
      first++;
    }
    while (last >= first && lines[last].isBlank()) {
      last--;
    }
    for (int i = first; i <= last; i++) {
      out.append(i == first ? "" : "\n").append(lines[i]);
    }
    return out.toString();
  }

  /** Whether the control sits in a paragraph ruled by an underscore-leader tab stop. */
  private static boolean ruledWithTabs(XmlObject sdt) {
    try (XmlCursor cursor = sdt.newCursor()) {
      if (!cursor.toParent() || !P.equals(cursor.getName())) {
        return false;
      }
      XmlObject pPr = child(cursor.getObject(), PPR);
      XmlObject tabs = pPr == null ? null : child(pPr, TABS);
      if (tabs == null) {
        return false;
      }
      for (XmlObject tab : tabs.selectChildren(TAB)) {
        if ("underscore".equals(attribute(tab, LEADER))) {
          return true;
        }
      }
      return false;
    }
  }

  /** The control's text: {@code w:t} as written, a tab for each tab, a line feed per break. */
  private static String raw(XmlObject sdt) {
    XmlObject content = child(sdt, SDT_CONTENT);
    if (content == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    try (XmlCursor cursor = content.newCursor()) {
      int depth = 0;
      boolean paragraphs = false;
      do {
        if (cursor.isStart()) {
          depth++;
          QName name = cursor.getName();
          if (T.equals(name)) {
            text.append(cursor.getTextValue());
          } else if (TAB.equals(name)) {
            text.append('\t');
          } else if (BR.equals(name) || CR.equals(name)) {
            text.append('\n');
          } else if (P.equals(name)) {
            text.append(paragraphs ? "\n" : "");
            paragraphs = true;
          }
        } else if (cursor.isEnd()) {
          depth--;
        }
      } while (depth > 0 && !cursor.toNextToken().isNone());
    }
    return text.toString();
  }

  private static Map<String, String> properties(XWPFDocument doc) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (CTProperty property :
        doc.getProperties().getCustomProperties().getUnderlyingProperties().getPropertyList()) {
      try (XmlCursor cursor = property.newCursor()) {
        properties.put(property.getName(), cursor.getTextValue());
      }
    }
    return properties;
  }

  private static XmlObject child(XmlObject parent, QName name) {
    XmlObject[] children = parent.selectChildren(name);
    return children.length == 0 ? null : children[0];
  }

  private static String attribute(XmlObject element, QName name) {
    try (XmlCursor cursor = element.newCursor()) {
      String value = cursor.getAttributeText(name);
      return value == null ? "" : value.strip();
    }
  }
}
