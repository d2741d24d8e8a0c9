package dev.interviewkit.render.pdf;

import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import dev.interviewkit.api.doc.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which blocks start a new page in the PDF: of the document's blocks as {@link
 * dev.interviewkit.render.Outline#levelled} orders them, those that begin at the top of a page
 * because the page before had no room for them (a block cut across pages is not one). The Word
 * renderer breaks its pages before the same blocks, so both formats have the same pages.
 */
public final class PageStarts extends PdfPageEventHelper {

  private static final float SAME_PLACE = 0.5f;

  private final Set<Integer> starts = new TreeSet<>();
  private final Map<Integer, Set<Integer>> rows = new TreeMap<>();
  private final Set<Integer> split = new TreeSet<>();
  private final Map<Integer, Set<Integer>> inner = new TreeMap<>();
  private int part = -1;
  private int current = -1;
  private int last = -1;
  private float from;
  private boolean ended;

  PageStarts() {}

  /**
   * Where the PDF's pages start.
   *
   * @param blocks the indices of the blocks that start a page
   * @param rows for a table paged by hand, its block index to the rows that start a page
   * @param split the blocks cut across pages, kept-together groups taller than a page among them
   * @param inner for a kept-together group taller than a page, its block index to the indices of
   *     its own blocks that start a page
   */
  public record Breaks(Set<Integer> blocks, Map<Integer, Set<Integer>> rows, Set<Integer> split,
      Map<Integer, Set<Integer>> inner) {

    public static final Breaks NONE = new Breaks(Set.of(), Map.of(), Set.of(), Map.of());

    public Breaks {
      blocks = Set.copyOf(blocks);
      rows = Map.copyOf(rows);
      split = Set.copyOf(split);
      inner = Map.copyOf(inner);
    }

    /** The blocks of group {@code index} that start a page; none if it was kept whole. */
    public Set<Integer> innerOf(int index) {
      return inner.getOrDefault(index, Set.of());
    }

    /** The rows of block {@code index} that start a page; none if it is not a paged table. */
    public Set<Integer> rowsOf(int index) {
      return rows.getOrDefault(index, Set.of());
    }
  }

  /** Where the pages of {@code document}'s PDF start. */
  public static Breaks of(Document document) throws IOException {
    PageStarts starts = new PageStarts();
    new PdfRenderer().render(document, OutputStream.nullOutputStream(), starts);
    return new Breaks(starts.starts, starts.rows, starts.split, starts.inner);
  }

  /**
   * Block {@code block} of the group {@code group} (a top-level block) is about to be laid out on
   * its own, the group being taller than a page; {@code block} -1 means the top-level block.
   */
  void at(int group, int block, float position) {
    if (block >= 0) {
      split.add(group);
    }
    current = group;
    last = group;
    part = block;
    from = position;
    ended = false;
  }

  /** The blocks from the current one to {@code index} are laid out as one (a heading with them). */
  void through(int index) {
    last = index;
  }

  /** The table being laid out starts a page at its row {@code row} (0 is the first under the head). */
  void row(int row) {
    rows.computeIfAbsent(current, k -> new TreeSet<>()).add(row);
  }

  /** Block {@code index} is about to be laid out, from {@code position} down the page. */
  void begin(int index, float position) {
    part = -1;
    current = index;
    last = index;
    from = position;
    ended = false;
  }

  @Override
  public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
    if (current < 0) {
      return;
    }
    if (!ended && writer.getVerticalPosition(false) >= from - SAME_PLACE) {
      if (part < 0) {
        starts.add(current);
      } else {
        inner.computeIfAbsent(current, k -> new TreeSet<>()).add(part);
      }
    } else {
      for (int i = current; i <= last; i++) {
        split.add(i);
      }
    }
    ended = true;
  }
}
