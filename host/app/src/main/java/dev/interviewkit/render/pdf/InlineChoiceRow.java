package dev.interviewkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.interviewkit.api.doc.Choice;
import dev.interviewkit.api.doc.ChoiceGroup;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The compact scorecard row, for a group marked {@link ChoiceGroup#compact()} (a round of five
 * or six competencies): the title with its description run on in small print, the boxes
 * in one line, and under them the evidence box beside the captioned second field, so six rows,
 * the recommendation and the interviewer's name fill one Letter or A4 page.
 */
final class InlineChoiceRow {

  /** The least height of the evidence box: three typed lines at {@link Style#FIELD}. */
  static final float LEAST_BOX = 32f;
  private static final float LABEL = 9.5f;
  private static final float LEADING = 11f;
  private static final float BAND_LEADING = 10f;
  private static final float BOXES_TOP = 2.5f;
  private static final float GAP = 8f;

  private InlineChoiceRow() {}

  /** Whether {@code g} is set as a compact row. */
  static boolean fits(ChoiceGroup g) {
    return g.compact() && g.evidenceLines() > 0 && g.choices().stream().allMatch(c -> c.detail().isEmpty());
  }

  /** The height of the evidence box of {@code g}. */
  static float boxHeight(ChoiceGroup g) {
    return Math.max(LEAST_BOX, g.evidenceLines() * Style.LINE_PITCH);
  }

  /** The row; {@code tooltip} ends what a screen reader announces for a field. */
  static PdfPTable of(ChoiceGroup g, UnaryOperator<String> tooltip) {
    boolean extra = !g.extraField().isEmpty();
    int count = g.choices().size();
    PdfPTable table = new PdfPTable(extra
        ? new float[] {CaptionedFieldCell.EVIDENCE_SHARE, 1f - CaptionedFieldCell.EVIDENCE_SHARE}
        : new float[] {1f});
    table.setWidthPercentage(100f);
    table.setKeepTogether(true);
    table.setSpacingBefore(0f);
    table.setSpacingAfter(2f);
    int columns = extra ? 2 : 1;
    table.addCell(title(g, columns));
    table.addCell(boxes(g, columns, count, tooltip));
    PdfPCell evidence = bare();
    evidence.setFixedHeight(boxHeight(g) + 4f);
    evidence.setCellEvent(new FieldCell(new FormRows.Field(g.evidenceField(),
        tooltip.apply(g.title() + " — evidence"), ""), 3f, true));
    table.addCell(evidence);
    if (extra) {
      PdfPCell raise = CaptionedFieldCell.framed(g.extraLabel(), new FormRows.Field(
          g.extraField(), tooltip.apply(g.title() + " — " + g.extraLabel()), ""));
      raise.setFixedHeight(boxHeight(g) + 4f);
      table.addCell(raise);
    }
    table.setTableEvent(new FormRows(0, 0, 0f, FormRows.Field.NONE, true));
    return table;
  }

  /** The shaded band: the title in bold, the description run on after it in small print. */
  private static PdfPCell title(ChoiceGroup g, int columns) {
    PdfPCell cell = bare();
    cell.setColspan(columns);
    cell.setBackgroundColor(Style.GROUP_FILL);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderWidthBottom(Style.HAIRLINE);
    cell.setBorderColorBottom(Style.INK);
    cell.setPadding(6f);
    cell.setPaddingTop(1.5f);
    cell.setPaddingBottom(3f);
    List<Chunk> title = BlockLayout.words(g.title(), Fonts.bold(Style.BODY));
    Paragraph p = Fonts.with(new Paragraph(BAND_LEADING, title.get(0)),
        title.subList(1, title.size()));
    if (!g.description().isEmpty()) {
      p.add(new Chunk("   ", Fonts.regular(Style.SMALL)));
      Fonts.with(p, BlockLayout.words(g.description(), Fonts.regular(Style.SMALL)));
    }
    cell.addElement(p);
    cell.setRunDirection(RunDirection.of(g.title(), g.description()));
    return cell;
  }

  /** One line of boxes, each with its label after it, spread over the row's width. */
  private static PdfPCell boxes(ChoiceGroup g, int columns, int count,
      UnaryOperator<String> tooltip) {
    float[] widths = new float[count];
    for (int i = 0; i < count; i++) {
      widths[i] = ChoiceBox.LEFT + Style.BOX + 4f + GAP
          + Fonts.regular().getWidthPoint(g.choices().get(i).label(), LABEL);
    }
    PdfPTable line = new PdfPTable(widths);
    line.setWidthPercentage(100f);
    ChoiceBox.Group group = new ChoiceBox.Group(g.field(), tooltip.apply(g.title() + " — score"),
        count);
    for (Choice choice : g.choices()) {
      PdfPCell cell = bare();
      cell.setPaddingLeft(ChoiceBox.LEFT + Style.BOX + 4f);
      cell.setPaddingTop(BOXES_TOP);
      cell.setPaddingBottom(0.5f);
      cell.addElement(BlockLayout.text(choice.label(), Fonts.regular(LABEL), LEADING, 0f));
      cell.setRunDirection(RunDirection.of(choice.label()));
      cell.setCellEvent(new ChoiceBox(group, choice.value(), BOXES_TOP + LEADING - 1f));
      line.addCell(cell);
    }
    PdfPCell cell = bare();
    cell.setColspan(columns);
    cell.addElement(line);
    return cell;
  }

  private static PdfPCell bare() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    return cell;
  }
}
