package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Organisation;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.output.OutputSet;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes the calibration report; the CLI (and any other front end) calls it. */
public final class CalibrationService {

  /** The stem of every file of the report: calibration.pdf, .docx, .csv and .json. */
  public static final String STEM = "calibration";

  private final Map<String, Renderer> renderers;

  public CalibrationService(Map<String, Renderer> renderers) {
    this.renderers = Map.copyOf(renderers);
  }

  /**
   * What {@code kit calibration} asks for.
   *
   * @param titles competency titles by id, for the documents (an id without one prints as is)
   * @param out the folder under which the report gets a folder of its own
   */
  public record Request(ObservationSource source, ObservationSource.Scope scope,
      Map<String, String> titles, Paper paper, LocalDate date, Path out,
      Organisation organisation) {

    public Request {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(scope, "scope");
      titles = Map.copyOf(titles);
      Objects.requireNonNull(paper, "paper");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(organisation, "organisation");
    }

    /** A request for documents of no particular organisation. */
    public Request(ObservationSource source, ObservationSource.Scope scope,
        Map<String, String> titles, Paper paper, LocalDate date, Path out) {
      this(source, scope, titles, paper, date, out, Organisation.NONE);
    }
  }

  /** The report's files, not yet written, and the figures in them. */
  public record Report(OutputSet output, Calibration calibration) {}

  /** Reads the observations, computes the figures and renders every file in memory. */
  public Report report(Request request) {
    List<ScoreObservation> observations;
    try {
      observations = request.source().observations(request.scope());
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "cannot read " + request.source().describe()
          + ": " + e.getMessage());
    }
    Calibration calibration = Calibration.of(request.scope(), observations);
    return new Report(render(calibration, request), calibration);
  }

  /** Renders the figures of {@code calibration} as the report's four files. */
  public OutputSet render(Calibration calibration, Request request) {
    OutputSet out = new OutputSet(request.out().resolve(folder(request.scope(), request.date())));
    Document plain = CalibrationDocument.of(calibration, request.source().describe(),
        request.titles(), request.paper(), request.date());
    Document document = new Document(plain.info().withOrganisation(request.organisation()),
        plain.blocks());
    for (String format : List.of("pdf", "docx")) {
      Renderer renderer = renderers.get(format);
      if (renderer == null) {
        throw new KitException(ExitCode.UNKNOWN_FORMAT, "no renderer for " + format
            + " is installed");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
      try {
        renderer.render(document, bytes);
      } catch (IOException e) {
        throw new KitException(ExitCode.INTERNAL, "cannot render the calibration report: "
            + e.getMessage());
      }
      out.add(STEM + "." + renderer.fileExtension(), bytes.toByteArray());
    }
    out.add(STEM + ".csv", CalibrationData.csv(calibration).getBytes(StandardCharsets.UTF_8));
    out.add(STEM + ".json", CalibrationData.json(calibration, request.source().describe())
        .getBytes(StandardCharsets.UTF_8));
    return out;
  }

  /** The report's folder: {@code DATE-calibration}, or {@code DATE-calibration-ROLE}. */
  static String folder(ObservationSource.Scope scope, LocalDate date) {
    return date + "-calibration" + scope.role().map(r -> "-" + dev.interviewkit.output.Slug.of(r, "role"))
        .orElse("");
  }
}
