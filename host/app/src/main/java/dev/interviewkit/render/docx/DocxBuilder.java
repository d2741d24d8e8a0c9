package dev.interviewkit.render.docx;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;
import dev.interviewkit.api.doc.Figure;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.PageBreak;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.render.Outline;
import dev.interviewkit.render.TableFit;
import dev.interviewkit.render.pdf.PageStarts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps the document model onto WordprocessingML: the body is collected as paragraphs and tables
 * (so "keep with next" can still be set on a paragraph after it was added), then written out.
 */
final class DocxBuilder {

  static final int MARGIN = 1080;
  static final int HEADER_DISTANCE = 720;
  static final int FOOTER_DISTANCE = 576;

  static final int LINE_PITCH = 400;
  static final int CELL_MARGIN = 100;
  static final float BODY_POINTS = 10f;
  /** The gap under a scorecard row, as small as the PDF's so a scorecard fits one page. */
  static final int SCORE_GAP = 60;
  static final int EVIDENCE_LINES = 5;
  /** Line pitch of a compact scorecard row's evidence (14.5 pt), for rounds of five or six. */
  static final int COMPACT_PITCH = 290;
  /** As {@link #COMPACT_PITCH}, for a compact row of two evidence lines (19 pt). */
  static final int COMPACT_PITCH_TWO = 380;
  /** Where the paper choices start, after the drop-down list on the same line. */
  static final int CHOICE_TAB = 1700;
  /** Where a one-line field starts after its label ("Interviewer name"), as in the PDF. */
  static final int LABEL_TAB = 2100;
  /** Percent of a scorecard row's width the evidence takes, the second field the rest. */
  static final int EVIDENCE_SHARE = 58;
  /** Rows of a table kept on one page with its header, and with its end. */
  static final int TABLE_HEAD_ROWS = 3;
  static final String BORDER_COLOR = "808080";
  static final String HEADER_FILL = "E6E6E6";
  static final String CALLOUT_FILL = "F2F2F2";
  static final String HEADER_RELATIONSHIP = "rId4";
  static final String FOOTER_RELATIONSHIP = "rId5";

  static final String WP =
      "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
  static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  private static final long EMU_PER_POINT = 12_700;

  private static final String BORDER =
      " w:val=\"single\" w:sz=\"4\" w:space=\"%d\" w:color=\"" + BORDER_COLOR + "\"/>";

  /** A frame around a paragraph: the box a text field is typed into. */
  private static final String BOX = "<w:pBdr>"
      + String.join("", List.of("top", "left", "bottom", "right").stream()
          .map(side -> "<w:" + side + String.format(Locale.ROOT, BORDER, 4)).toList())
      + "</w:pBdr>";

  /** A paragraph whose properties may still change until the document is written. */
  private static final class Para implements Node {
    String style;
    boolean keepNext;
    boolean keepLines;
    boolean pageBreakBefore;
    boolean bullet;
    String border;
    String tabs;
    int before = -1;
    int after = -1;
    int line = -1;
    String indent;
    String jc;
    final StringBuilder content = new StringBuilder();

    @Override
    public void write(StringBuilder out) {
      out.append("<w:p>");
      if (style != null || keepNext || keepLines || pageBreakBefore || bullet || border != null
          || tabs != null || before >= 0 || indent != null || jc != null) {
        out.append("<w:pPr>");
        if (style != null) {
          out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (keepNext) {
          out.append("<w:keepNext/>");
        }
        if (keepLines) {
          out.append("<w:keepLines/>");
        }
        if (pageBreakBefore) {
          out.append("<w:pageBreakBefore/>");
        }
        if (bullet) {
          out.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"")
              .append(DocxStyles.BULLET_NUM_ID)
              .append("\"/></w:numPr>");
        }
        if (border != null) {
          out.append(border);
        }
        if (tabs != null) {
          out.append(tabs);
        }
        if (before >= 0) {
          out.append("<w:spacing w:before=\"").append(before).append("\" w:after=\"").append(after);
          if (line >= 0) {
            out.append("\" w:line=\"").append(line).append("\" w:lineRule=\"exact");
          }
          out.append("\"/>");
        }
        if (indent != null) {
          out.append(indent);
        }
        if (jc != null) {
          out.append("<w:jc w:val=\"").append(jc).append("\"/>");
        }
        out.append("</w:pPr>");
      }
      out.append(content).append("</w:p>");
    }
  }

