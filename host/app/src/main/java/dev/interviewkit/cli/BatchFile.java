package dev.interviewkit.cli;

import dev.interviewkit.bank.InputFiles;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.YamlSource;
import dev.interviewkit.output.Terminal;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a batch file (CSV or YAML, see docs/cli.md) into rows, strictly and within limits. */
final class BatchFile {

  /** The columns (CSV) or keys (YAML) of a row, in their documented order. */
  static final List<String> COLUMNS =
      List.of("candidate", "role", "date", "panel", "seed", "format", "paper");

  /** The key under which a row that cannot be read carries its problem. */
  static final String ERROR = "\0error";

  /** The largest batch file read: tens of thousands of rows. */
  static final int MAX_BYTES = YamlSource.MAX_BYTES;

  private BatchFile() {}

  /** One loop of the batch file, with the line it starts on (and a fault's column, or 0). */
  record Row(int line, int column, Map<String, String> values) {
    Row(int line, Map<String, String> values) {
      this(line, 0, values);
    }

    String get(String key) {
      String v = values.get(key);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }

  static List<Row> read(Path file) {
    String text;
    try {
      byte[] bytes = InputFiles.read(file, MAX_BYTES);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (InvalidInputException e) {
      throw new KitException(ExitCode.BAD_INPUT, "batch file " + e.problems().get(0));
    } catch (NoSuchFileException e) {
      throw new KitException(ExitCode.BAD_INPUT, "batch file " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw new KitException(ExitCode.BAD_INPUT, file + ": not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "cannot read batch file " + file + ": "
          + e.getMessage());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (dev.interviewkit.bank.StandardInput.is(file)) {
      String name = dev.interviewkit.bank.StandardInput.NAME;
      return looksLikeYaml(text) ? yaml(name, text) : csv(name, text);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return csv(file.toString(), text);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return yaml(file.toString(), text);
    }
    throw new KitException(ExitCode.USAGE, "batch file " + file + " must end in .csv, .yaml or "
        + ".yml");
  }

  /** Standard input has no name to tell: YAML when its first line of content is a key. */
  private static boolean looksLikeYaml(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .findFirst().map(l -> l.matches("[A-Za-z_-]+:.*") && !l.contains(",")
            || l.startsWith("- ")).orElse(false);
  }

  /** CSV with a header row; blank lines and lines starting with # are skipped. */
  static List<Row> csv(String path, String text) {
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int number = i + 1;
      List<Cell> cells;
      try {
        cells = cells(line);
      } catch (CsvFault fault) {
        if (header == null) {
          throw new KitException(ExitCode.BAD_INPUT, path + ":" + number + ":" + fault.column
              + ": " + fault.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ERROR, fault.getMessage());
        rows.add(new Row(number, fault.column, values));
        continue;
      }
      if (header == null) {
        header = header(path, number, cells);
        continue;
      }
      if (cells.size() > header.size()) {
        rows.add(tooMany(number, cells.size(), header.size()));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        values.put(header.get(c), cells.get(c).text());
      }
      rows.add(new Row(number, values));
    }
    return rows;
  }

  /** The header's column names; an unknown or repeated column refuses the whole file. */
  private static List<String> header(String path, int number, List<Cell> cells) {
    List<String> header = new ArrayList<>();
    Map<String, Cell> seen = new LinkedHashMap<>();
    for (Cell cell : cells) {
      String column = cell.text().strip().toLowerCase(Locale.ROOT);
      String at = path + ":" + number + ":" + cell.column() + ": ";
      if (!COLUMNS.contains(column)) {
        throw new KitException(ExitCode.BAD_INPUT, at + "unknown column '"
            + Terminal.shorten(column) + "'; columns are " + String.join(", ", COLUMNS));
      }
      Cell first = seen.putIfAbsent(column, cell);
      if (first != null) {
        throw new KitException(ExitCode.BAD_INPUT, at + "column '" + column + "' is given twice "
            + "(first at column " + first.column() + "); give each column once");
      }
      header.add(column);
    }
    if (!header.contains("role")) {
      throw new KitException(ExitCode.BAD_INPUT, path + ":" + number + ": the header needs "
          + "a 'role' column; columns are " + String.join(", ", COLUMNS));
    }
    return header;
  }

  private static Row tooMany(int line, int cells, int columns) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(ERROR, cells + " values but the header has " + columns + " columns");
    return new Row(line, values);
  }

  /** A value of a CSV line and the (1-based) column it starts at. */
  private record Cell(String text, int column) {}

  /** A CSV quoting fault at a column of its line. */
  private static final class CsvFault extends Exception {
    private static final long serialVersionUID = 1L;
    final int column;

    CsvFault(int column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  /**
   * One CSV line: comma-separated; a value may be put in double quotes (spaces around it are
   * allowed), with {@code ""} for a quote inside it. A quote anywhere else, text after a closing
   * quote, or a quote never closed is a fault rather than a silently garbled value.
   */
  private static List<Cell> cells(String line) throws CsvFault {
    List<Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int start = 1;
    int opened = 0;
    boolean quoted = false;
    boolean closed = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
          closed = true;
        } else {
          cell.append(ch);
        }
      } else if (ch == ',') {
        cells.add(new Cell(cell.toString(), start));
        cell.setLength(0);
        start = i + 2;
        closed = false;
      } else if (closed) {
        if (!Character.isWhitespace(ch)) {
          throw new CsvFault(i + 1, "text after the closing quote of a value; put the whole "
              + "value in double quotes, with \"\" for a quote inside it");
        }
      } else if (ch == '"') {
        if (!cell.toString().isBlank()) {
          throw new CsvFault(i + 1, "a double quote inside a value that does not start with "
              + "one; put the whole value in double quotes, with \"\" for a quote inside it");
        }
        cell.setLength(0);
        quoted = true;
        opened = i + 1;
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      throw new CsvFault(opened, "the quoted value opened here is not closed on this line; add "
          + "the closing quote");
    }
    cells.add(new Cell(cell.toString(), start));
    return cells;
  }

  /** A YAML list of mappings, or a mapping whose {@code loops} key holds that list. */
  static List<Row> yaml(String path, String text) {
    Optional<Node> root;
    try {
      root = YamlSource.parse(path, text);
    } catch (InvalidInputException e) {
      throw new KitException(ExitCode.BAD_INPUT, String.join("; ",
          e.problems().stream().map(Problem::toString).toList()));
    }
    if (root.isEmpty()) {
      return List.of();
    }
    Node list = root.get();
    if (list instanceof MappingNode map) {
      list = null;
      for (NodeTuple t : map.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
        if (key.equals("loops")) {
          list = t.getValueNode();
        } else {
          throw new KitException(ExitCode.BAD_INPUT, path + ":" + line(t.getKeyNode())
              + ": unknown key '" + key + "'; a batch file is a list of loops, or 'loops:' "
              + "holding one");
        }
      }
    }
    if (!(list instanceof SequenceNode sequence)) {
      throw new KitException(ExitCode.BAD_INPUT, path + ":" + (list == null ? 1 : line(list))
          + ": expected a list of loops, each with candidate, role and date");
    }
    List<Row> rows = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      Map<String, String> values = new LinkedHashMap<>();
      if (!(item instanceof MappingNode mapping)) {
        values.put(ERROR, "expected a mapping with candidate, role and date");
        rows.add(new Row(line(item), values));
        continue;
      }
      for (NodeTuple t : mapping.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        Node value = t.getValueNode();
        if (!COLUMNS.contains(key)) {
          values.put(ERROR, "unknown key '" + key + "'; keys are "
              + String.join(", ", COLUMNS));
        } else if (value instanceof ScalarNode s) {
          values.put(key, s.getValue());
        } else if (key.equals("format") && value instanceof SequenceNode formats) {
          values.put(key, String.join(",", formats.getValue().stream()
              .map(n -> n instanceof ScalarNode s ? s.getValue() : "?").toList()));
        } else {
          values.put(ERROR, "'" + key + "' must be a single value");
        }
      }
      rows.add(new Row(line(item), values));
    }
    return rows;
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }
}
