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
 */
public record DocumentInfo(
    String title,
    String header,
    String footer,
    Paper paper,
    LocalDate date,
    Map<String, String> properties) {

  public DocumentInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(date, "date");
    properties = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(properties));
  }
}
