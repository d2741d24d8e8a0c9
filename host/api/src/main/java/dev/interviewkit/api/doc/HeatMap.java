package dev.interviewkit.api.doc;

import java.util.List;

/**
 * A grid of scores drawn as a picture, e.g. competencies × panelists. Each cell prints its number
 * and is drawn darker and with a longer bar the higher it is, so it reads at a glance and still
 * reads in black and white.
 *
 * @param corner the text of the top-left cell
 * @param columns column titles
 * @param rows row titles
 * @param values one list per row, one value per column: 0 for none, else 1 to {@code max}
 * @param max the highest value
 */
public record HeatMap(
    String corner, List<String> columns, List<String> rows, List<List<Integer>> values, int max)
    implements Block {

  public HeatMap {
    java.util.Objects.requireNonNull(corner, "corner");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    values = values.stream().map(List::copyOf).toList();
    if (max < 1) {
      throw new IllegalArgumentException("heat map max must be at least 1");
    }
    if (columns.isEmpty() || values.size() != rows.size()) {
      throw new IllegalArgumentException("heat map needs columns and one value list per row");
    }
    for (List<Integer> row : values) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("heat map row has " + row.size() + " values, expected "
            + columns.size());
      }
      if (row.stream().anyMatch(v -> v < 0 || v > max)) {
        throw new IllegalArgumentException("heat map values must be 0.." + max + ": " + row);
      }
    }
  }
}
