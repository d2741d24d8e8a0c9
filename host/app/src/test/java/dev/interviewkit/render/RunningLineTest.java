package dev.interviewkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A running header too wide for its page loses words of the name first, then of the round. */
class RunningLineTest {

  private static final RunningLine.Width CHARS = String::length;

  @Test
  void aLineThatFitsIsKept() {
    assertEquals("Jane Doe · CTO · Vision", RunningLine.fit("Jane Doe · CTO · Vision", 40, CHARS));
  }

  @Test
  void theNameIsCutAfterAWholeWordWithAnEllipsis() {
    String line = "Aleksandra Konstantinovna Rimskaya · Director · Delivery and partnership";
    String fitted = RunningLine.fit(line, 60, CHARS);
    assertEquals("Aleksandra… · Director · Delivery and partnership", fitted);
  }

  @Test
  void aRoundTitleTooLongEvenForAOneWordNameIsCutToo() {
    String fitted = RunningLine.fit("Ann Lee · CTO · A very long round title indeed", 25, CHARS);
    assertTrue(fitted.length() <= 25, fitted);
    assertTrue(fitted.startsWith("Ann… · CTO · A very"), fitted);
    assertTrue(fitted.endsWith("…"), fitted);
  }
}
