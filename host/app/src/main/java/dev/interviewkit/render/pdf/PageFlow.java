package dev.interviewkit.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.ChoiceGroup;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.HeatMap;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.NoteLines;
import dev.interviewkit.api.doc.PageBreak;
import dev.interviewkit.api.doc.SideBySide;
import dev.interviewkit.api.doc.Table;
import dev.interviewkit.api.doc.TextStyle;
import dev.interviewkit.render.pdf.BlockLayout.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a document's blocks out on the pages of an open OpenPDF document and decides where pages
 * break: a heading stays with what follows it, a paragraph never leaves a single line at a page's
 * foot or head, a list's last item never stands alone, a legend stays with its chart or figure, tables page
 * by hand ({@link TableLayout}), and the last page is not left nearly empty when moving one block
 * avoids it.
 */
final class PageFlow {

  private static final float ROOM_UNDER_HEADING = 3 * Style.BODY_LEADING + 6f;
  /**
   * Room kept beyond a measured height: the space after the block before (OpenPDF adds it only
   * when the next block starts), and rounding.
   */
  private static final float ROOM_SLACK = Style.BLOCK_AFTER + 4f;
  private static final float PAGE_SLACK = 24f;
  private static final float SHORT_INTRO = 3 * Style.BODY_LEADING + 2f;

  private final com.lowagie.text.Document pdf;
  private final PdfWriter writer;
  private final TableLayout tables;
  private final BlockLayout elements;
  private final PageStarts starts;
  private final Tagger tagger;

  /** {@code documentTitle} (e.g. "Scorecard — Systems design") ends every field's tooltip. */
  PageFlow(com.lowagie.text.Document pdf, PdfWriter writer, String documentTitle,
      PageStarts starts, Tagger tagger) {
    this.starts = starts;
    this.pdf = pdf;
    this.writer = writer;
    this.tagger = tagger;
    this.tables = new TableLayout(pdf, writer, starts, tagger);
    this.elements = new BlockLayout(tables, documentTitle, tagger);
  }

