package dev.interviewkit.render.docx;

import dev.interviewkit.api.RenderException;
import java.util.Locale;

/** Text and attribute escaping for the XML parts this package writes. */
final class Xml {

  static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private Xml() {}

  /** Appends {@code text} escaped for element content or a double-quoted attribute. */
  static StringBuilder escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        // A raw CR would be read back as a line feed; the reference keeps it.
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out;
  }

  /** Returns {@code text}, or refuses it if it holds a character an XML file cannot store. */
  static String safe(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean ok =
          c == 0x9 || c == 0xA || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!ok) {
        throw new RenderException(
            String.format(
                Locale.ROOT,
                "text contains U+%04X, which a Word document cannot store: \"%s\"",
                c,
                text.length() > 60 ? text.substring(0, 60) + "…" : text));
      }
      i += Character.charCount(c);
    }
    return text;
  }
}
