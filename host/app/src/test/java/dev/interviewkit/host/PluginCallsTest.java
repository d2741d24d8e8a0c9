package dev.interviewkit.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Calls into plugin code: each fault becomes one line naming the call. */
class PluginCallsTest {

  private final PluginCalls calls = new PluginCalls(300);

  @Test
  void answersAreReturned() {
    assertEquals("pdf", calls.call("format()", () -> "pdf"));
  }

  @Test
  void nullIsAFault() {
    PluginFault f = assertThrows(PluginFault.class, () -> calls.call("blueprint()", () -> null));
    assertEquals("blueprint() returned null", f.getMessage());
  }

  @Test
  void anExceptionIsAFaultKeepingItsCauseOnOneLine() {
    PluginFault f = assertThrows(PluginFault.class, () -> calls.call("banks()", () -> {
      throw new IllegalStateException("line one\nline two\u001B[31m");
    }));
    assertEquals("banks() threw IllegalStateException: line one\\nline two\\u001B[31m",
        f.getMessage());
    assertInstanceOf(IllegalStateException.class, f.getCause());
  }

  @Test
  void anErrorIsAFaultToo() {
    PluginFault f = assertThrows(PluginFault.class, () -> calls.call("format()", () -> {
      throw new StackOverflowError();
    }));
    assertEquals("format() threw StackOverflowError", f.getMessage());
  }

  @Test
  void aCallThatNeverReturnsIsAbandonedOnADaemonThread() {
    CountDownLatch never = new CountDownLatch(1);
    Thread[] worker = new Thread[1];
    PluginFault f = assertThrows(PluginFault.class, () -> calls.call("blueprint()", () -> {
      worker[0] = Thread.currentThread();
      never.await();
      return "late";
    }));
    assertEquals("blueprint() did not answer within 300 ms", f.getMessage());
    assertTrue(worker[0] == null || worker[0].isDaemon(), "the worker keeps the JVM alive");
  }

  @Test
  void theLimitReadsAsPeopleSayIt() {
    assertEquals("5 s", new PluginCalls(5000).limit());
    assertEquals("250 ms", new PluginCalls(250).limit());
  }

  @Test
  void longMessagesAreCut() {
    String text = PluginFault.oneLine("x".repeat(1000));
    assertTrue(text.length() <= 203 && text.endsWith("..."), text);
  }
}
