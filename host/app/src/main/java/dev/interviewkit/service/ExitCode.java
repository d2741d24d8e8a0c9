package dev.interviewkit.service;

/** Exit codes; documented in docs/cli.md. */
public final class ExitCode {

  public static final int OK = 0;
  /** {@code validate} found problems. */
  public static final int PROBLEMS = 1;
  /** Wrong command-line usage: an unknown option, a missing value. */
  public static final int USAGE = 2;
  /** A bank, panel file or role blueprint is invalid; every problem names its line. */
  public static final int BAD_INPUT = 3;
  public static final int UNKNOWN_ROLE = 4;
  public static final int UNKNOWN_FORMAT = 5;
  /** The output folder or a file in it cannot be written, or would be overwritten. */
  public static final int OUTPUT = 6;
  /** The plugin that provides the requested role failed to load. */
  public static final int PLUGIN = 7;
  /** Text contains a character no bundled font can print. */
  public static final int UNPRINTABLE = 8;
  /** Printing failed: no printer, an unknown printer name, or the spooler refused a job. */
  public static final int PRINT = 9;
  /** {@code workbench} was started where no display is available. */
  public static final int NO_DISPLAY = 10;
  /**
   * The loop cannot be planned as a valid structured interview: a competency a round scores that
   * no question left can assess, or questions that cannot fit the time box.
   */
  public static final int CANNOT_PLAN = 11;
  /**
   * {@code debrief}: one or more scorecards were refused (another loop, a duplicate, an invalid
   * or double-ticked score, encrypted, over a limit), or the loop cannot be decided; {@code
   * training score}: a practice scorecard was refused.
   */
  public static final int SCORECARDS_REFUSED = 12;
  /** Another run is writing the same loop folder; nothing was written. */
  public static final int LOCKED = 13;
  /** {@code training}: no question eligible for the role or round has sample answers. */
  public static final int NO_PRACTICE = 14;
  /** The hiring record cannot be opened, migrated or written (docs/record.md). */
  public static final int RECORD = 15;
  /** {@code debrief} refused: rounds of a loop on record have no scorecard (sealed scoring). */
  public static final int ROUNDS_MISSING = 16;
  /** {@code records}, {@code scorecard submit}: no such candidate or loop on record. */
  public static final int NOT_ON_RECORD = 17;
  /** A bug: please report it with the command that caused it. */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
