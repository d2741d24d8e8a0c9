package dev.interviewkit.render;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's headings without skipped levels, as both renderers print them: a heading is at
 * most one level below the one before it (the first at level 1), so the Word navigation pane and
 * a PDF reader's outline nest cleanly whatever the composer asked for.
 */
public final class Outline {

  private Outline() {}

  /** {@code blocks} with every heading's level clamped; the same list when nothing changes. */
  public static List<Block> levelled(List<Block> blocks) {
    int[] previous = {0};
    boolean[] changed = {false};
    List<Block> out = level(blocks, previous, changed);
    return changed[0] ? out : blocks;
  }

  private static List<Block> level(List<Block> blocks, int[] previous, boolean[] changed) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        int level = Math.min(h.level(), previous[0] + 1);
        previous[0] = level;
        if (level != h.level()) {
          changed[0] = true;
          block = new Heading(level, h.text());
        }
      } else if (block instanceof KeepTogether k) {
        List<Block> inner = level(k.blocks(), previous, changed);
        block = new KeepTogether(inner);
      }
      out.add(block);
    }
    return out;
  }
}
