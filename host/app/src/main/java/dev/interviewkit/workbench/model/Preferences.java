package dev.interviewkit.workbench.model;

import dev.interviewkit.api.doc.Paper;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The workbench's preferences: paper and output folder for new loops, the organisation, the role
 * new loops start with, the font size, and whether problems open in the built-in editor or the
 * system's.
 */
public record Preferences(Paper paper, Path out, String organisation, Optional<String> role,
    int fontSize, Editor editor) {

  /** Where a double-clicked problem opens. */
  public enum Editor { BUILT_IN, SYSTEM }

  public static final int MIN_FONT = 9;
  public static final int MAX_FONT = 24;
  public static final Preferences DEFAULT = new Preferences(Paper.LETTER,
      Path.of("interview-packets"), "", Optional.empty(), 13, Editor.BUILT_IN);

  public Preferences {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(editor, "editor");
    organisation = organisation.strip();
    role = role.map(String::strip).filter(r -> !r.isEmpty());
    if (fontSize < MIN_FONT || fontSize > MAX_FONT) {
      throw new IllegalArgumentException("font size " + fontSize + " is outside " + MIN_FONT
          + " to " + MAX_FONT);
    }
  }

  /** The defaults {@code kit.yaml} gives: its paper, output folder and organisation name. */
  public static Preferences from(dev.interviewkit.config.KitConfig config) {
    return new Preferences(config.paper(), config.out(), config.organisation().name(),
        DEFAULT.role(), DEFAULT.fontSize(), DEFAULT.editor());
  }

  /** What new loops start with. */
  public LoopDefaults defaults() {
    return new LoopDefaults(role, paper, out);
  }
}
