package dev.interviewkit.compose;

import dev.interviewkit.api.doc.Block;
import dev.interviewkit.api.doc.BulletList;
import dev.interviewkit.api.doc.Heading;
import dev.interviewkit.api.doc.Paragraph;
import dev.interviewkit.api.doc.Table;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A candidate brief as document blocks: the Markdown subset of docs/bank-format.md (paragraphs
 * reflowed, {@code -} and {@code 1.} lists, {@code #} and {@code ##} subheads, pipe tables),
 * read with commonmark-java. Briefs typed before that keep printing well: a block of lines whose
 * columns are aligned with spaces becomes a table, and an indented line under a label line starts
 * a paragraph of its own rather than running into the label.
 */
final class BriefMarkup {

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private BriefMarkup() {}

  /** The blocks of {@code brief}; its subheads are one and two levels below {@code level}. */
  static List<Block> blocks(String brief, int level) {
    List<Block> out = new ArrayList<>();
    List<String> text = new ArrayList<>();
    List<String> lines = List.of(brief.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    int i = 0;
    while (i < lines.size()) {
      AlignedTable.Found table = AlignedTable.at(lines, i);
      if (table == null) {
        text.add(lines.get(i++));
        continue;
      }
      markdown(String.join("\n", text), level, out);
      text.clear();
      out.add(table.table());
      i = table.end();
    }
    markdown(String.join("\n", text), level, out);
    return out;
  }

  private static void markdown(String text, int level, List<Block> out) {
    if (text.isBlank()) {
      return;
    }
    Node document = PARSER.parse(separateLabels(text));
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      block(node, level, out);
    }
  }

  private static void block(Node node, int level, List<Block> out) {
    if (node instanceof org.commonmark.node.Heading h) {
      out.add(new Heading(Math.min(3, level + Math.min(2, h.getLevel())), inline(h)));
    } else if (node instanceof ListBlock list) {
      List<String> items = new ArrayList<>();
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        items(item, "", items);
      }
      out.add(new BulletList(items, list instanceof OrderedList));
    } else if (node instanceof TableBlock table) {
      out.add(table(table));
    } else if (node instanceof FencedCodeBlock code) {
      out.add(Paragraph.body(code.getLiteral().stripTrailing()));
    } else if (node instanceof IndentedCodeBlock code) {
      out.add(Paragraph.body(code.getLiteral().stripTrailing()));
    } else if (node instanceof HtmlBlock html) {
      out.add(Paragraph.body(html.getLiteral().strip()));
    } else if (node instanceof org.commonmark.node.ThematicBreak) {
      return;
    } else if (node instanceof org.commonmark.node.BlockQuote quote) {
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        block(child, level, out);
      }
    } else {
      String text = inline(node);
      if (!text.isBlank()) {
        out.add(Paragraph.body(text));
      }
    }
  }

  /** A list item's text, and any list nested in it as items of their own, marked with a dash. */
  private static void items(Node item, String prefix, List<String> out) {
    StringBuilder text = new StringBuilder();
    List<Node> nested = new ArrayList<>();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof ListBlock) {
        nested.add(child);
      } else {
        String piece = inline(child);
        if (!piece.isBlank()) {
          text.append(text.isEmpty() ? "" : " ").append(piece);
        }
      }
    }
    out.add(prefix + text);
    for (Node list : nested) {
      for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
        items(child, prefix + "– ", out);
      }
    }
  }

  private static Table table(TableBlock block) {
    List<String> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(inline(cell));
          }
        }
        if (section instanceof TableHead) {
          header.addAll(cells);
        } else {
          rows.add(cells);
        }
      }
    }
    List<List<String>> even = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>(row);
      while (cells.size() < header.size()) {
        cells.add("");
      }
      even.add(cells.subList(0, header.size()));
    }
    return Table.of(header, even);
  }

  /** The plain text of a node: soft line breaks reflowed, hard ones kept, emphasis dropped. */
  private static String inline(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        out.append(code.getLiteral());
      }

      @Override
      public void visit(HtmlInline html) {
        out.append(html.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak soft) {
        out.append(' ');
      }

      @Override
      public void visit(HardLineBreak hard) {
        out.append('\n');
      }

      @Override
      public void visit(ListItem item) {
        // nested lists are printed as items of their own
      }
    });
    return out.toString().strip();
  }

  /**
   * Puts a blank line between a label line and the more deeply indented lines under it ("Payments
   * (34 engineers)" over "  deploys per week 12 -> 35; …"), which Markdown would otherwise join.
   */
  static String separateLabels(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean inList = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int indent = indent(line);
      if (line.isBlank()) {
        inList = false;
      } else if (indent < 4 && isListItem(line.strip())) {
        inList = true;
      } else if (indent == 0) {
        inList = false;
      }
      out.append(line).append('\n');
      if (!inList && !line.isBlank() && i + 1 < lines.length && !lines[i + 1].isBlank()
          && indent(lines[i + 1]) > indent && !isListItem(lines[i + 1].strip())) {
        out.append('\n');
        int deeper = indent(lines[i + 1]);
        while (i + 1 < lines.length && !lines[i + 1].isBlank() && indent(lines[i + 1]) >= deeper) {
          out.append(lines[++i].strip()).append('\n');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static boolean isListItem(String stripped) {
    return stripped.startsWith("- ") || stripped.startsWith("* ") || stripped.startsWith("+ ")
        || stripped.matches("\\d{1,3}[.)] .*");
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
