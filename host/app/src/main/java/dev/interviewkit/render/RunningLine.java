package dev.interviewkit.render;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.DocumentInfo;

/**
 * Fits a running header ("candidate · role · round") on one line of the page it is printed on:
 * a line too wide has its first part (the candidate's name) shortened word by word with "…", and
 * only if that is not enough its last part too; the document's title and body keep the full text.
 */
public final class RunningLine {

  static final String SEPARATOR = " · ";
  static final String ELLIPSIS = "…";

  private RunningLine() {}

  /** {@code document} with its header fitted to {@code width} points as {@code metrics} measure. */
  public static Document fitted(Document document, float width, float size,
      TableFit.Metrics metrics) {
    DocumentInfo info = document.info();
    String header = fit(info.header(), width, text -> metrics.width(text, false, size));
    if (header.equals(info.header())) {
      return document;
    }
    return new Document(new DocumentInfo(info.title(), header, info.footer(), info.paper(),
        info.date(), info.properties()), document.blocks());
  }

  /** Measures a line's width. */
  interface Width {
    float of(String text);
  }

  static String fit(String line, float width, Width measure) {
    if (line.indexOf('\n') >= 0 || measure.of(line) <= width) {
      return line;
    }
    int first = line.indexOf(SEPARATOR);
    if (first < 0) {
      return cut(line, "", width, measure);
    }
    String rest = line.substring(first);
    String name = words(line.substring(0, first), rest, width, measure);
    if (measure.of(name + rest) <= width) {
      return name + rest;
    }
    int last = rest.lastIndexOf(SEPARATOR) + SEPARATOR.length();
    String head = name + rest.substring(0, last);
    String fitted = head + cut(rest.substring(last), "", width - measure.of(head), measure);
    return measure.of(fitted) <= width ? fitted : cut(line, "", width, measure);
  }

  /** The most words of {@code text}, marked "…" when cut, that fit before {@code tail}. */
  private static String words(String text, String tail, float width, Width measure) {
    int space = text.indexOf(' ');
    if (space < 0) {
      return text;
    }
    String best = text.substring(0, space) + ELLIPSIS;
    for (int end = text.indexOf(' ', space + 1); end > 0; end = text.indexOf(' ', end + 1)) {
      String longer = text.substring(0, end).stripTrailing() + ELLIPSIS;
      if (measure.of(longer + tail) > width) {
        break;
      }
      best = longer;
    }
    return best;
  }

  /** {@link #words}, or when not even one word fits, as many characters as fit, with "…". */
  private static String cut(String text, String tail, float width, Width measure) {
    String words = words(text, tail, width, measure);
    if (measure.of(words + tail) <= width) {
      return words;
    }
    int end = text.length();
    while (end > 0 && measure.of(text.substring(0, end) + ELLIPSIS + tail) > width) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end) + ELLIPSIS;
  }
}
