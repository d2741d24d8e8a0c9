package dev.interviewkit.compose;

import dev.interviewkit.api.doc.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A table typed with spaces, as briefs were before Markdown: a header line whose titles are two or
 * more spaces apart, then rows whose text starts under those titles; a row whose first column is
 * empty continues the row above. Anything less regular is left as text.
 */
final class AlignedTable {

  /** Data rows a block of lines needs, besides its header, to count as a table. */
  private static final int MIN_ROWS = 2;

  /**
   * A table found in the lines.
   *
   * @param end the index of the first line after it
   */
  record Found(Table table, int end) {}

  private AlignedTable() {}

  /** The table whose header is line {@code start}, or null when none starts there. */
  static Found at(List<String> lines, int start) {
    String header = lines.get(start);
    if (start > 0 && !lines.get(start - 1).isBlank() && columns(lines.get(start - 1)).size() > 1) {
      return null;
    }
    List<Integer> columns = columns(header);
    if (columns.size() < 2) {
      return null;
    }
    int base = columns.get(0);
    List<List<String>> rows = new ArrayList<>();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).isBlank() && fits(lines.get(end), columns)) {
      List<String> cells = cells(lines.get(end), columns);
      boolean continues = indent(lines.get(end)) > base && !rows.isEmpty();
      if (continues) {
        List<String> last = rows.get(rows.size() - 1);
        for (int c = 0; c < cells.size(); c++) {
          if (!cells.get(c).isEmpty()) {
            last.set(c, last.get(c).isEmpty() ? cells.get(c) : last.get(c) + " " + cells.get(c));
          }
        }
      } else if (indent(lines.get(end)) == base) {
        rows.add(cells);
      } else {
        break;
      }
      end++;
    }
    if (rows.size() < MIN_ROWS || !aligned(lines, start + 1, end, columns)) {
      return null;
    }
    return new Found(Table.of(cells(header, columns), rows), end);
  }

  /** Where the columns of a line start: its first text, and text after two or more spaces. */
  private static List<Integer> columns(String line) {
    List<Integer> starts = new ArrayList<>();
    int i = indent(line);
    if (i >= line.length()) {
      return starts;
    }
    starts.add(i);
    while (i < line.length()) {
      if (line.charAt(i) == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
        int j = i;
        while (j < line.length() && line.charAt(j) == ' ') {
          j++;
        }
        if (j < line.length()) {
          starts.add(j);
        }
        i = j;
      } else {
        i++;
      }
    }
    return starts;
  }

  /** Whether no word of {@code line} straddles a column's start. */
  private static boolean fits(String line, List<Integer> columns) {
    for (int c = 1; c < columns.size(); c++) {
      int at = columns.get(c);
      if (at < line.length() && at > 0 && line.charAt(at - 1) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Whether some column after the first has text starting exactly at its start in two rows. */
  private static boolean aligned(List<String> lines, int from, int to, List<Integer> columns) {
    for (int c = 1; c < columns.size(); c++) {
      int at = columns.get(c);
      int hits = 0;
      for (int i = from; i < to; i++) {
        String line = lines.get(i);
        if (at < line.length() && line.charAt(at) != ' ' && line.charAt(at - 1) == ' '
            && line.charAt(at - 2) == ' ') {
          hits++;
        }
      }
      if (hits >= MIN_ROWS) {
        return true;
      }
    }
    return false;
  }

  private static List<String> cells(String line, List<Integer> columns) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      int from = Math.min(line.length(), c == 0 ? 0 : columns.get(c));
      int to = c + 1 < columns.size() ? Math.min(line.length(), columns.get(c + 1)) : line.length();
      cells.add(line.substring(from, Math.max(from, to)).strip().replaceAll(" {2,}", " "));
    }
    return cells;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
