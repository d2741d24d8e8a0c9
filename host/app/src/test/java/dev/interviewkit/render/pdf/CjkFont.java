package dev.interviewkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** For tests that need a CJK fallback font: skipped without one, failed on CI without one. */
public final class CjkFont {

  private CjkFont() {}

  /** Call from {@code @BeforeAll}. */
  public static void required() {
    boolean found = !PdfFonts.fallbacks().isEmpty();
    assumeTrue(found || "true".equals(System.getenv("CI")),
        "no CJK font on this machine: install fonts-wqy-microhei (.ci/run does) to run this");
    assertTrue(found, "CI has no CJK font: .ci/run should have installed fonts-wqy-microhei");
  }
}
