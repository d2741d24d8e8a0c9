package dev.interviewkit.debrief;

import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.render.UntrustedFile;
import dev.interviewkit.render.docx.DocxForms;
import dev.interviewkit.render.pdf.PdfForms;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one file given to {@code debrief}: a scorecard, a loop overview, or a refusal. */
public final class ScorecardReader {

  static final Set<String> SCORES = Set.of("1", "2", "3", "4", "na");
  private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

  private ScorecardReader() {}

  /**
   * What one file turned out to be.
   *
   * @param hash SHA-256 of its bytes, or "" when it could not be read
   * @param card the scorecard, when it is one and has no problem
   * @param overview the loop it describes, when it is a loop overview
   * @param problems why it is refused, each one line; empty for a usable file
   */
  public record Read(Path file, String hash, Optional<Scorecard> card,
      Optional<LoopIdentity> overview, Optional<LoopIdentity> loop, List<String> problems) {

    public Read {
      problems = List.copyOf(problems);
    }

    static Read refused(Path file, String hash, Optional<LoopIdentity> loop, List<String> why) {
      return new Read(file, hash, Optional.empty(), Optional.empty(), loop, why);
    }
  }

  /** Standard input's kind, by its first bytes: a PDF, or a zip (a .docx), else nothing. */
  private static String sniff(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D'
        && bytes[3] == 'F' ? ".pdf" : bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K'
        ? ".docx" : "";
  }

