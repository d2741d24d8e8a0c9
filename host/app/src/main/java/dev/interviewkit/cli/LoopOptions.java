package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that pick a loop: a mixin of {@code packet}, {@code scorecards} and {@code plan}. */
final class LoopOptions {

  @Option(names = "--role", required = true, paramLabel = "ID", description = "Role id; see 'kit roles'.")
  String role;

  @Option(names = "--candidate", paramLabel = "NAME",
      description = "The candidate's name, printed exactly as given (or from --panel).")
  String candidate;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Loop date (default: today).")
  String date;

  @Option(names = "--panel", paramLabel = "FILE",
      description = "Panel YAML: candidate, date, each round's interviewer and any fixed "
          + "questions; '-' reads standard input.")
  Path panel;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed for drawing questions; the same seed draws the same questions.")
  Long seed;

  @Option(names = "--avoid", arity = "1..*", paramLabel = "FILE",
      description = "Earlier overviews or id lists whose questions to avoid where the bank allows.")
  List<Path> avoid = new ArrayList<>();

  /** {@code --date}, or null when not given; exit 2 when it is not YYYY-MM-DD. */
  LocalDate parseDate() {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new KitException(ExitCode.USAGE, "--date must be YYYY-MM-DD, got '" + date + "'");
    }
  }
}
