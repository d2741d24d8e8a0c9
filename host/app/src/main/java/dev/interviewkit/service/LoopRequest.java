package dev.interviewkit.service;

import dev.interviewkit.api.doc.Paper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One loop to generate, as the {@code packet} options or a batch row describe it.
 *
 * @param candidate the name, or null to take it from the panel file
 * @param date the loop date, or null for the panel file's date or today
 * @param panel a panel file, or null
 * @param seed a seed, or null for the panel file's seed or the derived default
 * @param avoid earlier overviews or id lists whose questions to avoid
 * @param out the folder the loop's own folder is created in
 */
public record LoopRequest(
    String role,
    String candidate,
    LocalDate date,
    Path panel,
    Outputs outputs,
    List<String> formats,
    Paper paper,
    Long seed,
    List<Path> avoid,
    Path out,
    boolean force) {

  public LoopRequest {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(out, "out");
    formats = List.copyOf(formats);
    avoid = List.copyOf(avoid);
  }
}
