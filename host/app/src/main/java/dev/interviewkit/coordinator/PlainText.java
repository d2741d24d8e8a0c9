package dev.interviewkit.coordinator;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Callout;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.KeepTogether;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import java.util.List;

/** A document as plain text, for an email body: headings, paragraphs, lists and table rows. */
final class PlainText {

  private PlainText() {}

  static String of(Document document) {
    StringBuilder out = new StringBuilder();
    append(out, document.blocks());
    return out.toString().strip() + "\n";
  }

  private static void append(StringBuilder out, List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        out.append('\n').append(h.text()).append('\n')
            .append("-".repeat(Math.min(72, h.text().length()))).append('\n');
      } else if (block instanceof Paragraph p) {
        out.append(p.text()).append("\n\n");
      } else if (block instanceof Callout c) {
        out.append(c.text()).append("\n\n");
      } else if (block instanceof BulletList l) {
        l.items().forEach(i -> out.append("- ").append(i).append('\n'));
        out.append('\n');
      } else if (block instanceof Table t) {
        for (List<String> row : t.rows()) {
          out.append("- ").append(String.join(" · ", row.stream().filter(c -> !c.isBlank())
              .toList())).append('\n');
        }
        out.append('\n');
      } else if (block instanceof KeepTogether k) {
        append(out, k.blocks());
      }
    }
  }
}
