package dev.interviewkit.api.doc;

import java.util.List;

/** A bulleted list of plain-text items. */
public record BulletList(List<String> items) implements Block {

  public BulletList {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a list needs at least one item");
    }
  }
}
