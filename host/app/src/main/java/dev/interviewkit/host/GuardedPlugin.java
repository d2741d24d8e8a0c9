package dev.interviewkit.host;

import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginWrapper;

/**
 * Stands in for a plugin's {@code Plugin} class: creates it, and calls its {@code start()} and
 * {@code stop()}, through {@link PluginCalls}, so a constructor or start that throws or hangs
 * fails that plugin only (pf4j marks it FAILED) and a hanging stop cannot block the exit.
 */
final class GuardedPlugin extends Plugin {

  private final PluginWrapper wrapper;
  private final PluginFactory real;
  private final PluginCalls calls;
  private Plugin delegate;

  GuardedPlugin(PluginWrapper wrapper, PluginFactory real, PluginCalls calls) {
    this.wrapper = wrapper;
    this.real = real;
    this.calls = calls;
  }

  @Override
  public void start() {
    if (delegate == null) {
      String cls = wrapper.getDescriptor().getPluginClass();
      delegate = calls.call("creating its Plugin class " + cls,
          () -> java.util.Optional.ofNullable(real.create(wrapper)))
          .orElseThrow(() -> new PluginFault("its Plugin class " + cls + " cannot be created: "
              + "it is missing, abstract, not a Plugin, or its constructor threw"));
    }
    Plugin started = delegate;
    calls.call("start()", () -> {
      started.start();
      return Boolean.TRUE;
    });
  }

  @Override
  public void stop() {
    Plugin started = delegate;
    if (started == null) {
      return;
    }
    try {
      calls.call("stop()", () -> {
        started.stop();
        return Boolean.TRUE;
      });
    } catch (PluginFault ignored) {
      // Shutting down: a plugin that cannot stop is left to the JVM's exit.
    }
  }
}