  public static Read read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = UntrustedFile.read(file);
    } catch (IOException e) {
      return Read.refused(file, "", Optional.empty(), List.of(reason(name, e)));
    }
    String hash = sha256(bytes);
    String lower = dev.interviewkit.bank.StandardInput.is(file) ? sniff(bytes)
        : file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    Map<String, String> fields;
    Map<String, String> props;
    try {
      if (lower.endsWith(".pdf")) {
        PdfForms.FilledForm form = UntrustedFile.parse(name, () -> PdfForms.read(name, bytes));
        fields = form.fields();
        props = form.properties();
      } else if (lower.endsWith(".docx")) {
        var form = UntrustedFile.parse(name, () -> DocxForms.read(name, bytes));
        fields = form.fields();
        props = form.properties();
      } else {
        return Read.refused(file, hash, Optional.empty(),
            List.of("is not a scorecard: only .pdf and .docx files are read"));
      }
    } catch (IOException e) {
      return Read.refused(file, hash, Optional.empty(), List.of(reason(name, e)));
    }
    String kind = props.getOrDefault(LoopDocuments.KEY_KIND, "");
    List<String> problems = new ArrayList<>();
    Optional<LoopIdentity> loop = identity(props, problems);
    if (kind.equals("overview")) {
      return problems.isEmpty() ? new Read(file, hash, Optional.empty(), loop, loop, List.of())
          : Read.refused(file, hash, loop, problems);
    }
    if (!kind.equals("scorecard")) {
      return Read.refused(file, hash, loop, List.of(kind.isEmpty()
          ? "is not an interview-kit scorecard (its metadata names no loop)"
          : "is not a scorecard but a " + UntrustedFile.oneLine(kind) + " document"));
    }
    String round = props.getOrDefault(LoopDocuments.KEY_ROUND, "");
    if (!round.matches(SLUG)) {
      problems.add("its metadata names no valid round ('" + UntrustedFile.oneLine(round) + "')");
    }
    List<String> competencies = Arrays.stream(props.getOrDefault(
        LoopDocuments.KEY_COMPETENCIES, "").split(",", -1)).filter(s -> !s.isEmpty()).toList();
    if (competencies.isEmpty() || !competencies.stream().allMatch(c -> c.matches(SLUG))) {
      problems.add("its metadata lists no valid competencies");
    }
    if (!problems.isEmpty()) {
      return Read.refused(file, hash, loop, problems);
    }
    Fields f = new Fields(fields, problems);
    Map<String, String> scores = new LinkedHashMap<>();
    Map<String, String> evidence = new LinkedHashMap<>();
    Map<String, String> raise = new LinkedHashMap<>();
    for (String c : competencies) {
      scores.put(c, f.choice(LoopDocuments.scoreField(round, c), SCORES, "a score"));
      evidence.put(c, f.text(LoopDocuments.evidenceField(round, c)));
      // Scorecards written before the field existed have none: read as empty.
      if (fields.containsKey(LoopDocuments.raiseField(round, c))) {
        raise.put(c, f.text(LoopDocuments.raiseField(round, c)));
      }
    }
    String recommendation = f.choice(LoopDocuments.recommendationField(round),
        Set.copyOf(Debrief.RECOMMENDATIONS), "a recommendation");
    String interviewer = f.text(LoopDocuments.interviewerField(round));
    String takeaways = f.text(LoopDocuments.takeawaysField(round));
    if (!problems.isEmpty()) {
      return Read.refused(file, hash, loop, problems);
    }
    LoopIdentity id = loop.orElseThrow();
    return new Read(file, hash, Optional.of(new Scorecard(name, id.candidate(), id.role(), round,
        id.id(), String.valueOf(id.seed()), id.date().toString(), competencies, scores, evidence,
        recommendation, interviewer, takeaways, raise)), Optional.empty(), loop, List.of());
  }

  /** The loop a document's metadata names, if its id matches what it says; else problems. */
  private static Optional<LoopIdentity> identity(Map<String, String> props, List<String> out) {
    String candidate = props.getOrDefault(LoopDocuments.KEY_CANDIDATE, "");
    String role = props.getOrDefault(LoopDocuments.KEY_ROLE, "");
    String id = props.getOrDefault(LoopDocuments.KEY_LOOP, "");
    LocalDate date;
    long seed;
    try {
      date = LocalDate.parse(props.getOrDefault(LoopDocuments.KEY_DATE, ""));
      seed = Long.parseLong(props.getOrDefault(LoopDocuments.KEY_SEED, ""));
    } catch (DateTimeParseException | NumberFormatException e) {
      out.add("its loop metadata is not valid: the date must be YYYY-MM-DD and the seed a number"
          + " (date '" + UntrustedFile.oneLine(props.getOrDefault(LoopDocuments.KEY_DATE, ""))
          + "')");
      return Optional.empty();
    }
    if (candidate.isBlank() || !role.matches(SLUG)) {
      out.add("its loop metadata names no candidate or no valid role");
      return Optional.empty();
    }
    if (!id.equals(LoopIdentity.idOf(candidate, role, date, seed))) {
      out.add("its loop metadata was changed: the loop id '" + UntrustedFile.oneLine(id)
          + "' does not match its candidate, role, date and seed");
      return Optional.empty();
    }
    return Optional.of(new LoopIdentity(id, candidate, role, date, seed));
  }

  /** Reads fields by name, recording each missing or invalid one. */
  private record Fields(Map<String, String> fields, List<String> problems) {

    String text(String name) {
      String value = fields.get(name);
      if (value == null) {
        problems.add("field '" + name + "' is missing: the form was changed after it was"
            + " written; fill in a fresh copy");
        return "";
      }
      return wellFormed(value);
    }

    String choice(String name, Set<String> allowed, String what) {
      String value = fields.get(name);
      if (value == null) {
        text(name);
        return "";
      }
      String v = value.strip();
      if (v.isEmpty() || v.equals("Off") || allowed.contains(v)) {
        return v.equals("Off") ? "" : v;
      }
      List<String> ticked = Arrays.stream(v.split(",")).map(String::strip).toList();
      if (ticked.size() > 1 && allowed.containsAll(ticked)) {
        problems.add("field '" + name + "': " + ticked.size() + " choices are ticked ("
            + String.join(", ", ticked) + "); tick exactly one");
      } else {
        problems.add("field '" + name + "': '" + UntrustedFile.oneLine(v) + "' is not " + what
            + " (" + String.join(", ", allowed.stream().sorted(ScorecardReader::scaleOrder)
                .toList()) + ", or blank)");
      }
      return "";
    }
  }

  private static int scaleOrder(String a, String b) {
    List<String> order = new ArrayList<>(List.of("1", "2", "3", "4", "na"));
    order.addAll(Debrief.RECOMMENDATIONS);
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  /** {@code text} with each unpaired UTF-16 surrogate (not a character) replaced by U+FFFD. */
  static String wellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.substring(0, i));
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The exception's message without the file name it starts with. */
  static String reason(String file, IOException e) {
    String m = String.valueOf(e.getMessage());
    if (m.startsWith(file + ": ")) {
      m = m.substring(file.length() + 2);
    } else if (m.startsWith(file + " ")) {
      m = m.substring(file.length() + 1);
    }
    return UntrustedFile.oneLine(m);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
