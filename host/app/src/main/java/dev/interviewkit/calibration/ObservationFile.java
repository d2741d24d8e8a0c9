package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Score observations from an export file: CSV with a header row, or JSON (an array of objects,
 * or an object whose {@code observations} is one), with the fields of {@link ScoreObservation}.
 * Every fault is reported as {@code path:line:column: field: fault}; the file is read only up to
 * {@link #MAX_BYTES}.
 */
public final class ObservationFile implements ObservationSource {

  public static final long MAX_BYTES = 256L * 1024 * 1024;
  /** Problems reported before reading stops. */
  private static final int MAX_PROBLEMS = 20;
  static final List<String> FIELDS = List.of("loop", "date", "role", "candidate", "round",
      "interviewer", "competency", "questions", "score", "recommendation", "decision");
  private static final List<String> REQUIRED = List.of("loop", "date", "role", "round",
      "interviewer", "competency", "score");

  private static final java.util.regex.Pattern QUESTION_LIST =
      java.util.regex.Pattern.compile("[;\\s]+");

  private final Path file;
  /** Dates read so far: an export repeats each loop's date on every row. */
  private final Map<String, LocalDate> dates = new java.util.HashMap<>();

  public ObservationFile(Path file) {
    this.file = file;
  }

  @Override
  public String describe() {
    return String.valueOf(file.getFileName());
  }

  @Override
  public List<ScoreObservation> observations(Scope scope) throws IOException {
    String text = read(file);
    String path = file.toString();
    dates.clear();
    List<Problem> problems = new ArrayList<>();
    List<ScoreObservation> out = new ArrayList<>();
    String name = path.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".json")) {
      json(path, text, problems, out);
    } else if (name.endsWith(".csv")) {
      csv(path, text, problems, out);
    } else {
      problems.add(Problem.inFile(path, "observations: expected a .csv or .json export"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    out.removeIf(o -> !scope.includes(o));
    return out;
  }

  private static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
      if (bytes.length > MAX_BYTES) {
        throw new InvalidInputException(List.of(Problem.inFile(file.toString(),
            "observations: the file is larger than the limit of " + MAX_BYTES / (1024 * 1024)
                + " MB")));
      }
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
      } catch (CharacterCodingException e) {
        throw new InvalidInputException(List.of(Problem.inFile(file.toString(),
            "observations: the file is not UTF-8 text")));
      }
    }
  }

  private void csv(String path, String text, List<Problem> problems,
      List<ScoreObservation> out) {
    CsvRows rows = new CsvRows(text);
    List<String> header = rows.next();
    if (header == null) {
      problems.add(Problem.inFile(path, "observations: the file is empty"));
      return;
    }
    int[] column = new int[FIELDS.size()];
    Arrays.fill(column, -1);
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim();
      int f = FIELDS.indexOf(h);
      if (f < 0) {
        problems.add(new Problem(path, 1, 1, "column '" + h + "': unknown"
            + Suggestions.closest(h, FIELDS).map(s -> "; did you mean '" + s + "'?")
                .orElse("; the columns are " + String.join(", ", FIELDS))));
      } else {
        column[f] = i;
      }
    }
    for (String required : REQUIRED) {
      if (column[FIELDS.indexOf(required)] < 0) {
        problems.add(new Problem(path, 1, 1, "column '" + required + "': missing"));
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    List<String> row;
    while ((row = rows.next()) != null && problems.size() < MAX_PROBLEMS) {
      int line = rows.line();
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      String[] values = new String[FIELDS.size()];
      for (int f = 0; f < values.length; f++) {
        values[f] = column[f] >= 0 && column[f] < row.size() ? row.get(column[f]) : "";
      }
      List<String> questions = values[7].isBlank() ? List.of()
          : Arrays.stream(QUESTION_LIST.split(values[7])).filter(q -> !q.isEmpty()).toList();
      observation(path, line, 1, values, questions, problems).ifPresent(out::add);
    }
  }

  private void json(String path, String text, List<Problem> problems,
      List<ScoreObservation> out) {
    Object root;
    try {
      root = JsonReader.parse(text);
    } catch (JsonReader.SyntaxError e) {
      problems.add(new Problem(path, e.line, e.column, "observations: " + e.getMessage()));
      return;
    }
    if (root instanceof JsonReader.Obj o && o.fields().get("observations") instanceof List<?> l) {
      root = l;
    }
    if (!(root instanceof List<?> list)) {
      problems.add(new Problem(path, 1, 1, "observations: expected an array of observations, "
          + "or an object with an 'observations' array"));
      return;
    }
    for (Object item : list) {
      if (problems.size() >= MAX_PROBLEMS) {
        return;
      }
      if (!(item instanceof JsonReader.Obj o)) {
        problems.add(new Problem(path, 1, 1, "observation: expected an object"));
        continue;
      }
      String[] values = new String[FIELDS.size()];
      List<String> questions = new ArrayList<>();
      boolean ok = true;
      for (Map.Entry<String, Object> e : o.fields().entrySet()) {
        int f = FIELDS.indexOf(e.getKey());
        Object v = e.getValue();
        if (f < 0) {
          problems.add(new Problem(path, o.line(), o.column(), "key '" + e.getKey()
              + "': unknown" + Suggestions.closest(e.getKey(), FIELDS)
                  .map(s -> "; did you mean '" + s + "'?").orElse("")));
          ok = false;
        } else if (f == 7 && v instanceof List<?> ids) {
          ids.forEach(id -> questions.add(String.valueOf(id)));
        } else if (v instanceof String s) {
          values[f] = s;
        } else if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
          values[f] = String.valueOf(d.longValue());
        } else if (v != JsonReader.NULL) {
          problems.add(new Problem(path, o.line(), o.column(), "'" + e.getKey()
              + "': expected " + (f == 7 ? "a list of question ids" : "text")));
          ok = false;
        }
      }
      if (ok) {
        for (int f = 0; f < values.length; f++) {
          values[f] = values[f] == null ? "" : values[f];
        }
        observation(path, o.line(), o.column(), values, questions, problems).ifPresent(out::add);
      }
    }
  }

  private Optional<ScoreObservation> observation(String path, int line, int column,
      String[] v, List<String> questions, List<Problem> problems) {
    for (String required : REQUIRED) {
      if (v[FIELDS.indexOf(required)].isBlank()) {
        problems.add(new Problem(path, line, column, "'" + required + "': missing"));
        return Optional.empty();
      }
    }
    LocalDate date = dates.get(v[1]);
    try {
      if (date == null) {
        date = LocalDate.parse(v[1].trim());
        dates.put(v[1], date);
      }
    } catch (DateTimeParseException e) {
      problems.add(new Problem(path, line, column, "'date': expected YYYY-MM-DD, got '"
          + v[1] + "'"));
      return Optional.empty();
    }
    int score;
    try {
      score = Integer.parseInt(v[8].trim());
    } catch (NumberFormatException e) {
      score = 0;
    }
    if (score < 1 || score > 4) {
      problems.add(new Problem(path, line, column, "'score': expected 1, 2, 3 or 4, got '"
          + v[8] + "'"));
      return Optional.empty();
    }
    String decision = v[10].trim();
    if (!decision.isEmpty() && !dev.interviewkit.record.Decision.VALUES.contains(decision)) {
      problems.add(new Problem(path, line, column, "'decision': expected "
          + String.join(" or ", dev.interviewkit.record.Decision.VALUES) + " or nothing, got '"
          + v[10] + "'"));
      return Optional.empty();
    }
    return Optional.of(new ScoreObservation(v[0].trim(), date, v[2].trim(), v[3], v[4].trim(),
        v[5].trim(), v[6].trim(), questions, score, v[9].trim(),
        v[10].isBlank() ? Optional.empty() : Optional.of(v[10].trim())));
  }
}
