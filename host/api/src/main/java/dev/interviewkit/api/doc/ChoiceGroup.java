package dev.interviewkit.api.doc;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A titled row of boxes of which exactly one is ticked, optionally followed by evidence lines, e.g.
 * one competency of a scorecard or the overall recommendation.
 *
 * @param field form-field name of the choice, unique in the document
 * @param title what is being rated
 * @param description one line under the title; may be empty
 * @param choices the boxes, in printing order
 * @param evidenceField form-field name of the evidence text; empty when there are no lines
 * @param evidenceLines ruled lines for evidence under the boxes; 0 for none
 * @param extraLabel caption of a second text field beside the evidence (e.g. what would have
 *     raised the score), on as many lines; empty when there is none
 * @param extraField form-field name of that second field; empty when there is none
 * @param compact set in a compact row (the boxes in one line, the evidence under them) so that
 *     a form of five or six groups fits one page; otherwise the boxes stack beside the evidence
 */
public record ChoiceGroup(
    String field,
    String title,
    String description,
    List<Choice> choices,
    String evidenceField,
    int evidenceLines,
    String extraLabel,
    String extraField,
    boolean compact)
    implements Block {

  /** A choice group set in the ordinary, not the compact, layout. */
  public ChoiceGroup(String field, String title, String description, List<Choice> choices,
      String evidenceField, int evidenceLines, String extraLabel, String extraField) {
    this(field, title, description, choices, evidenceField, evidenceLines, extraLabel,
        extraField, false);
  }

  /** A choice group with no second field beside the evidence. */
  public ChoiceGroup(String field, String title, String description, List<Choice> choices,
      String evidenceField, int evidenceLines) {
    this(field, title, description, choices, evidenceField, evidenceLines, "", "", false);
  }

  public ChoiceGroup {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evidenceField, "evidenceField");
    choices = List.copyOf(choices);
    if (field.isBlank()) {
      throw new IllegalArgumentException("choice group '" + title + "' has no field name");
    }
    if (choices.size() < 2) {
      throw new IllegalArgumentException("choice group '" + title + "' needs at least 2 choices");
    }
    if (new HashSet<>(choices.stream().map(Choice::value).toList()).size() != choices.size()) {
      throw new IllegalArgumentException("choice group '" + title + "' repeats a value");
    }
    if (evidenceLines < 0) {
      throw new IllegalArgumentException("evidence lines must not be negative");
    }
    if (evidenceLines > 0 && evidenceField.isBlank()) {
      throw new IllegalArgumentException("choice group '" + title + "' has lines but no field");
    }
    Objects.requireNonNull(extraLabel, "extraLabel");
    Objects.requireNonNull(extraField, "extraField");
    if (!extraField.isEmpty() && (evidenceLines == 0 || extraLabel.isBlank())) {
      throw new IllegalArgumentException("choice group '" + title + "': a second field needs "
          + "evidence lines and a caption");
    }
  }
}
