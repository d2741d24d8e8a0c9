package dev.interviewkit.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginStatusProvider;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;

/**
 * pf4j's manager with our plugins folder, status file location, failure capture, and every
 * plugin's {@code Plugin} class created and started through {@link PluginCalls}.
 */
final class HostPluginManager extends DefaultPluginManager {

  private final Path configDir;
  private final Map<String, String> failures;
  private final PluginCalls calls;

  HostPluginManager(java.util.List<Path> pluginsDirs, Path configDir,
      Map<String, String> failures, PluginCalls calls) {
    super(pluginsDirs);
    this.configDir = configDir;
    this.failures = failures;
    this.calls = calls;
  }

  @Override
  protected PluginFactory createPluginFactory() {
    PluginFactory real = super.createPluginFactory();
    // Called while pf4j builds its fields: the guard reads this.calls only when a plugin starts.
    return wrapper -> new GuardedPlugin(wrapper, real, calls);
  }

  @Override
  protected PluginStatusProvider createPluginStatusProvider() {
    return new PluginStatusProvider() {
      private DefaultPluginStatusProvider delegate;

      private DefaultPluginStatusProvider delegate() {
        if (delegate == null) {
          try {
            Files.createDirectories(configDir);
          } catch (IOException e) {
            throw new PluginRuntimeException(e, "cannot create " + configDir);
          }
          delegate = new DefaultPluginStatusProvider(configDir);
        }
        return delegate;
      }

      @Override
      public boolean isPluginDisabled(String pluginId) {
        return delegate().isPluginDisabled(pluginId);
      }

      @Override
      public void disablePlugin(String pluginId) {
        delegate().disablePlugin(pluginId);
      }

      @Override
      public void enablePlugin(String pluginId) {
        delegate().enablePlugin(pluginId);
      }
    };
  }

  @Override
  protected PluginWrapper loadPluginFromPath(Path pluginPath) {
    try {
      return super.loadPluginFromPath(pluginPath);
    } catch (RuntimeException e) {
      PluginWrapper first = loadedWithSameId(pluginPath);
      failures.put(pluginPath.toString(), "cannot be loaded: " + (first == null
          ? loadProblem(pluginPath, e) : "it has the plugin id '" + first.getPluginId()
              + "' of " + first.getPluginPath() + "; remove one of the two files"));
      throw e;
    }
  }

  /** The plugin already loaded from another file with the id {@code pluginPath} has, if any. */
  private PluginWrapper loadedWithSameId(Path pluginPath) {
    try {
      String id = getPluginDescriptorFinder().find(pluginPath).getPluginId();
      PluginWrapper loaded = id == null ? null : getPlugin(id);
      return loaded != null && !loaded.getPluginPath().equals(pluginPath) ? loaded : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** Says in plain words why pf4j could not load a plugin file. */
  private static String loadProblem(Path pluginPath, RuntimeException e) {
    if (Files.isRegularFile(pluginPath)) {
      try (JarFile jar = new JarFile(pluginPath.toFile())) {
        Manifest manifest = jar.getManifest();
        boolean manifestId = manifest != null
            && manifest.getMainAttributes().getValue("Plugin-Id") != null;
        if (!manifestId && jar.getEntry("plugin.properties") == null) {
          return "it has no plugin descriptor (no Plugin-Id in META-INF/MANIFEST.MF and no "
              + "plugin.properties)";
        }
      } catch (IOException | SecurityException notAJar) {
        return "it is not a readable jar (" + PluginFault.describe(notAJar) + ")";
      }
    }
    return PluginFault.describe(e);
  }

  boolean valid(PluginWrapper w) {
    return isPluginValid(w);
  }
}
