package dev.interviewkit.host;

import dev.interviewkit.api.KitResource;
import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.RoleKit;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.role.BlueprintParser;
import dev.interviewkit.role.RoleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultPluginStatusProvider;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;

/**
 * The host's view of pf4j: which plugins are installed, what they contribute, and why any failed.
 * A failing plugin is recorded and reported; it never stops the other roles.
 */
public final class PluginHost implements AutoCloseable {

  /** The host version plugins are checked against ({@code Plugin-Requires}). */
  public static final String HOST_VERSION = "1.0.0";

  /** The extension points a plugin may contribute to, by their interface. */
  static final List<Class<?>> EXTENSION_POINTS = List.of(RoleKit.class, Renderer.class);

  private final Manager manager;
  private final Map<String, String> loadFailures = new TreeMap<>();
  private List<InstalledRole> roles;
  private Map<String, Renderer> renderers;

  /**
   * A role contributed by a plugin, or the reason it cannot be used.
   *
   * @param roleId the role id of the blueprint, or the plugin id when the blueprint is unreadable
   */
  public record InstalledRole(
      String roleId, String pluginId, String pluginVersion, Optional<RoleDefinition> definition,
      List<Problem> problems) {

    public InstalledRole {
      problems = List.copyOf(problems);
    }
  }

  /** One row of "installation details". */
  public record PluginInfo(
      String id, String version, String provider, String state, String requires,
      List<String> extensionPoints, String problem, Path path) {}

  private PluginHost(Path pluginsDir, Path configDir) {
    this.manager = new Manager(pluginsDir, configDir, loadFailures);
    manager.setSystemVersion(HOST_VERSION);
    manager.loadPlugins();
    manager.startPlugins();
  }

  /**
   * Loads and starts every plugin in {@code pluginsDir}.
   *
   * @param configDir where enabled/disabled choices are remembered
   */
  public static PluginHost start(Path pluginsDir, Path configDir) {
    return new PluginHost(pluginsDir, configDir);
  }

  public Path pluginsDir() {
    return manager.getPluginsRoots().get(0);
  }

  /** Every plugin found, failed ones included, sorted by id. */
  public List<PluginInfo> plugins() {
    List<PluginInfo> rows = new ArrayList<>();
    for (PluginWrapper w : manager.getPlugins()) {
      List<String> points = new ArrayList<>();
      String problem = problemOf(w);
      if (w.getPluginState() == PluginState.STARTED) {
        for (Class<?> point : EXTENSION_POINTS) {
          if (!manager.getExtensionClasses(point, w.getPluginId()).isEmpty()) {
            points.add(point.getSimpleName());
          }
        }
        if (points.isEmpty()) {
          problem = "contributes no extension: META-INF/extensions.idx is missing or names no "
              + "class that can be loaded";
        }
      }
      rows.add(new PluginInfo(w.getPluginId(), w.getDescriptor().getVersion(),
          nullToEmpty(w.getDescriptor().getProvider()), w.getPluginState().toString(),
          nullToEmpty(w.getDescriptor().getRequires()), points, problem,
          w.getPluginPath()));
    }
    loadFailures.forEach((path, why) -> rows.add(new PluginInfo(
        fileId(Path.of(path)), "?", "", "UNREADABLE", "", List.of(), why, Path.of(path))));
    rows.sort(Comparator.comparing(PluginInfo::id));
    return rows;
  }

  /** Plugins that cannot be used, each as one line naming the plugin and the reason. */
  public List<String> failures() {
    List<String> lines = new ArrayList<>();
    for (PluginInfo p : plugins()) {
      if (!p.problem().isEmpty()) {
        lines.add("plugin " + p.id() + " (" + p.path().getFileName() + "): " + p.problem());
      }
    }
    for (InstalledRole role : roles()) {
      PluginWrapper w = manager.getPlugin(role.pluginId());
      String file = w == null ? "" : " (" + w.getPluginPath().getFileName() + ")";
      for (Problem pr : role.problems()) {
        boolean own = pr.line() == 0 && pr.path().equals(role.pluginId());
        lines.add("plugin " + role.pluginId() + file + ": " + (own ? pr.message() : pr));
      }
    }
    return lines;
  }

  /** A plugin file's name without {@code .jar} or {@code .zip}: the id it was meant to have. */
  private static String fileId(Path file) {
    String name = file.getFileName().toString();
    return name.replaceFirst("(?i)\\.(jar|zip)$", "");
  }

  private String problemOf(PluginWrapper w) {
    if (w.getPluginState() == PluginState.FAILED) {
      Throwable cause = w.getFailedException();
      return "failed to start: " + (cause == null ? "unknown reason" : describe(cause));
    }
    if (w.getPluginState() == PluginState.DISABLED && !manager.valid(w)) {
      return "requires host version " + w.getDescriptor().getRequires() + ", but this host is "
          + HOST_VERSION;
    }
    return "";
  }

