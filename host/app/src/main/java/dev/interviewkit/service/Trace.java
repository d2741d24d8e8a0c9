package dev.interviewkit.service;

/**
 * Start-up spans for performance work: with the environment variable {@code KIT_TRACE} set, each
 * {@link #mark} prints milliseconds since the JVM started (as the JVM counts it) and the thread to standard error.
 * Otherwise it does nothing.
 */
public final class Trace {

  private static final boolean ON = System.getenv("KIT_TRACE") != null;
  private static final long ZERO = ON ? System.nanoTime()
      - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L : 0;

  private Trace() {}

  public static void mark(String what) {
    if (ON) {
      long sinceStart = (System.nanoTime() - ZERO) / 1_000_000L;
      System.err.printf("kit-trace %5d ms [%s] %s%n", sinceStart, Thread.currentThread().getName(),
          what);
    }
  }
}
