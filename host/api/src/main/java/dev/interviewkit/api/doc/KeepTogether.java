package dev.interviewkit.api.doc;

import java.util.List;

/** Blocks printed on one page unless together they are taller than a page. */
public record KeepTogether(List<Block> blocks) implements Block {

  public KeepTogether {
    blocks = List.copyOf(blocks);
    if (blocks.stream().anyMatch(b -> b instanceof PageBreak || b instanceof KeepTogether)) {
      throw new IllegalArgumentException("a kept-together group holds no page break or group");
    }
  }
}