  /** Roles of started plugins; a plugin whose role cannot be read carries its problems. */
  public synchronized List<InstalledRole> roles() {
    if (roles != null) {
      return roles;
    }
    List<Supplier<InstalledRole>> readers = new ArrayList<>();
    for (PluginWrapper w : manager.getStartedPlugins()) {
      List<RoleKit> kits;
      try {
        kits = manager.getExtensions(RoleKit.class, w.getPluginId());
      } catch (RuntimeException | LinkageError e) {
        InstalledRole failed = failed(w, "cannot create its role kit: " + describe(e));
        readers.add(() -> failed);
        continue;
      }
      for (RoleKit kit : kits) {
        readers.add(() -> read(w, kit));
      }
    }
    // Blueprints are parsed in parallel; the list keeps the plugins' order.
    List<InstalledRole> read = readers.parallelStream().map(Supplier::get).toList();
    Map<String, List<String>> claims = new TreeMap<>();
    for (InstalledRole role : read) {
      if (role.definition().isPresent()) {
        claims.computeIfAbsent(role.roleId(), k -> new ArrayList<>()).add(role.pluginId());
      }
    }
    // A role id claimed twice is refused for every claimant: which one would win depends on the
    // order pf4j finds the jars in, and a plugin must never silently replace another's role.
    List<InstalledRole> found = new ArrayList<>();
    for (InstalledRole role : read) {
      List<String> claimants = role.definition().isPresent() ? claims.get(role.roleId())
          : List.of();
      if (claimants.size() > 1) {
        List<String> others = claimants.stream().filter(c -> !c.equals(role.pluginId()))
            .sorted().toList();
        found.add(new InstalledRole(role.roleId(), role.pluginId(), role.pluginVersion(),
            Optional.empty(), List.of(Problem.inFile(role.pluginId(), "claims role id '"
                + role.roleId() + "', as do" + (others.size() == 1 ? "es plugin " : " plugins ")
                + String.join(", ", others) + "; remove or disable all but one of them"))));
      } else {
        found.add(role);
      }
    }
    found.sort(Comparator.comparing(InstalledRole::roleId)
        .thenComparing(InstalledRole::pluginId));
    roles = List.copyOf(found);
    return roles;
  }

  /** Banks shipped inside started plugins. */
  public List<BankSource> pluginBanks() {
    List<BankSource> sources = new ArrayList<>();
    for (PluginWrapper w : manager.getStartedPlugins()) {
      for (RoleKit kit : safeKits(w)) {
        List<KitResource> banks;
        try {
          banks = kit.banks();
        } catch (RuntimeException e) {
          continue;
        }
        for (KitResource r : banks) {
          sources.add(new BankSource(w.getPluginId() + ".jar!/" + r.name(),
              "plugin " + w.getPluginId(), () -> r.url().openStream()));
        }
      }
    }
    return sources;
  }

  private List<RoleKit> safeKits(PluginWrapper w) {
    try {
      return manager.getExtensions(RoleKit.class, w.getPluginId());
    } catch (RuntimeException | LinkageError e) {
      return List.of();
    }
  }

  /** Renderers contributed by the host and by plugins, by format id. */
  public synchronized Map<String, Renderer> renderers() {
    if (renderers == null) {
      Map<String, Renderer> byFormat = new TreeMap<>();
      for (Renderer r : manager.getExtensions(Renderer.class)) {
        byFormat.putIfAbsent(r.format(), r);
      }
      renderers = java.util.Collections.unmodifiableMap(byFormat);
    }
    return renderers;
  }

  /** Disables a plugin for this and later runs. */
  public boolean disable(String pluginId) {
    return manager.disablePlugin(pluginId);
  }

  /** Enables a plugin for this and later runs. */
  public boolean enable(String pluginId) {
    return manager.enablePlugin(pluginId);
  }

  public boolean hasPlugin(String pluginId) {
    return manager.getPlugin(pluginId) != null;
  }

  private InstalledRole read(PluginWrapper w, RoleKit kit) {
    KitResource blueprint;
    try {
      blueprint = kit.blueprint();
    } catch (RuntimeException | LinkageError e) {
      return failed(w, "its role kit failed: " + describe(e));
    }
    String path = w.getPluginId() + ".jar!/" + blueprint.name();
    try (InputStream in = blueprint.url().openStream()) {
      RoleDefinition def = BlueprintParser.parse(path, in);
      return new InstalledRole(def.id(), w.getPluginId(), w.getDescriptor().getVersion(),
          Optional.of(def), List.of());
    } catch (InvalidInputException e) {
      return new InstalledRole(w.getPluginId(), w.getPluginId(), w.getDescriptor().getVersion(),
          Optional.empty(), e.problems());
    } catch (IOException e) {
      return failed(w, "cannot read " + path + ": " + e.getMessage());
    }
  }

  private static InstalledRole failed(PluginWrapper w, String why) {
    return new InstalledRole(w.getPluginId(), w.getPluginId(), w.getDescriptor().getVersion(),
        Optional.empty(), List.of(Problem.inFile(w.getPluginId(), why)));
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Unloads every plugin; {@code stopPlugins()} is avoided (pf4j 3.15.0 bug #656). */
  @Override
  public void close() {
    manager.unloadPlugins();
  }

  /** pf4j's manager with our plugins folder, status file location and failure capture. */
  private static final class Manager extends DefaultPluginManager {

    private final Path configDir;
    private final Map<String, String> failures;

    Manager(Path pluginsDir, Path configDir, Map<String, String> failures) {
      super(pluginsDir);
      this.configDir = configDir;
      this.failures = failures;
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
        failures.put(pluginPath.toString(), "cannot be loaded: " + loadProblem(pluginPath, e));
        throw e;
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
          return "it is not a readable jar (" + describe(notAJar) + ")";
        }
      }
      return describe(e);
    }

    boolean valid(PluginWrapper w) {
      return isPluginValid(w);
    }
  }
}
