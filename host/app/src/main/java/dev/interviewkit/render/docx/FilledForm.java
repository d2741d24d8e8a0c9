package dev.interviewkit.render.docx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a person entered into a Word document written by {@link DocxRenderer}.
 *
 * @param fields form-field name to value, in document order: a choice group's field maps to the
 *     ticked choice's value ("" when none is ticked), a text field to its trimmed text
 * @param properties the document's custom properties
 */
public record FilledForm(Map<String, String> fields, Map<String, String> properties) {

  public FilledForm {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields)));
    properties =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(properties)));
  }
}
