package dev.interviewkit.api.doc;

import java.util.List;

/**
 * A list of plain-text items, bulleted or numbered.
 *
 * @param items the items, in order
 * @param numbered whether the items are numbered 1, 2, 3… rather than bulleted
 */
public record BulletList(List<String> items, boolean numbered) implements Block {

  public BulletList {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a list needs at least one item");
    }
  }

  /** A bulleted list. */
  public BulletList(List<String> items) {
    this(items, false);
  }
}