  private interface Node {
    void write(StringBuilder out);
  }

  private static final class Cell {
    final int width;
    final int span;
    String fill;
    final List<Para> paragraphs = new ArrayList<>(2);

    Cell(int width, int span) {
      this.width = width;
      this.span = span;
    }
  }

  private static final class Row {
    boolean header;
    final List<Cell> cells = new ArrayList<>();
  }

  private static final class Tbl implements Node {
    final int[] widths;
    final List<Row> rows = new ArrayList<>();

    Tbl(int[] widths) {
      this.widths = widths;
    }

    @Override
    public void write(StringBuilder out) {
      out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(sum(widths))
          .append("\" w:type=\"dxa\"/><w:tblBorders>");
      for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
        out.append("<w:").append(side).append(String.format(Locale.ROOT, BORDER, 0));
      }
      out.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>")
          .append("<w:top w:w=\"20\" w:type=\"dxa\"/>")
          .append("<w:left w:w=\"").append(CELL_MARGIN).append("\" w:type=\"dxa\"/>")
          .append("<w:bottom w:w=\"20\" w:type=\"dxa\"/>")
          .append("<w:right w:w=\"").append(CELL_MARGIN).append("\" w:type=\"dxa\"/>")
          .append("</w:tblCellMar></w:tblPr><w:tblGrid>");
      for (int w : widths) {
        out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
      }
      out.append("</w:tblGrid>");
      for (Row row : rows) {
        out.append("<w:tr><w:trPr><w:cantSplit/>");
        if (row.header) {
          out.append("<w:tblHeader/>");
        }
        out.append("</w:trPr>");
        for (Cell cell : row.cells) {
          out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(cell.width).append("\" w:type=\"dxa\"/>");
          if (cell.span > 1) {
            out.append("<w:gridSpan w:val=\"").append(cell.span).append("\"/>");
          }
          if (cell.fill != null) {
            out.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(cell.fill)
                .append("\"/>");
          }
          out.append("</w:tcPr>");
          if (cell.paragraphs.isEmpty()) {
            out.append("<w:p/>");
          }
          cell.paragraphs.forEach(p -> p.write(out));
          out.append("</w:tc>");
        }
        out.append("</w:tr>");
      }
      out.append("</w:tbl>");
    }
  }

  /** How a run of text looks. */
  private enum Look {
    PLAIN(""),
    BOLD("<w:rPr><w:b/></w:rPr>"),
    SMALL("<w:rPr><w:sz w:val=\"" + DocxStyles.SMALL_HALF_POINTS + "\"/></w:rPr>");

    final String runProperties;

    Look(String runProperties) {
      this.runProperties = runProperties;
    }
  }

  private final List<Node> body = new ArrayList<>();
  private final int textWidth;
  private final ContentControls controls = new ContentControls();
  private final List<byte[]> figures = new ArrayList<>();
  private List<Para> kept;
  /** A page break not yet written: the next body paragraph starts a page instead. */
  private boolean breakPending;
  /** Rows of the table being written that start a new page, as in the PDF. */
  private java.util.Set<Integer> rowBreaks = java.util.Set.of();
  /** Whether the PDF cuts the block being written across pages (a group taller than a page). */
  private boolean cut;
  /** Blocks of the group being written that start a new page, as in the PDF. */
  private java.util.Set<Integer> innerBreaks = java.util.Set.of();

  private DocxBuilder(int textWidth) {
    this.textWidth = textWidth;
  }

  /**
   * The main document part, the tags of its content controls in document order, and the images
   * of its figures in order: figure N is part {@code word/media/figureN.png}, relationship
   * {@link #figureRelationship}(N).
   */
  record Body(String xml, List<String> fields, List<byte[]> figures) {

    Body {
      fields = List.copyOf(fields);
      figures = List.copyOf(figures);
    }
  }

  /** The relationship id of the {@code n}th figure's image, from 1. */
  static String figureRelationship(int n) {
    return "rIdFigure" + n;
  }

  /** The main document part for {@code document}. */
  static Body documentXml(Document document) {
    return documentXml(document, PageStarts.Breaks.NONE);
  }

  /** The main document part, with its pages breaking where {@code breaks} say the PDF's do. */
  static Body documentXml(Document document, PageStarts.Breaks breaks) {
    DocumentInfo info = document.info();
    DocxBuilder builder = new DocxBuilder(info.paper().widthTwips() - 2 * MARGIN);
    if (startsWithTitle(document.blocks())) {
      builder.anchor();
    }
    List<Block> blocks = Outline.levelled(document.blocks());
    for (int i = 0; i < blocks.size(); i++) {
      if (breaks.blocks().contains(i)) {
        builder.breakPending = true;
      }
      builder.rowBreaks = breaks.rowsOf(i);
      builder.cut = breaks.split().contains(i);
      builder.innerBreaks = breaks.innerOf(i);
      builder.block(blocks.get(i));
    }
    builder.flushBreak();
    builder.endWithoutSpace();

    StringBuilder out = new StringBuilder(64 * 1024);
    out.append(Xml.DECLARATION)
        .append("<w:document xmlns:w=\"").append(DocxStyles.W)
        .append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"")
        .append(" xmlns:w14=\"").append(ContentControls.W14)
        .append("\" xmlns:mc=\"").append(ContentControls.MC)
        .append("\" mc:Ignorable=\"w14\"");
    if (!builder.figures.isEmpty()) {
      out.append(" xmlns:wp=\"").append(WP).append("\" xmlns:a=\"").append(DRAWING)
          .append("\" xmlns:pic=\"").append(PICTURE).append('"');
    }
    out.append("><w:body>");
    builder.body.forEach(node -> node.write(out));
    out.append("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"")
        .append(HEADER_RELATIONSHIP)
        .append("\"/><w:footerReference w:type=\"default\" r:id=\"")
        .append(FOOTER_RELATIONSHIP)
        .append("\"/><w:pgSz w:w=\"").append(info.paper().widthTwips())
        .append("\" w:h=\"").append(info.paper().heightTwips())
        .append("\"/><w:pgMar w:top=\"").append(MARGIN)
        .append("\" w:right=\"").append(MARGIN)
        .append("\" w:bottom=\"").append(MARGIN)
        .append("\" w:left=\"").append(MARGIN)
        .append("\" w:header=\"")
        .append(HEADER_DISTANCE - DocxLetterhead.raise(info.organisation()))
        .append("\" w:footer=\"").append(FOOTER_DISTANCE)
        .append("\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
    return new Body(out.toString(), builder.controls.tags(), builder.figures);
  }

  /** The page header part: the document's header line over a rule. */
  static String headerXml(DocumentInfo info) {
    Para p = new Para();
    p.style = DocxStyles.HEADER;
    p.border = "<w:pBdr><w:bottom" + String.format(Locale.ROOT, BORDER, 4) + "</w:pBdr>";
    text(p, info.header(), Look.PLAIN);
    if (info.organisation().shown()) {
      p.tabs = tabStop("right", "none", info.paper().widthTwips() - 2 * MARGIN);
      p.content.append(DocxLetterhead.runs(info.organisation()));
    }
    StringBuilder out = new StringBuilder(512);
    out.append(Xml.DECLARATION).append("<w:hdr xmlns:w=\"").append(DocxStyles.W).append("\"")
        .append(DocxLetterhead.namespaces(info.organisation())).append(">");
    p.write(out);
    return out.append("</w:hdr>").toString();
  }

  /** The page footer part: the footer line, then "Page X of Y" at the right margin. */
  static String footerXml(DocumentInfo info) {
    int textWidth = info.paper().widthTwips() - 2 * MARGIN;
    Para p = new Para();
    p.style = DocxStyles.FOOTER;
    p.border = "<w:pBdr><w:top" + String.format(Locale.ROOT, BORDER, 4) + "</w:pBdr>";
    p.tabs = tabStop("right", "none", textWidth);
    text(p, info.footer(), Look.PLAIN);
    p.content.append("<w:r><w:tab/><w:t xml:space=\"preserve\">Page </w:t></w:r>");
    field(p, "PAGE");
    p.content.append("<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>");
    field(p, "NUMPAGES");
    StringBuilder out = new StringBuilder(1024);
    out.append(Xml.DECLARATION).append("<w:ftr xmlns:w=\"").append(DocxStyles.W).append("\">");
    p.write(out);
    return out.append("</w:ftr>").toString();
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
    Para p = paragraph();
    spacing(p, 0, 0, 20);
    p.content.append("<w:bookmarkStart w:id=\"0\" w:name=\"_Start\"/><w:bookmarkEnd w:id=\"0\"/>");
  }

  private void block(Block block) {
    if (block instanceof Heading heading) {
      Para p = paragraph();
      p.style = DocxStyles.heading(heading.level());
      text(p, heading.text(), Look.PLAIN);
    } else if (block instanceof Paragraph paragraph) {
      paragraph(paragraph);
    } else if (block instanceof BulletList list) {
      for (int i = 0; i < list.items().size(); i++) {
        if (list.numbered()) {
          Para p = paragraph();
          p.indent = "<w:ind w:left=\"400\" w:hanging=\"400\"/>";
          p.tabs = tabStop("left", "none", 400);
          text(p, (i + 1) + ".\t" + list.items().get(i), Look.PLAIN);
        } else {
          bullet(paragraph(), list.items().get(i));
        }
      }
    } else if (block instanceof Callout callout) {
      callout(callout);
    } else if (block instanceof Table table) {
      table(table);
    } else if (block instanceof HeatMap map) {
      heatMap(map);
    } else if (block instanceof Figure figure) {
      figure(figure);
    } else if (block instanceof SideBySide sideBySide) {
      sideBySide(sideBySide);
    } else if (block instanceof NoteLines lines) {
      keep(() -> noteLines(lines));
    } else if (block instanceof ChoiceGroup group) {
      keep(() -> choiceGroup(group));
    } else if (block instanceof KeepTogether group) {
      if (cut && kept == null) {
        for (int j = 0; j < group.blocks().size(); j++) {
          breakPending |= innerBreaks.contains(j);
          block(group.blocks().get(j));
        }
      } else {
        keep(() -> group.blocks().forEach(this::block));
      }
    } else if (block instanceof PageBreak) {
      breakPending = true;
    } else {
      throw new IllegalStateException("unknown block " + block.getClass().getName());
    }
  }

  private void paragraph(Paragraph paragraph) {
    Para p = paragraph();
    switch (paragraph.style()) {
      case TITLE -> p.style = DocxStyles.TITLE;
      case SUBTITLE -> p.style = DocxStyles.SUBTITLE;
      default -> {}
    }
    Look look =
        switch (paragraph.style()) {
          case STRONG -> Look.BOLD;
          case SMALL -> Look.SMALL;
          default -> Look.PLAIN;
        };
    text(p, paragraph.text(), look);
  }

  /**
   * A callout as one shaded paragraph with a box border rather than a one-cell table: Word and
   * LibreOffice keep a paragraph with the next one, but LibreOffice does not keep a table with it,
   * which left a question's prompt at a page's foot and its follow-ups overleaf.
   */
  private void callout(Callout callout) {
    Para p = paragraph();
    StringBuilder border = new StringBuilder("<w:pBdr>");
    for (String side : List.of("top", "left", "bottom", "right")) {
      border.append("<w:").append(side).append(String.format(Locale.ROOT, BORDER, 6));
    }
    p.border = border.append("</w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
        .append(CALLOUT_FILL).append("\"/>").toString();
    p.keepLines = true;
    p.indent = "<w:ind w:left=\"" + CELL_MARGIN + "\" w:right=\"" + CELL_MARGIN + "\"/>";
    spacing(p, 120, 200, -1);
    text(p, callout.text(), Look.PLAIN);
  }

  private void table(Table model) {
    TableFit.Fit fit = WordMetrics.fit(model.header(), model.rows(), textWidth, BODY_POINTS);
    int[] widths = WordMetrics.twips(fit.widths(), textWidth);
    int size = Math.round(fit.size() * 2);
    Tbl table = tableWithHeader(model, widths, size);
    int n = model.rows().size();
    int from = 0;
    for (int r = 0; r < n; r++) {
      if (r > 0 && rowBreaks.contains(r)) {
        breakPending = true;
        table = tableWithHeader(model, widths, size);
        from = r;
      }
      int end = next(r, n);
      Row row = row(table);
      boolean keep = r - from < TABLE_HEAD_ROWS - 1 || r >= end - TABLE_HEAD_ROWS;
      for (int i = 0; i < widths.length; i++) {
        Para p = cellParagraph(cell(row, widths[i], 1));
        p.keepNext = keep && r < end - 1;
        text(p, noBreaks(model.rows().get(r).get(i)), runProperties(false, size));
      }
    }
    spacer();
  }

  /** Where the part of a table holding row {@code r} ends: the next row break, or the end. */
  private int next(int r, int n) {
    return rowBreaks.stream().filter(b -> b > r).min(Integer::compare).orElse(n);
  }

  /** A new table (on a new page when a break is pending) with the model's header row. */
  private Tbl tableWithHeader(Table model, int[] widths, int size) {
    Tbl table = table(widths);
    Row header = row(table);
    header.header = true;
    for (int i = 0; i < widths.length; i++) {
      Cell cell = cell(header, widths[i], 1);
      cell.fill = HEADER_FILL;
      Para p = cellParagraph(cell);
      p.keepNext = true;
      text(p, noBreaks(model.header().get(i)), runProperties(true, size));
    }
    return table;
  }

  /** A cell's text with a no-break space where a line must not break, as in "60 min". */
  static String noBreaks(String text) {
    return TableFit.noBreaks(text);
  }

  private static String runProperties(boolean bold, int halfPoints) {
    if (!bold && halfPoints == BODY_POINTS * 2) {
      return "";
    }
    return "<w:rPr>" + (bold ? "<w:b/>" : "")
        + (halfPoints == BODY_POINTS * 2 ? "" : "<w:sz w:val=\"" + halfPoints + "\"/>")
        + "</w:rPr>";
  }

  private void heatMap(HeatMap model) {
    List<String> titles = new ArrayList<>(List.of(model.corner()));
    titles.addAll(model.columns());
    List<List<String>> sample = new ArrayList<>();
    for (String title : model.rows()) {
      List<String> row = new ArrayList<>(List.of(title));
      model.columns().forEach(c -> row.add("4 " + "█".repeat(model.max())));
      sample.add(row);
    }
    TableFit.Fit fit = WordMetrics.fit(titles, sample, textWidth, BODY_POINTS);
    int[] widths = WordMetrics.twips(fit.widths(), textWidth);
    Tbl table = table(widths);
    Row header = row(table);
    header.header = true;
    for (int i = 0; i < widths.length; i++) {
      Cell cell = cell(header, widths[i], 1);
      cell.fill = HEADER_FILL;
      Para p = cellParagraph(cell);
      p.keepNext = true;
      text(p, i == 0 ? model.corner() : model.columns().get(i - 1), Look.BOLD);
    }
    for (int r = 0; r < model.rows().size(); r++) {
      Row row = row(table);
      text(cellParagraph(cell(row, widths[0], 1)), model.rows().get(r), Look.PLAIN);
      for (int c = 0; c < model.columns().size(); c++) {
        int value = model.values().get(r).get(c);
        Cell cell = cell(row, widths[c + 1], 1);
        if (value > 0) {
          int grey = Math.round(255 * (1f - 0.15f * value / model.max()));
          cell.fill = String.format(Locale.ROOT, "%02X%02X%02X", grey, grey, grey);
        }
        String bar = value == 0 ? "—" : value + " " + "█".repeat(value);
        text(cellParagraph(cell), bar, Look.BOLD);
      }
    }
    spacer();
  }

  /** A picture in a centred paragraph of its own, scaled down in proportion to the text width. */
  private void figure(Figure figure) {
    figures.add(figure.png());
    int n = figures.size();
    long width = Math.min(Math.round(figure.width() * EMU_PER_POINT),
        (long) textWidth * EMU_PER_POINT / 20);
    long height = Math.round(width * (double) figure.height() / figure.width());
    Para p = paragraph();
    p.jc = "center";
    p.keepNext = true;
    spacing(p, 40, 120, -1);
    StringBuilder out = p.content;
    String description = Xml.safe(figure.description());
    out.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
        .append("<wp:extent cx=\"").append(width).append("\" cy=\"").append(height)
        .append("\"/><wp:docPr id=\"").append(n).append("\" name=\"Figure ").append(n)
        .append("\" descr=\"");
    Xml.escape(out, description).append("\"/><wp:cNvGraphicFramePr>")
        .append("<a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
        .append("<a:graphic><a:graphicData uri=\"").append(PICTURE).append("\"><pic:pic>")
        .append("<pic:nvPicPr><pic:cNvPr id=\"").append(n).append("\" name=\"figure").append(n)
        .append(".png\" descr=\"");
    Xml.escape(out, description).append("\"/><pic:cNvPicPr/></pic:nvPicPr>")
        .append("<pic:blipFill><a:blip r:embed=\"").append(figureRelationship(n))
        .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
        .append("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(width)
        .append("\" cy=\"").append(height).append("\"/></a:xfrm>")
        .append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
        .append("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
  }

  private void sideBySide(SideBySide model) {
    int[] widths = equal(textWidth, 2);
    Tbl table = table(widths);
    if (!model.leftTitle().isEmpty() || !model.rightTitle().isEmpty()) {
      Row titles = row(table);
      titles.header = true;
      List<String> texts = List.of(model.leftTitle(), model.rightTitle());
      for (int i = 0; i < 2; i++) {
        Cell cell = cell(titles, widths[i], 1);
        cell.fill = HEADER_FILL;
        Para p = cellParagraph(cell);
        p.keepNext = true;
        text(p, texts.get(i), Look.BOLD);
      }
    }
    Row items = row(table);
    List<List<String>> lists = List.of(model.left(), model.right());
    for (int i = 0; i < 2; i++) {
      Cell cell = cell(items, widths[i], 1);
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
    if (lines.lines() == 1 && !lines.label().isEmpty() && !lines.field().isEmpty()) {
      Para p = paragraph();
      writingRoom(p);
      p.border = BOX;
      text(p, lines.label(), Look.BOLD);
      p.content.append("<w:r><w:tab/></w:r>");
      p.tabs = tabStop("left", "none", LABEL_TAB);
      controls.text(p.content, lines.field(), 1, lines.value());
      return;
    }
    if (!lines.label().isEmpty()) {
      Para label = paragraph();
      spacing(label, 0, 0, -1);
      text(label, lines.label(), Look.BOLD);
    }
    Para p = paragraph();
    if (lines.field().isEmpty()) {
      ruled(p, textWidth);
      ContentControls.ruledLines(p.content, lines.lines());
    } else {
      writingRoom(p);
      p.border = BOX;
      controls.text(p.content, lines.field(), lines.lines(), lines.value());
    }
  }

  private void choiceGroup(ChoiceGroup group) {
    if (group.field().contains("=")) {
      throw new RenderException(
          "choice group '" + group.title() + "': field name '" + group.field()
              + "' must not contain '='");
    }
    boolean extra = !group.extraField().isEmpty();
    int[] widths = extra ? split(textWidth, new int[] {EVIDENCE_SHARE, 100 - EVIDENCE_SHARE})
        : new int[] {textWidth};
    int span = widths.length;
    Tbl table = table(widths);
    Cell title = cell(row(table), textWidth, span);
    title.fill = HEADER_FILL;
    Para heading = cellParagraph(title);
    text(heading, group.title(), Look.BOLD);
    if (!group.description().isEmpty()) {
      text(group.compact() ? heading : cellParagraph(title),
          (group.compact() ? "   " : "") + group.description(), Look.SMALL);
    }

    Cell choice = cell(row(table), textWidth, span);
    Para pick = cellParagraph(choice);
    controls.dropDown(pick.content, group.field(), group.choices());
    StringBuilder options = new StringBuilder("On paper, circle one: ");
    for (int i = 0; i < group.choices().size(); i++) {
      options.append(i == 0 ? "" : " · ").append(group.choices().get(i).label());
    }
    pick.tabs = tabStop("left", "none", CHOICE_TAB);
    pick.content.append("<w:r><w:tab/></w:r>");
    text(pick, options.toString(), Look.SMALL);
    for (Choice c : group.choices()) {
      if (!c.detail().isEmpty()) {
        text(cellParagraph(choice), c.label() + ": " + c.detail(), Look.SMALL);
      }
    }

    if (group.evidenceLines() > 0 || extra) {
      Row fields = row(table);
      Cell evidence = cell(fields, widths[0], 1);
      if (group.evidenceLines() > 0) {
        Para p = cellParagraph(evidence);
        writingRoom(p);
        if (group.compact()) {
          spacing(p, 0, 0, compactPitch(group));
        }
        controls.text(p.content, group.evidenceField(), wordLines(group), "");
      }
      if (extra) {
        Cell raise = cell(fields, widths[1], 1);
        text(cellParagraph(raise), group.extraLabel(), Look.SMALL);
        Para p = cellParagraph(raise);
        ruled(p, widths[1] - 2 * CELL_MARGIN);
        if (group.compact()) {
          spacing(p, 0, 0, compactPitch(group));
        }
        controls.text(p.content, group.extraField(), Math.max(1, wordLines(group) - 1), "");
      }
    }
    spacer(SCORE_GAP);
  }

  /**
   * Lines a scorecard row's evidence shows in Word: the group's, at most {@link #EVIDENCE_LINES},
   * since Word puts the choices above the evidence rather than beside it as the PDF does; a
   * compact row two, at {@link #compactPitch}, about the height of the PDF's box.
   */
  private static int wordLines(ChoiceGroup group) {
    if (group.compact()) {
      return 2;
    }
    return Math.min(group.evidenceLines(), EVIDENCE_LINES);
  }

  /** The line pitch of a compact row's two evidence lines: the PDF's box is one or two lines. */
  private static int compactPitch(ChoiceGroup group) {
    return group.evidenceLines() > 1 ? COMPACT_PITCH_TWO : COMPACT_PITCH;
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
        kept.get(i).keepNext = true;
      }
    } finally {
      kept = null;
    }
  }

  private Para paragraph() {
    Para p = new Para();
    p.pageBreakBefore = breakPending;
    breakPending = false;
    body.add(p);
    return track(p);
  }

  /**
   * Shrinks a spacer that ends the document to a hairline: it is the paragraph Word needs after a
   * last table, and at full height it could spill onto a page of its own.
   */
  private void endWithoutSpace() {
    if (!body.isEmpty() && body.get(body.size() - 1) instanceof Para p && p.content.isEmpty()
        && p.line > 0) {
      p.line = 20;
    }
  }

  /** Writes a pending page break as a paragraph of its own: before a table, or at the end. */
  private void flushBreak() {
    if (breakPending) {
      breakPending = false;
      paragraph().content.append("<w:r><w:br w:type=\"page\"/></w:r>");
    }
  }

  /** A new paragraph in {@code cell}, with the tight spacing of table text. */
  private Para cellParagraph(Cell cell) {
    Para p = new Para();
    spacing(p, 10, 10, -1);
    cell.paragraphs.add(p);
    return track(p);
  }

  private Para track(Para p) {
    if (kept != null) {
      kept.add(p);
    }
    return p;
  }

  private static void bullet(Para p, String item) {
    p.style = DocxStyles.LIST_BULLET;
    p.bullet = true;
    text(p, item, Look.PLAIN);
  }

  /** A short empty paragraph after a table, so tables never run into each other. */
  private void spacer() {
    spacer(120);
  }

  /** An empty paragraph {@code twips} high. */
  private void spacer(int twips) {
    spacing(paragraph(), 0, 0, twips);
  }

  private Tbl table(int[] widths) {
    if (breakPending) {
      spacing(paragraph(), 0, 0, 20);
    }
    Tbl table = new Tbl(widths);
    body.add(table);
    return table;
  }

  private static Row row(Tbl table) {
    Row row = new Row();
    table.rows.add(row);
    return row;
  }

  private static Cell cell(Row row, int width, int span) {
    Cell cell = new Cell(width, span);
    row.cells.add(cell);
    return cell;
  }

  /** Prepares {@code p} for ruled handwriting lines {@code width} twips long (no field). */
  private static void ruled(Para p, int width) {
    writingRoom(p);
    p.tabs = tabStop("right", "underscore", width);
  }

  /** Lines as tall as ruled ones, kept on one page, with nothing drawn in them: a field's room. */
  private static void writingRoom(Para p) {
    p.keepLines = true;
    spacing(p, 0, 40, LINE_PITCH);
  }

  private static String tabStop(String alignment, String leader, int position) {
    return "<w:tabs><w:tab w:val=\"" + alignment + "\" w:leader=\"" + leader + "\" w:pos=\""
        + position + "\"/></w:tabs>";
  }

  /** Sets the space before and after {@code p}, and an exact line height unless it is -1. */
  private static void spacing(Para p, int before, int after, int exactLine) {
    p.before = before;
    p.after = after;
    p.line = exactLine;
  }

  private static void field(Para p, String instruction) {
    p.content.append("<w:fldSimple w:instr=\"").append(instruction)
        .append("\"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
  }

  private static void text(Para p, String text, Look look) {
    text(p, text, look.runProperties);
  }

  /** Adds one run holding {@code text}; line feeds become line breaks and tabs tabs. */
  private static void text(Para p, String text, String runProperties) {
    StringBuilder out = p.content;
    out.append("<w:r>").append(EastAsianRuns.properties(runProperties, text));
    String[] lines = Xml.safe(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("<w:br/>");
      }
      String[] pieces = lines[i].split("\t", -1);
      for (int j = 0; j < pieces.length; j++) {
        if (j > 0) {
          out.append("<w:tab/>");
        }
        String piece = pieces[j];
        if (!piece.isEmpty()) {
          boolean preserve =
              Character.isWhitespace(piece.charAt(0))
                  || Character.isWhitespace(piece.charAt(piece.length() - 1))
                  || piece.contains("  ");
          out.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
          Xml.escape(out, piece).append("</w:t>");
        }
      }
    }
    out.append("</w:r>");
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
}
