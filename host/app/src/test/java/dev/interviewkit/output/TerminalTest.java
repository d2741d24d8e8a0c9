package dev.interviewkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Control characters never reach the terminal raw. */
class TerminalTest {

  @Test
  void controlCharactersAreShownEscaped() {
    assertEquals("a\\u001B]0;title\\u0007b", Terminal.oneLine("a\u001B]0;title\u0007b"));
    assertEquals("x\\ny\\rz\\tw", Terminal.oneLine("x\ny\rz\tw"));
    assertEquals("x\ny\\rz\tw", Terminal.escape("x\ny\rz\tw"));
    assertEquals("\\u009B\\u007F\\u202E\\u2066\\u2028", Terminal.oneLine("\u009B\u007F\u202E\u2066\u2028"));
    assertEquals("Zoë 王伟 محمد", Terminal.oneLine("Zoë 王伟 محمد"));
  }

  @Test
  void shortenCutsLongValues() {
    assertEquals("x".repeat(60) + "...", Terminal.shorten("x".repeat(3_000_000)));
  }
}
