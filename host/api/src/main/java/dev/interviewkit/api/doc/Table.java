package dev.interviewkit.api.doc;

import java.util.List;

/**
 * A table with a header row repeated on every page; no row is ever dropped.
 *
 * @param header column titles
 * @param rows cells, each row as wide as the header
 * @param widths relative column widths, one per column: a hint for renderers that want one; the
 *     built-in PDF and Word renderers measure the columns from the cells instead, so no word is
 *     ever broken inside
 */
public record Table(List<String> header, List<List<String>> rows, List<Integer> widths)
    implements Block {

  public Table {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    widths = List.copyOf(widths);
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    if (widths.size() != header.size()) {
      throw new IllegalArgumentException(
          "table has " + header.size() + " columns but " + widths.size() + " widths");
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.size()) {
        throw new IllegalArgumentException(
            "table row " + (i + 1) + " has " + rows.get(i).size() + " cells, expected "
                + header.size());
      }
    }
    if (widths.stream().anyMatch(w -> w <= 0)) {
      throw new IllegalArgumentException("table widths must be positive: " + widths);
    }
  }

  /** A table whose columns share the width equally. */
  public static Table of(List<String> header, List<List<String>> rows) {
    return new Table(header, rows, java.util.Collections.nCopies(header.size(), 1));
  }
}
