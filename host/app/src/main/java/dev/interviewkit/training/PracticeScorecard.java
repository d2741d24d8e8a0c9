package dev.interviewkit.training;

import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.render.UntrustedFile;
import dev.interviewkit.render.docx.DocxForms;
import dev.interviewkit.render.pdf.PdfForms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One filled practice scorecard read back from a PDF or Word file.
 *
 * @param score {@code 1}..{@code 4}, {@code na} or empty when nothing was ticked
 */
public record PracticeScorecard(String file, String pack, String transcript, String competency,
    String trainee, String score, String evidence, String raise) {

  public PracticeScorecard {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(transcript, "transcript");
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(trainee, "trainee");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(raise, "raise");
  }

  /** Whether a score of 1..4 was given (not "not assessed", not blank). */
  public boolean scored() {
    return score.matches("[1-4]");
  }

  public int points() {
    return Integer.parseInt(score);
  }

  /**
   * Reads {@code file}.
   *
   * @throws IOException when it is not a readable practice scorecard; the message says why
   */
  public static PracticeScorecard read(Path file) throws IOException {
    String name = file.toString();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".pdf") && !lower.endsWith(".docx")) {
      throw new IOException("not a PDF or Word file");
    }
    // Read as the debrief reads a returned scorecard: size-capped, parsed on a bounded thread.
    byte[] bytes = UntrustedFile.read(file);
    Map<String, String> fields;
    Map<String, String> props;
    if (lower.endsWith(".pdf")) {
      PdfForms.FilledForm form = UntrustedFile.parse(name, () -> PdfForms.read(name, bytes));
      fields = form.fields();
      props = form.properties();
    } else {
      var form = UntrustedFile.parse(name, () -> DocxForms.read(name, bytes));
      fields = form.fields();
      props = form.properties();
    }
    if (!PackDocuments.KIND_SCORECARD.equals(props.get(LoopDocuments.KEY_KIND))) {
      throw new IOException("not a practice scorecard of 'kit training'");
    }
    String transcript = props.getOrDefault(PackDocuments.KEY_TRANSCRIPT, "");
    String competency = props.getOrDefault(LoopDocuments.KEY_COMPETENCIES, "");
    Map<String, String> f = fields;
    return new PracticeScorecard(file.toString(), props.getOrDefault(PackDocuments.KEY_PACK, ""),
        transcript, competency,
        value(f, LoopDocuments.interviewerField(transcript)),
        value(f, LoopDocuments.scoreField(transcript, competency)),
        value(f, LoopDocuments.evidenceField(transcript, competency)),
        value(f, LoopDocuments.raiseField(transcript, competency)));
  }

  private static String value(Map<String, String> fields, String name) {
    String v = fields.get(name);
    return v == null || v.equals("Off") ? "" : v.strip();
  }
}
