package dev.interviewkit.bank;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * What every loader promises for any input: it finishes within {@link #TIME_BOUND}, and either
 * returns a result or throws {@link InvalidInputException} with at least one problem, each
 * printed on one line. Any other exception or error fails the test.
 */
public final class LoaderContract {

  /** Longest one input may take, generous for a slow shared CI machine. */
  public static final Duration TIME_BOUND = Duration.ofSeconds(2);

  private LoaderContract() {}

  /**
   * Runs {@code load}, a loader given one generated input.
   *
   * @return the result, or empty when the input was refused with problems
   */
  public static <T> java.util.Optional<T> check(ThrowingSupplier<T> load) {
    return assertTimeoutPreemptively(TIME_BOUND, () -> {
      try {
        return java.util.Optional.of(load.get());
      } catch (InvalidInputException e) {
        assertOneLineEach(e.problems());
        return java.util.Optional.<T>empty();
      } catch (RuntimeException e) {
        throw new AssertionError("loader threw " + e + " instead of InvalidInputException", e);
      }
    });
  }

  /** At least one problem, each with a message and no line break in its printed form. */
  public static void assertOneLineEach(List<Problem> problems) {
    assertFalse(problems.isEmpty(), "refused without naming a problem");
    for (Problem p : problems) {
      String line = p.toString();
      assertFalse(p.message().isBlank(), "blank message: " + line);
      assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "message spans lines: " + line);
    }
  }
}
