package dev.interviewkit.api.doc;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a document is and how every page is framed.
 *
 * @param title document title, stored in the file's metadata
 * @param header running header, e.g. "Jane Doe · Director of Engineering · Systems design"
 * @param footer running footer text printed beside "Page X of Y"
 * @param paper page size
 * @param date the loop date; used as the file's creation date so output is byte-stable
 * @param properties identification stored in the file's metadata (sorted by key)
 * @param organisation whose document it is, printed in the header; {@link Organisation#NONE}
 *     prints nothing more
 */
public record DocumentInfo(
    String title,
    String header,
    String footer,
    Paper paper,
    LocalDate date,
    Map<String, String> properties,
    Organisation organisation) {

  public DocumentInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(date, "date");
    properties = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    Objects.requireNonNull(organisation, "organisation");
  }

  /** A document of no particular organisation. */
  public DocumentInfo(String title, String header, String footer, Paper paper, LocalDate date,
      Map<String, String> properties) {
    this(title, header, footer, paper, date, properties, Organisation.NONE);
  }

  /** This document framed for {@code organisation}. */
  public DocumentInfo withOrganisation(Organisation organisation) {
    return new DocumentInfo(title, header, footer, paper, date, properties, organisation);
  }
}
