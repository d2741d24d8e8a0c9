package dev.interviewkit.host;

import dev.interviewkit.api.RenderException;
import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A plugin's renderer as the host uses it: format and file extension asked once, and every
 * {@code render()} run through {@link PluginCalls} into a buffer of its own. A render that throws
 * (other than a {@link RenderException}) or hangs disables the plugin for this run.
 */
final class GuardedRenderer implements Renderer {

  private final String pluginId;
  private final String label;
  private final Renderer delegate;
  private final String format;
  private final String extension;
  private final PluginCalls calls;
  private final Faults faults;

  /**
   * @param label the plugin as messages name it, e.g. {@code plugin odt (odt.jar)}
   */
  GuardedRenderer(String pluginId, String label, Renderer delegate, String format,
      String extension, PluginCalls calls, Faults faults) {
    this.pluginId = pluginId;
    this.label = label;
    this.delegate = delegate;
    this.format = format;
    this.extension = extension;
    this.calls = calls;
    this.faults = faults;
  }

  String pluginId() {
    return pluginId;
  }

  /** The extension class, for messages. */
  String className() {
    return delegate.getClass().getName();
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public String fileExtension() {
    return extension;
  }

  @Override
  public void render(Document document, OutputStream out) throws IOException {
    faults.of(pluginId).ifPresent(fault -> {
      throw unavailable(fault);
    });
    byte[] bytes;
    try {
      bytes = calls.call("render()", () -> {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        delegate.render(document, buffer);
        return buffer.toByteArray();
      });
    } catch (PluginFault f) {
      if (f.getCause() instanceof RenderException refused) {
        throw new RenderException(label + ": " + PluginFault.oneLine(
            String.valueOf(refused.getMessage())));
      }
      faults.add(pluginId, f.getMessage());
      // Documents render in parallel: whichever fails first, each says the same.
      throw unavailable(faults.of(pluginId).orElse(f.getMessage()));
    }
    out.write(bytes);
  }

  private KitException unavailable(String fault) {
    return new KitException(ExitCode.PLUGIN, "format '" + format + "' is unavailable: " + label
        + " is disabled for this run: " + fault);
  }
}
