package dev.interviewkit.calibration;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV (RFC 4180: commas, double quotes, CRLF or LF) one row at a time. */
final class CsvRows {

  private final String text;
  private int at;
  private int line;
  private int rowLine;

  CsvRows(String text) {
    this.text = text;
  }

  /** The line the last row returned starts on, from 1. */
  int line() {
    return rowLine;
  }

  /** The next row's cells, or null at the end. */
  List<String> next() {
    if (at >= text.length()) {
      return null;
    }
    rowLine = ++line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (quoted) {
        if (c == '"') {
          if (at < text.length() && text.charAt(at) == '"') {
            cell.append('"');
            at++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
          at++;
        }
        break;
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