  void addAll(List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      if (starts != null) {
        starts.begin(i, writer.getVerticalPosition(true));
      }
      Block block = blocks.get(i);
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (block instanceof Heading) {
        int end = i;
        while (end < blocks.size() && blocks.get(end) instanceof Heading) {
          end++;
        }
        List<Block> run = new ArrayList<>(blocks.subList(i, end));
        Block following = end < blocks.size() ? blocks.get(end) : null;
        if (isAtomic(following)) {
          run.addAll(following instanceof KeepTogether k ? k.blocks() : List.of(following));
          int after = end + 1;
          if (isChart(following) && isLegend(at(blocks, after))) {
            run.add(blocks.get(after++));
          }
          if (starts != null) {
            starts.through(after - 1);
          }
          addKeptTogether(run, i, end - i, following instanceof KeepTogether ? end : -1);
          i = after;
        } else {
          float needed = lead(following);
          if (following instanceof dev.interviewkit.api.doc.Paragraph p
              && at(blocks, end + 1) instanceof Table t
              && paragraphHeight(p) <= SHORT_INTRO) {
            // a short introduction to a table: heading, introduction and table start together
            needed = paragraphHeight(p) + lead(t);
          }
          for (Block h : run) {
            needed += headingHeight((Heading) h);
          }
          ensureRoom(needed);
          run.forEach(this::add);
          i = end;
        }
      } else if (block instanceof PageBreak) {
        pdf.newPage();
        i++;
      } else if (isChart(block) && isLegend(next)) {
        addKeptTogether(List.of(block, next), i, 2, -1);
        i += 2;
      } else if (block instanceof KeepTogether k) {
        balanceLastPage(blocks, i);
        addKeptTogether(k.blocks(), i, 0, i);
        i++;
      } else if (block instanceof Table t) {
        balanceLastPage(blocks, i);
        tables.add(t, isLegend(next) ? paragraphHeight((dev.interviewkit.api.doc.Paragraph) next)
            : 0f, elements.node(t));
        i++;
      } else if (block instanceof dev.interviewkit.api.doc.Paragraph p) {
        if (p.style() == TextStyle.STRONG && (next instanceof BulletList || next instanceof Table)) {
          ensureRoom(paragraphHeight(p) + lead(next));
        }
        addParagraph(p);
        i++;
      } else if (block instanceof BulletList l) {
        addList(l);
        i++;
      } else {
        add(block);
        i++;
      }
    }
  }

  private static Block at(List<Block> blocks, int i) {
    return i < blocks.size() ? blocks.get(i) : null;
  }

  /** Small print right after a chart or table: its legend, kept on the same page. */
  private static boolean isLegend(Block block) {
    return block instanceof dev.interviewkit.api.doc.Paragraph p && p.style() == TextStyle.SMALL;
  }

  private void ensureRoom(float needed) {
    if (room() < needed + ROOM_SLACK) {
      pdf.newPage();
    }
  }

  private float room() {
    return writer.getVerticalPosition(true) - pdf.bottom();
  }

  /**
   * Before the last but one block: when the last block would be left almost alone on a page of its
   * own, start the page a block earlier so the two share it.
   */
  private void balanceLastPage(List<Block> blocks, int i) {
    if (i != blocks.size() - 2) {
      return;
    }
    Block last = blocks.get(i + 1);
    if (!(last instanceof KeepTogether || last instanceof Table)) {
      return;
    }
    float page = pdf.top() - pdf.bottom();
    float here = measure(blocks.get(i));
    float there = measure(last);
    float room = room();
    if (here <= room && here + there > room && there < 0.4f * page
        && here + there <= page - PAGE_SLACK) {
      pdf.newPage();
    }
  }

  private float measure(Block block) {
    PdfPTable table = block instanceof KeepTogether k ? elements.keptTogether(k.blocks())
        : block instanceof Table t ? tables.whole(t) : elements.keptTogether(List.of(block));
    return height(table) + table.spacingBefore() + table.spacingAfter();
  }

  /** The height of what must share a page with the heading before {@code block}. */
  private float lead(Block block) {
    if (block instanceof Table t) {
      return tables.leadHeight(t);
    } else if (block instanceof dev.interviewkit.api.doc.Paragraph p) {
      Text text = BlockLayout.text(p.style());
      int lines = Math.min(2, lines(p.text(), text, pdf.right() - pdf.left()).size());
      return lines * text.leading();
    } else if (block instanceof BulletList l) {
      int lines = lines(l.items().get(0), BlockLayout.text(TextStyle.BODY), listWidth()).size();
      return Math.min(2, lines) * Style.BODY_LEADING + (l.items().size() > 1 && lines < 2
          ? Style.BODY_LEADING : 0f);
    }
    return ROOM_UNDER_HEADING;
  }

  /** A paragraph, never leaving a single line of it at a page's foot or head. */
  private void addParagraph(dev.interviewkit.api.doc.Paragraph p) {
    Text style = BlockLayout.text(p.style());
    List<String> lines = lines(p.text(), style, pdf.right() - pdf.left());
    int here = LineBreaks.linesHere(lines.size(),
        (int) ((room() - ROOM_SLACK) / style.leading()));
    Tagger.Node node = elements.node(p);
    if (here == 0) {
      pdf.newPage();
    } else if (here < lines.size() && !p.text().contains("\n")) {
      // the two parts are one paragraph in the structure tree
      String first = String.join(" ", lines.subList(0, here));
      add(elements.placed(BlockLayout.text(first, style.font(), style.leading(), 0f), node,
          first), node, node);
      pdf.newPage();
      String rest = String.join(" ", lines.subList(here, lines.size()));
      add(elements.placed(BlockLayout.text(rest, style.font(), style.leading(),
          style.after()), node, rest), node, node);
      return;
    }
    add(elements.placed(p, node), node, node);
  }

  /**
   * Adds {@code element}: flowing text tagged as {@code text}, its list symbol as
   * {@code symbol}; a table tags its cells itself.
   */
  private void add(Element element, Tagger.Node text, Tagger.Node symbol) {
    if (element instanceof PdfPTable) {
      pdf.add(element);
      return;
    }
    tagger.beginFlow(text, symbol);
    pdf.add(element);
    tagger.endFlow();
  }

  /** A list item by item: an item moves whole, and the last never stands alone on a page. */
  private void addList(BulletList l) {
    List<String> items = l.items();
    float page = pdf.top() - pdf.bottom();
    Tagger.Node list = elements.node(l);
    for (int i = 0; i < items.size(); i++) {
      boolean last = i == items.size() - 1;
      float after = last ? Style.BLOCK_AFTER - 2f : 2f;
      float height = itemHeight(items.get(i)) + after;
      float room = room();
      if (height > room && height < page) {
        pdf.newPage();
      } else if (i == items.size() - 2 && items.size() > 2) {
        float both = height + itemHeight(items.get(i + 1)) + Style.BLOCK_AFTER;
        if (height <= room && both > room && both < page) {
          pdf.newPage();
        }
      } else if (i == 0 && items.size() > 1 && height <= room
          && height + Math.min(2,
              lines(items.get(1), BlockLayout.text(TextStyle.BODY), listWidth()).size())
              * Style.BODY_LEADING > room) {
        pdf.newPage();
      }
      addItem(l, i, after, list);
    }
  }

  /** Item {@code i} of {@code l}: an LI of {@code list}, its symbol the Lbl, its text the LBody. */
  private void addItem(BulletList l, int i, float after, Tagger.Node list) {
    String item = l.items().get(i);
    Tagger.Node li = list.child(PdfName.LI);
    Tagger.Node body = li.child(PdfName.LBODY);
    add(elements.placed(BlockLayout.bullets(List.of(item), after, l.numbered() ? i + 1 : 0),
        body, item), body, li.child(PdfName.LBL));
  }

  private float itemHeight(String item) {
    return lines(item, BlockLayout.text(TextStyle.BODY), listWidth()).size() * Style.BODY_LEADING;
  }

  private float listWidth() {
    return pdf.right() - pdf.left() - BlockLayout.LIST_INDENT - BlockLayout.NUMBER_SYMBOL;
  }

  private float paragraphHeight(dev.interviewkit.api.doc.Paragraph p) {
    Text style = BlockLayout.text(p.style());
    return lines(p.text(), style, pdf.right() - pdf.left()).size() * style.leading()
        + style.after();
  }

  private static float headingHeight(Heading h) {
    int level = h.level() - 1;
    return Style.HEADING_BEFORE[level] + Style.HEADING[level] * 1.25f + Style.HEADING_AFTER[level];
  }

  private static List<String> lines(String text, Text style, float width) {
    return LineBreaks.lines(text, style.font().getBaseFont(), style.font().getSize(), width);
  }

  /** Adds a block; a callout or side-by-side taller than a page splits where it starts. */
  private void add(Block block) {
    if (block instanceof BulletList l) {
      Tagger.Node list = elements.node(l);
      for (int i = 0; i < l.items().size(); i++) {
        addItem(l, i, i == l.items().size() - 1 ? Style.BLOCK_AFTER - 2f : 2f, list);
      }
      return;
    }
    Tagger.Node node = elements.node(block);
    Element element = elements.placed(block, node);
    if ((block instanceof Callout || block instanceof SideBySide)
        && height((PdfPTable) element) > pdf.top() - pdf.bottom()) {
      ((PdfPTable) element).setSplitLate(false);
    }
    add(element, node, node);
  }

  private float height(PdfPTable table) {
    table.setTotalWidth(pdf.right() - pdf.left());
    table.setLockedWidth(true);
    return table.getTotalHeight();
  }

  /** Adds blocks as one unit; block by block if taller than a page, where OpenPDF cuts nesting. */
  /**
   * Adds {@code blocks} on one page, or one by one when they are taller than a page. For {@link
   * PageStarts}: the first {@code tops} of them are the top-level blocks from {@code first} on,
   * the rest the blocks of the group at top-level index {@code group}.
   */
  private void addKeptTogether(List<Block> blocks, int first, int tops, int group) {
    if (blocks.isEmpty()) {
      return;
    }
    PdfPTable kept = elements.keptTogether(blocks);
    if (height(kept) <= pdf.top() - pdf.bottom() - PAGE_SLACK) {
      pdf.add(kept);
      return;
    }
    for (int j = 0; j < blocks.size(); j++) {
      if (starts != null && j > 0) {
        float at = writer.getVerticalPosition(true);
        if (j < tops) {
          starts.at(first + j, -1, at);
        } else if (group >= 0) {
          starts.at(group, j - tops, at);
        }
      }
      add(blocks.get(j));
    }
  }

  /** Whether a block is printed in one piece, so a heading before it must move with it. */
  private static boolean isAtomic(Block block) {
    return block instanceof KeepTogether
        || block instanceof NoteLines
        || block instanceof ChoiceGroup
        || block instanceof Callout
        || block instanceof SideBySide
        || isChart(block);
  }

  /** A heat map or a figure: a picture that keeps the small print after it as its legend. */
  private static boolean isChart(Block block) {
    return block instanceof HeatMap || block instanceof dev.interviewkit.api.doc.Figure;
  }

}
