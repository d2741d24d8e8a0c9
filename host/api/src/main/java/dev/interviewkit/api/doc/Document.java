package dev.interviewkit.api.doc;

import java.util.List;
import java.util.Objects;

/** A format-neutral, immutable document: what every renderer reads. */
public record Document(DocumentInfo info, List<Block> blocks) {

  public Document {
    Objects.requireNonNull(info, "info");
    blocks = List.copyOf(blocks);
  }
}
