package dev.interviewkit.workbench.model;

import dev.interviewkit.api.doc.Paper;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What a new loop starts with: from the preferences, or the CLI's defaults. */
public record LoopDefaults(Optional<String> role, Paper paper, Path out) {

  public LoopDefaults {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(out, "out");
  }
}
