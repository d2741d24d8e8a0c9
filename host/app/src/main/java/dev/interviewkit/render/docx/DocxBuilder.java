package dev.interviewkit.render.docx;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.PageBreak;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Maps the document model onto a POI {@link XWPFDocument}. */
final class DocxBuilder {

  static final int MARGIN = 1080;
  static final int HEADER_DISTANCE = 720;
  static final int FOOTER_DISTANCE = 576;
  static final int LINE_PITCH = 400;
  static final int CELL_MARGIN = 100;
  static final String BORDER_COLOR = "808080";
  static final String HEADER_FILL = "E6E6E6";
  static final String CALLOUT_FILL = "F2F2F2";
  static final String CREATOR = "interview-kit";

  private final XWPFDocument doc;
  private final int textWidth;
  private final ContentControls controls = new ContentControls();
  private List<XWPFParagraph> kept;

  private DocxBuilder(XWPFDocument doc, int textWidth) {
    this.doc = doc;
    this.textWidth = textWidth;
  }

  /** Builds the whole Word document for {@code document}. */
  static XWPFDocument build(Document document) {
    DocumentInfo info = document.info();
    XWPFDocument doc = new XWPFDocument();
    DocxStyles.install(doc);
    ContentControls.declareNamespaces(doc);
    metadata(doc, info);
    DocxBuilder builder = new DocxBuilder(doc, info.paper().widthTwips() - 2 * MARGIN);
    builder.page(info);
    if (startsWithTitle(document.blocks())) {
      builder.anchor();
    }
    document.blocks().forEach(builder::block);
    return doc;
  }

  private static void metadata(XWPFDocument doc, DocumentInfo info) {
    POIXMLProperties properties = doc.getProperties();
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    Date date = Date.from(info.date().atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setTitle(xmlSafe(info.title()));
    core.setCreator(CREATOR);
    core.setLastModifiedByUser(CREATOR);
    core.setCreated(Optional.of(date));
    core.setModified(Optional.of(date));
    properties.getExtendedProperties().getUnderlyingProperties().setApplication(CREATOR);
    POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
    info.properties()
        .forEach(
            (name, value) -> {
              if (name.isBlank()) {
                throw new RenderException("a document property has a blank name");
              }
              custom.addProperty(xmlSafe(name), xmlSafe(value));
            });
  }

  private void page(DocumentInfo info) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(info.paper().widthTwips()));
    size.setH(BigInteger.valueOf(info.paper().heightTwips()));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
    margins.setGutter(BigInteger.ZERO);

    XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
    header.setStyle(DocxStyles.HEADER);
    rule(pPr(header).addNewPBdr().addNewBottom(), 4);
    text(header, info.header());

    XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    footer.setStyle(DocxStyles.FOOTER);
    rule(pPr(footer).addNewPBdr().addNewTop(), 4);
    tabStop(footer, STTabJc.RIGHT, STTabTlc.NONE, textWidth);
    text(footer, info.footer());
    footer.createRun().addTab();
    footer.createRun().setText("Page ");
    field(footer, "PAGE");
    footer.createRun().setText(" of ");
    field(footer, "NUMPAGES");
  }

  /**
   * Whether the first text is a title or subtitle, which converters such as pandoc lift out of the
   * body into metadata (dropping it from plain-text output) unless another paragraph precedes it.
   */
  static boolean startsWithTitle(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof KeepTogether group) {
        return startsWithTitle(group.blocks());
      }
      if (!(block instanceof Paragraph paragraph)) {
        return false;
      }
      if (!paragraph.text().isBlank()) {
        return paragraph.style() == TextStyle.TITLE || paragraph.style() == TextStyle.SUBTITLE;
      }
    }
    return false;
  }

  /** An invisible paragraph holding a hidden bookmark: the document's start, ahead of its title. */
  private void anchor() {
    XWPFParagraph p = doc.createParagraph();
    CTSpacing spacing = spacing(p, 0, 0);
    spacing.setLine(BigInteger.valueOf(20));
    spacing.setLineRule(STLineSpacingRule.EXACT);
    CTBookmark start = p.getCTP().addNewBookmarkStart();
    start.setId(BigInteger.ZERO);
    start.setName("_Start");
    p.getCTP().addNewBookmarkEnd().setId(BigInteger.ZERO);
  }

  private void block(Block block) {
    if (block instanceof Heading heading) {
      XWPFParagraph p = paragraph();
      p.setStyle(DocxStyles.heading(heading.level()));
      text(p, heading.text());
    } else if (block instanceof Paragraph paragraph) {
      paragraph(paragraph);
    } else if (block instanceof BulletList list) {
      list.items().forEach(item -> bullet(paragraph(), item));
    } else if (block instanceof Callout callout) {
      callout(callout);
    } else if (block instanceof Table table) {
      table(table);
    } else if (block instanceof dev.interviewkit.api.doc.HeatMap map) {
      heatMap(map);
    } else if (block instanceof SideBySide sideBySide) {
      sideBySide(sideBySide);
    } else if (block instanceof NoteLines lines) {
      keep(() -> noteLines(lines));
    } else if (block instanceof ChoiceGroup group) {
      keep(() -> choiceGroup(group));
    } else if (block instanceof KeepTogether group) {
      keep(() -> group.blocks().forEach(this::block));
    } else if (block instanceof PageBreak) {
      paragraph().createRun().addBreak(BreakType.PAGE);
    } else {
      throw new IllegalStateException("unknown block " + block.getClass().getName());
    }
  }

  private void paragraph(Paragraph paragraph) {
    XWPFParagraph p = paragraph();
    switch (paragraph.style()) {
      case TITLE -> p.setStyle(DocxStyles.TITLE);
      case SUBTITLE -> p.setStyle(DocxStyles.SUBTITLE);
      default -> {}
    }
    XWPFRun run = text(p, paragraph.text());
    switch (paragraph.style()) {
      case STRONG -> run.setBold(true);
      case SMALL -> run.setFontSize(DocxStyles.SMALL_HALF_POINTS / 2.0);
      default -> {}
    }
  }

  private void callout(Callout callout) {
    XWPFTable table = table(new int[] {textWidth});
    XWPFTableCell cell = cell(row(table), textWidth, 1);
    fill(cell, CALLOUT_FILL);
    text(cellParagraph(cell), callout.text());
    spacer();
  }

  private void table(Table model) {
    int[] widths = split(textWidth, model.widths().stream().mapToInt(Integer::intValue).toArray());
    XWPFTable table = table(widths);
    XWPFTableRow header = row(table);
    header.setRepeatHeader(true);
    for (int i = 0; i < widths.length; i++) {
      XWPFTableCell cell = cell(header, widths[i], 1);
      fill(cell, HEADER_FILL);
      XWPFParagraph p = cellParagraph(cell);
      keepNext(p);
      text(p, model.header().get(i)).setBold(true);
    }
    for (List<String> values : model.rows()) {
      XWPFTableRow row = row(table);
      for (int i = 0; i < widths.length; i++) {
        text(cellParagraph(cell(row, widths[i], 1)), values.get(i));
      }
    }
    spacer();
  }

  private void heatMap(dev.interviewkit.api.doc.HeatMap model) {
    int[] relative = new int[model.columns().size() + 1];
    relative[0] = Math.max(2, model.columns().size());
    for (int i = 1; i < relative.length; i++) {
      relative[i] = 1;
    }
    int[] widths = split(textWidth, relative);
    XWPFTable table = table(widths);
    XWPFTableRow header = row(table);
    header.setRepeatHeader(true);
    for (int i = 0; i < widths.length; i++) {
      XWPFTableCell cell = cell(header, widths[i], 1);
      fill(cell, HEADER_FILL);
      XWPFParagraph p = cellParagraph(cell);
      keepNext(p);
      text(p, i == 0 ? model.corner() : model.columns().get(i - 1)).setBold(true);
    }
    for (int r = 0; r < model.rows().size(); r++) {
      XWPFTableRow row = row(table);
      text(cellParagraph(cell(row, widths[0], 1)), model.rows().get(r));
      for (int c = 0; c < model.columns().size(); c++) {
        int value = model.values().get(r).get(c);
        XWPFTableCell cell = cell(row, widths[c + 1], 1);
        if (value > 0) {
          int grey = Math.round(255 * (1f - 0.15f * value / model.max()));
          fill(cell, String.format(java.util.Locale.ROOT, "%02X%02X%02X", grey, grey, grey));
        }
        String bar = value == 0 ? "—" : value + " " + "█".repeat(value);
        text(cellParagraph(cell), bar).setBold(true);
      }
    }
    spacer();
  }

  private void sideBySide(SideBySide model) {
    int[] widths = equal(textWidth, 2);
    XWPFTable table = table(widths);
    if (!model.leftTitle().isEmpty() || !model.rightTitle().isEmpty()) {
      XWPFTableRow titles = row(table);
      titles.setRepeatHeader(true);
      List<String> texts = List.of(model.leftTitle(), model.rightTitle());
      for (int i = 0; i < 2; i++) {
        XWPFTableCell cell = cell(titles, widths[i], 1);
        fill(cell, HEADER_FILL);
        XWPFParagraph p = cellParagraph(cell);
        keepNext(p);
        text(p, texts.get(i)).setBold(true);
      }
    }
    XWPFTableRow items = row(table);
    List<List<String>> lists = List.of(model.left(), model.right());
    for (int i = 0; i < 2; i++) {
      XWPFTableCell cell = cell(items, widths[i], 1);
      if (lists.get(i).isEmpty()) {
        cellParagraph(cell);
      }
      for (String item : lists.get(i)) {
        bullet(cellParagraph(cell), item);
      }
    }
    spacer();
  }

  private void noteLines(NoteLines lines) {
    if (!lines.label().isEmpty()) {
      XWPFParagraph label = paragraph();
      spacing(label, 0, 0);
      text(label, lines.label()).setBold(true);
    }
    XWPFParagraph ruled = paragraph();
    ruled(ruled, textWidth);
    if (lines.field().isEmpty()) {
      ContentControls.ruledLines(ruled.createRun().getCTR(), lines.lines());
    } else {
      controls.text(ruled, lines.field(), lines.lines());
    }
  }

  private void choiceGroup(ChoiceGroup group) {
    if (group.field().contains("=")) {
      throw new RenderException(
          "choice group '" + group.title() + "': field name '" + group.field()
              + "' must not contain '='");
    }
    int columns = group.choices().size();
    int[] widths = equal(textWidth, columns);
    XWPFTable table = table(widths);

    XWPFTableCell title = cell(row(table), textWidth, columns);
    fill(title, HEADER_FILL);
    text(cellParagraph(title), group.title()).setBold(true);
    if (!group.description().isEmpty()) {
      small(cellParagraph(title), group.description());
    }

    XWPFTableRow boxes = row(table);
    for (int i = 0; i < columns; i++) {
      Choice choice = group.choices().get(i);
      XWPFTableCell cell = cell(boxes, widths[i], 1);
      XWPFParagraph p = cellParagraph(cell);
      controls.checkbox(p, group.field() + "=" + choice.value());
      text(p, " " + choice.label());
      if (!choice.detail().isEmpty()) {
        small(cellParagraph(cell), choice.detail());
      }
    }

    if (group.evidenceLines() > 0) {
      XWPFTableCell evidence = cell(row(table), textWidth, columns);
      XWPFParagraph p = cellParagraph(evidence);
      ruled(p, textWidth - 2 * CELL_MARGIN);
      controls.text(p, group.evidenceField(), group.evidenceLines());
    }
    spacer();
  }

  /** Runs {@code body}; every paragraph it adds, except the last, keeps with the next. */
  private void keep(Runnable body) {
    if (kept != null) {
      body.run();
      return;
    }
    kept = new ArrayList<>();
    try {
      body.run();
      for (int i = 0; i < kept.size() - 1; i++) {
        keepNext(kept.get(i));
      }
    } finally {
      kept = null;
    }
  }

  private XWPFParagraph paragraph() {
    return track(doc.createParagraph());
  }

  /** The cell's next paragraph: its initial empty one first, then new ones. */
  private XWPFParagraph cellParagraph(XWPFTableCell cell) {
    XWPFParagraph first = cell.getParagraphs().get(0);
    XWPFParagraph p = first.getCTP().isSetPPr() ? cell.addParagraph() : first;
    spacing(p, 20, 20);
    return track(p);
  }

  private XWPFParagraph track(XWPFParagraph p) {
    if (kept != null) {
      kept.add(p);
    }
    return p;
  }

  private void bullet(XWPFParagraph p, String item) {
    p.setStyle(DocxStyles.LIST_BULLET);
    p.setNumID(DocxStyles.BULLET_NUM_ID);
    p.setNumILvl(BigInteger.ZERO);
    text(p, item);
  }

  private void small(XWPFParagraph p, String text) {
    text(p, text).setFontSize(DocxStyles.SMALL_HALF_POINTS / 2.0);
  }

  /** A short empty paragraph after a table, so tables never run into each other. */
  private void spacer() {
    XWPFParagraph p = paragraph();
    CTSpacing spacing = spacing(p, 0, 0);
    spacing.setLine(BigInteger.valueOf(120));
    spacing.setLineRule(STLineSpacingRule.EXACT);
  }

  private XWPFTable table(int[] widths) {
    XWPFTable table = doc.createTable();
    table.removeRow(0);
    CTTblPr pr = table.getCTTbl().getTblPr();
    CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(sum(widths)));
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    if (pr.isSetTblBorders()) {
      pr.unsetTblBorders();
    }
    CTTblBorders borders = pr.addNewTblBorders();
    rule(borders.addNewTop());
    rule(borders.addNewLeft());
    rule(borders.addNewBottom());
    rule(borders.addNewRight());
    rule(borders.addNewInsideH());
    rule(borders.addNewInsideV());
    CTTblCellMar margins = pr.addNewTblCellMar();
    dxa(margins.addNewTop(), 40);
    dxa(margins.addNewLeft(), CELL_MARGIN);
    dxa(margins.addNewBottom(), 40);
    dxa(margins.addNewRight(), CELL_MARGIN);
    CTTblGrid grid =
        table.getCTTbl().getTblGrid() != null
            ? table.getCTTbl().getTblGrid()
            : table.getCTTbl().addNewTblGrid();
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    return table;
  }

  private XWPFTableRow row(XWPFTable table) {
    XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
    row.setCantSplitRow(true);
    return row;
  }

  private XWPFTableCell cell(XWPFTableRow row, int width, int span) {
    XWPFTableCell cell = row.createCell();
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    dxa(pr.addNewTcW(), width);
    if (span > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }
    return cell;
  }

  /** Prepares {@code p} for ruled handwriting lines {@code width} twips long. */
  private static void ruled(XWPFParagraph p, int width) {
    CTPPr pr = pPr(p);
    pr.addNewKeepLines();
    tabStop(p, STTabJc.RIGHT, STTabTlc.UNDERSCORE, width);
    CTSpacing spacing = spacing(p, 0, 40);
    spacing.setLine(BigInteger.valueOf(LINE_PITCH));
    spacing.setLineRule(STLineSpacingRule.EXACT);
  }

  private static void tabStop(XWPFParagraph p, STTabJc.Enum alignment, STTabTlc.Enum leader, int pos) {
    CTPPr pr = pPr(p);
    CTTabStop tab = (pr.isSetTabs() ? pr.getTabs() : pr.addNewTabs()).addNewTab();
    tab.setVal(alignment);
    tab.setLeader(leader);
    tab.setPos(BigInteger.valueOf(pos));
  }

  private static void field(XWPFParagraph p, String instruction) {
    XWPFFieldRun run = p.createFieldRun();
    run.setFieldInstruction(instruction);
    run.setText("1");
  }

  /** Adds one run holding {@code text}; line feeds become line breaks and tabs tabs. */
  static XWPFRun text(XWPFParagraph p, String text) {
    XWPFRun run = p.createRun();
    String[] lines = xmlSafe(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      String[] pieces = lines[i].split("\t", -1);
      for (int j = 0; j < pieces.length; j++) {
        if (j > 0) {
          run.addTab();
        }
        if (!pieces[j].isEmpty()) {
          run.setText(pieces[j]);
        }
      }
    }
    return run;
  }

  /** Returns {@code text}, or refuses it if it holds a character an XML file cannot store. */
  static String xmlSafe(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean ok =
          c == 0x9 || c == 0xA || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!ok) {
        throw new RenderException(
            String.format(
                Locale.ROOT,
                "text contains U+%04X, which a Word document cannot store: \"%s\"",
                c,
                text.length() > 60 ? text.substring(0, 60) + "…" : text));
      }
      i += Character.charCount(c);
    }
    return text;
  }

  /** Splits {@code total} twips in proportion to the positive {@code weights}; sums exactly. */
  static int[] split(int total, int[] weights) {
    long weightSum = Arrays.stream(weights).asLongStream().sum();
    int[] widths = new int[weights.length];
    int used = 0;
    for (int i = 0; i < weights.length; i++) {
      widths[i] = (int) (total * (long) weights[i] / weightSum);
      used += widths[i];
    }
    widths[widths.length - 1] += total - used;
    return widths;
  }

  /** Splits {@code total} twips into {@code parts} equal columns. */
  static int[] equal(int total, int parts) {
    int[] weights = new int[parts];
    Arrays.fill(weights, 1);
    return split(total, weights);
  }

  private static int sum(int[] widths) {
    return Arrays.stream(widths).sum();
  }

  private static void keepNext(XWPFParagraph p) {
    CTPPr pr = pPr(p);
    if (!pr.isSetKeepNext()) {
      pr.addNewKeepNext();
    }
  }

  /** The paragraph's properties, created if missing (POI's setters NPE on a fresh paragraph). */
  static CTPPr pPr(XWPFParagraph p) {
    return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
  }

  private static CTSpacing spacing(XWPFParagraph p, int before, int after) {
    CTPPr pr = pPr(p);
    CTSpacing spacing = pr.isSetSpacing() ? pr.getSpacing() : pr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    return spacing;
  }

  private static void rule(CTBorder border) {
    rule(border, 0);
  }

  private static void rule(CTBorder border, int space) {
    border.setVal(STBorder.SINGLE);
    border.setSz(BigInteger.valueOf(4));
    border.setSpace(BigInteger.valueOf(space));
    border.setColor(rgb(BORDER_COLOR));
  }

  /**
   * What {@link XWPFTableCell#setColor} writes (a clear shading, colour auto, this fill). The
   * fill is given as bytes: xmlbeans matches a string against the "auto" enumeration first and
   * throws, and catches, an exception for every RGB value; bytes go straight to the RGB member.
   */
  static void fill(XWPFTableCell cell, String hex) {
    CTTc tc = cell.getCTTc();
    CTTcPr tcPr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
    CTShd shd = tcPr.isSetShd() ? tcPr.getShd() : tcPr.addNewShd();
    shd.setColor("auto");
    shd.setVal(STShd.CLEAR);
    shd.setFill(rgb(hex));
  }

  /** Six hex digits as the three bytes of an RGB colour, written back as the same digits. */
  static byte[] rgb(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static void dxa(CTTblWidth width, int twips) {
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(twips));
  }
}
