package dev.interviewkit.api.doc;

import java.util.List;
import java.util.Objects;

/** Two titled lists printed in two columns, e.g. strong signals beside red flags. */
public record SideBySide(String leftTitle, List<String> left, String rightTitle, List<String> right)
    implements Block {

  public SideBySide {
    Objects.requireNonNull(leftTitle, "leftTitle");
    Objects.requireNonNull(rightTitle, "rightTitle");
    left = List.copyOf(left);
    right = List.copyOf(right);
  }
}
