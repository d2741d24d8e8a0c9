package dev.interviewkit.api.doc;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose documents these are: printed in every document's header or title block when set.
 *
 * @param name the organisation's name; empty when not configured
 * @param logo the logo, printed beside the name
 * @param confidentiality the line printed where a document says who may read it; empty for the
 *     document's own wording
 */
public record Organisation(String name, Optional<Logo> logo, String confidentiality) {

  /** No organisation configured: documents look as they always have. */
  public static final Organisation NONE = new Organisation("", Optional.empty(), "");

  public Organisation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(logo, "logo");
    Objects.requireNonNull(confidentiality, "confidentiality");
  }

  /** Whether a name or a logo is to be printed. */
  public boolean shown() {
    return !name.isEmpty() || logo.isPresent();
  }

  /** The configured confidentiality line, or {@code fallback} when none is set. */
  public String confidentialityOr(String fallback) {
    return confidentiality.isEmpty() ? fallback : confidentiality;
  }
}
