package dev.interviewkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interviewkit.service.ExitCode;
import org.junit.jupiter.api.Test;

/** The batch's exit code says whether to fix the rows (3) or only to run again later (13). */
class BatchExitCodeTest {

  @Test
  void everyRowWrittenIsSuccess() {
    assertEquals(ExitCode.OK, BatchCommand.exitCode(0, 0));
  }

  @Test
  void onlyLockedRowsFailedIsLocked() {
    assertEquals(ExitCode.LOCKED, BatchCommand.exitCode(2, 2));
  }

  @Test
  void anyOtherFailureIsBadInputEvenBesideALockedRow() {
    assertEquals(ExitCode.BAD_INPUT, BatchCommand.exitCode(2, 1));
    assertEquals(ExitCode.BAD_INPUT, BatchCommand.exitCode(1, 0));
  }
}
