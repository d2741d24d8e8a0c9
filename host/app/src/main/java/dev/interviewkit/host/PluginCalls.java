package dev.interviewkit.host;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each call into plugin code on a worker thread and waits for it at most the time limit: a
 * plugin that throws, returns {@code null} or does not answer becomes a {@link PluginFault}. The
 * workers are daemon threads, so a call that never returns cannot keep the JVM alive.
 */
final class PluginCalls {

  /** System property: the time limit for one call into a plugin, in milliseconds. */
  static final String TIMEOUT_PROPERTY = "interviewkit.plugin.timeout.ms";
  static final long DEFAULT_TIMEOUT_MS = 5_000;

  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "plugin-call");
    t.setDaemon(true);
    return t;
  });

  private final long timeoutMs;

  PluginCalls(long timeoutMs) {
    if (timeoutMs <= 0) {
      throw new IllegalArgumentException("timeout must be positive: " + timeoutMs);
    }
    this.timeoutMs = timeoutMs;
  }

  /** The limit from {@value #TIMEOUT_PROPERTY}, or 5 s when it is unset or not a number. */
  static PluginCalls fromSystemProperty() {
    String value = System.getProperty(TIMEOUT_PROPERTY);
    try {
      long ms = value == null ? DEFAULT_TIMEOUT_MS : Long.parseLong(value.strip());
      return new PluginCalls(ms > 0 ? ms : DEFAULT_TIMEOUT_MS);
    } catch (NumberFormatException e) {
      return new PluginCalls(DEFAULT_TIMEOUT_MS);
    }
  }

  /** The time limit as people read it: {@code 5 s}, {@code 250 ms}. */
  String limit() {
    return timeoutMs % 1000 == 0 ? timeoutMs / 1000 + " s" : timeoutMs + " ms";
  }

  /**
   * Calls {@code call}, described as {@code what} in messages (e.g. {@code blueprint()}).
   *
   * @throws PluginFault when it throws (the cause is kept), returns null or takes too long
   */
  <T> T call(String what, Callable<T> call) {
    Future<T> future = WORKERS.submit(call);
    try {
      T value = future.get(timeoutMs, TimeUnit.MILLISECONDS);
      if (value == null) {
        throw new PluginFault(what + " returned null");
      }
      return value;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new PluginFault(what + " did not answer within " + limit());
    } catch (ExecutionException e) {
      throw new PluginFault(what + " threw " + PluginFault.describe(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new PluginFault(what + " was interrupted");
    }
  }
}
