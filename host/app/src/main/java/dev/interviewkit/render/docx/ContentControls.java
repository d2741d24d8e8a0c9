package dev.interviewkit.render.docx;

import java.math.BigInteger;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLock;

/** Word content controls (structured document tags): checkboxes and plain-text fields. */
final class ContentControls {

  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String CHECKED = "\u2612";
  static final String UNCHECKED = "\u2610";
  static final String BOX_FONT = "MS Gothic";
  static final int BOX_HALF_POINTS = 24;

  private static final QName CHECKBOX = new QName(W14, "checkbox", "w14");
  private static final QName CHECKED_STATE = new QName(W14, "checked", "w14");
  private static final QName CHECKED_GLYPH = new QName(W14, "checkedState", "w14");
  private static final QName UNCHECKED_GLYPH = new QName(W14, "uncheckedState", "w14");
  private static final QName W14_VAL = new QName(W14, "val", "w14");
  private static final QName W14_FONT = new QName(W14, "font", "w14");

  private int nextId = 1;

  /** Declares the Word 2010 namespace on the document root, ignorable for older readers. */
  static void declareNamespaces(XWPFDocument doc) {
    try (XmlCursor cursor = doc.getDocument().newCursor()) {
      cursor.toFirstContentToken();
      cursor.insertNamespace("w14", W14);
      cursor.insertNamespace("mc", MC);
      cursor.insertAttributeWithValue(new QName(MC, "Ignorable", "mc"), "w14");
    }
  }

  /** Appends an unticked Word checkbox tagged {@code tag} to {@code paragraph}. */
  void checkbox(XWPFParagraph paragraph, String tag) {
    CTSdtRun sdt = paragraph.getCTP().addNewSdt();
    CTSdtPr pr = sdt.addNewSdtPr();
    boxFont(pr.addNewRPr());
    pr.addNewId().setVal(BigInteger.valueOf(nextId++));
    pr.addNewTag().setVal(DocxBuilder.xmlSafe(tag));
    try (XmlCursor cursor = pr.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(CHECKBOX);
      glyphElement(cursor, CHECKED_STATE, null, "0");
      glyphElement(cursor, CHECKED_GLYPH, BOX_FONT, hex(CHECKED));
      glyphElement(cursor, UNCHECKED_GLYPH, BOX_FONT, hex(UNCHECKED));
    }
    CTR run = sdt.addNewSdtContent().addNewR();
    boxFont(run.addNewRPr());
    run.addNewT().setStringValue(UNCHECKED);
  }

  /**
   * Appends a plain-text field tagged {@code tag} over {@code lines} ruled lines. Word allows a
   * plain-text control one paragraph and one run, so each line is a tab to the paragraph's leader
   * tab stop at the right edge; the next tab wraps onto a new line.
   */
  void text(XWPFParagraph paragraph, String tag, int lines) {
    CTSdtRun sdt = paragraph.getCTP().addNewSdt();
    CTSdtPr pr = sdt.addNewSdtPr();
    pr.addNewId().setVal(BigInteger.valueOf(nextId++));
    pr.addNewTag().setVal(DocxBuilder.xmlSafe(tag));
    pr.addNewLock().setVal(STLock.SDT_LOCKED);
    pr.addNewText().setMultiLine(Boolean.TRUE);
    ruledLines(sdt.addNewSdtContent().addNewR(), lines);
  }

  /** Fills {@code run} with {@code lines} tabs, each drawn as one ruled line. */
  static void ruledLines(CTR run, int lines) {
    for (int i = 0; i < lines; i++) {
      run.addNewTab();
    }
  }

  private static void glyphElement(XmlCursor cursor, QName name, String font, String val) {
    cursor.beginElement(name);
    cursor.insertAttributeWithValue(W14_VAL, val);
    if (font != null) {
      cursor.insertAttributeWithValue(W14_FONT, font);
    }
    cursor.toNextToken();
  }

  private static void boxFont(CTRPr rPr) {
    CTFonts fonts = rPr.addNewRFonts();
    fonts.setAscii(BOX_FONT);
    fonts.setHAnsi(BOX_FONT);
    fonts.setEastAsia(BOX_FONT);
    fonts.setHint(STHint.EAST_ASIA);
    rPr.addNewSz().setVal(BigInteger.valueOf(BOX_HALF_POINTS));
    rPr.addNewSzCs().setVal(BigInteger.valueOf(BOX_HALF_POINTS));
  }

  private static String hex(String glyph) {
    return String.format(Locale.ROOT, "%04X", glyph.codePointAt(0));
  }
}
