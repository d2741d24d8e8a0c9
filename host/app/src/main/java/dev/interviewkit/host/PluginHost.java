package dev.interviewkit.host;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.RoleKit;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.host.PluginProbe.Blueprint;
import dev.interviewkit.host.PluginProbe.Contribution;
import dev.interviewkit.role.BlueprintParser;
import dev.interviewkit.role.RoleDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * The host's view of pf4j: which plugins are installed, what they contribute, and why any failed.
 * Every call into a plugin is guarded ({@link PluginCalls}); a plugin that fails is disabled for
 * this run and reported in one line, and never stops the other roles.
 */
public final class PluginHost implements AutoCloseable {

  /** The host version plugins are checked against ({@code Plugin-Requires}). */
  public static final String HOST_VERSION = "1.0.0";

  /** The roles shipped with interview-kit; each plugin's id is its role id. */
  public static final Set<String> BUILT_IN_ROLES = Set.of("cto", "director-of-engineering",
      "engineering-manager", "vp-of-engineering");

  /** The extension points a plugin may contribute to, by their interface. */
  static final List<Class<?>> EXTENSION_POINTS = List.of(RoleKit.class, Renderer.class);

  private static final String DISABLED = "disabled for this run: ";

  private final HostPluginManager manager;
  private final Map<String, String> loadFailures = new TreeMap<>();
  private final PluginCalls calls = PluginCalls.fromSystemProperty();
  private final Faults faults = new Faults();
  /** Plugins whose contribution is refused by name (a format conflict); not a fault. */
  private final Map<String, List<String>> refusals = new TreeMap<>();
  private Map<String, Contribution> contributions;
  private volatile Supplier<List<BankSource>> sharedBanks;
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

    /** Its plugin is disabled for this run; {@link #plugins()} names the fault. */
    public boolean disabledForThisRun() {
      return problems.size() == 1 && problems.get(0).message().startsWith(DISABLED);
    }
  }

  /** One row of "installation details". */
  public record PluginInfo(
      String id, String version, String provider, String state, String requires,
      List<String> extensionPoints, String problem, Path path) {}

  private PluginHost(List<Path> pluginsDirs, Path configDir) {
    this.manager = new HostPluginManager(pluginsDirs, configDir, loadFailures, calls);
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
    return new PluginHost(List.of(pluginsDir), configDir);
  }

  /** Loads and starts every plugin of every folder of {@code pluginsDirs}, in that order. */
  public static PluginHost start(List<Path> pluginsDirs, Path configDir) {
    return new PluginHost(pluginsDirs, configDir);
  }

  public Path pluginsDir() {
    return manager.getPluginsRoots().get(0);
  }

  /** Every plugin found, failed ones included, sorted by id. */
  public List<PluginInfo> plugins() {
    renderers();
    List<PluginInfo> rows = new ArrayList<>();
    for (PluginWrapper w : manager.getPlugins()) {
      List<String> points = new ArrayList<>();
      String problem = problemOf(w);
      String state = w.getPluginState().toString();
      if (w.getPluginState() == PluginState.STARTED) {
        for (Class<?> point : EXTENSION_POINTS) {
          if (!manager.getExtensionClasses(point, w.getPluginId()).isEmpty()) {
            points.add(point.getSimpleName());
          }
        }
        Optional<String> fault = faults.of(w.getPluginId());
        if (fault.isPresent()) {
          problem = DISABLED + fault.get();
          state = "FAILED";
        } else if (points.isEmpty()) {
          problem = "contributes no extension: META-INF/extensions.idx is missing or names no "
              + "class that can be loaded";
        } else if (refusals.containsKey(w.getPluginId())) {
          problem = String.join("; ", refusals.get(w.getPluginId()));
        }
      }
      rows.add(new PluginInfo(w.getPluginId(), w.getDescriptor().getVersion(),
          nullToEmpty(w.getDescriptor().getProvider()), state,
          nullToEmpty(w.getDescriptor().getRequires()), points, problem, w.getPluginPath()));
    }
    loadFailures.forEach((path, why) -> rows.add(new PluginInfo(
        fileId(Path.of(path)), "?", "", "UNREADABLE", "", List.of(), why, Path.of(path))));
    rows.sort(Comparator.comparing(PluginInfo::id));
    return rows;
  }

  /** Plugins that cannot be used, each fault as one line naming the plugin and the reason. */
  public List<String> failures() {
    Set<String> lines = new LinkedHashSet<>();
    for (PluginInfo p : plugins()) {
      if (!p.problem().isEmpty()) {
        lines.add(label(p.id(), p.path()) + ": " + p.problem());
      }
    }
    for (InstalledRole role : roles()) {
      PluginWrapper w = manager.getPlugin(role.pluginId());
      String label = label(role.pluginId(), w == null ? null : w.getPluginPath());
      for (Problem pr : role.problems()) {
        boolean own = pr.line() == 0 && pr.path().equals(role.pluginId());
        lines.add(label + ": " + (own ? pr.message() : pr));
      }
    }
    return List.copyOf(lines);
  }

  /** {@code plugin ID (FILE)}, as every message about a plugin starts. */
  private static String label(String pluginId, Path file) {
    return "plugin " + pluginId + (file == null ? "" : " (" + file.getFileName() + ")");
  }

  /** A plugin file's name without {@code .jar} or {@code .zip}: the id it was meant to have. */
  private static String fileId(Path file) {
    String name = file.getFileName().toString();
    return name.replaceFirst("(?i)\\.(jar|zip)$", "");
  }

  private String problemOf(PluginWrapper w) {
    if (w.getPluginState() == PluginState.FAILED) {
      Throwable cause = w.getFailedException();
      return "failed to start: " + (cause == null ? "unknown reason"
          : PluginFault.describe(cause));
    }
    if (w.getPluginState() == PluginState.DISABLED && !manager.valid(w)) {
      return "requires host version " + w.getDescriptor().getRequires() + ", but this host is "
          + HOST_VERSION;
    }
    return "";
  }

  /** What each started plugin contributes, asked once per run; faulty plugins are disabled. */
  private synchronized Map<String, Contribution> contributions() {
    if (contributions == null) {
      PluginProbe probe = new PluginProbe(manager, calls, faults);
      List<PluginWrapper> started = List.copyOf(manager.getStartedPlugins());
      // Plugins are asked in parallel; the map keeps pf4j's order.
      List<Contribution> probed = started.parallelStream()
          .map(w -> probe.probe(w, label(w.getPluginId(), w.getPluginPath()))).toList();
      Map<String, Contribution> byId = new LinkedHashMap<>();
      for (Contribution c : probed) {
        byId.put(c.pluginId(), c);
        if (c.faulty()) {
          faults.add(c.pluginId(), c.fault());
        }
      }
      contributions = byId;
      checkPluginBanks();
    }
    return contributions;
  }

  /**
   * Where the shared banks are read from. With it, the plugins' banks are checked against them
   * when the plugins are first asked, so {@code kit roles} names a plugin whose bank does not
   * validate; without it, that is found when the banks are read ({@link #catalog}).
   */
  public void checkBanksAgainst(Supplier<List<BankSource>> shared) {
    this.sharedBanks = shared;
  }

  private void checkPluginBanks() {
    Supplier<List<BankSource>> shared = sharedBanks;
    List<BankSource> plugins = contributions.values().stream().filter(c -> !c.faulty())
        .flatMap(c -> c.banks().stream()).toList();
    if (shared == null || plugins.isEmpty()) {
      return;
    }
    List<BankSource> all = new ArrayList<>();
    try {
      all.addAll(shared.get());
    } catch (RuntimeException unreadable) {
      return; // the commands that need the banks say why they cannot be read
    }
    all.addAll(plugins);
    settle(all, new ArrayList<>());
  }

  /**
   * Roles of started plugins; a plugin whose role cannot be read, is refused or is disabled for
   * this run carries its problems.
   */
  public List<InstalledRole> roles() {
    List<InstalledRole> all;
    synchronized (this) {
      if (roles == null) {
        List<InstalledRole> read = contributions().values().parallelStream()
            .filter(c -> !c.faulty())
            .flatMap(c -> c.blueprints().stream().map(b -> read(c, b))).toList();
        List<InstalledRole> found = new ArrayList<>(RoleClaims.settle(read));
        contributions().values().stream().filter(Contribution::faulty)
            .flatMap(c -> c.blueprints().stream().map(b -> read(c, b))).forEach(found::add);
        found.sort(Comparator.comparing(InstalledRole::roleId)
            .thenComparing(InstalledRole::pluginId));
        roles = List.copyOf(found);
      }
      all = roles;
    }
    // Faults found later (a bank clash, a render) disable a plugin's roles from then on.
    return all.stream().map(r -> faults.of(r.pluginId()).map(f -> new InstalledRole(r.roleId(),
        r.pluginId(), r.pluginVersion(), Optional.<RoleDefinition>empty(),
        List.of(Problem.inFile(r.pluginId(), DISABLED + f)))).orElse(r)).toList();
  }

  private static InstalledRole read(Contribution c, Blueprint b) {
    try {
      RoleDefinition def = BlueprintParser.parse(b.path(), new ByteArrayInputStream(b.yaml()));
      return new InstalledRole(def.id(), c.pluginId(), c.version(), Optional.of(def), List.of());
    } catch (InvalidInputException e) {
      return new InstalledRole(c.pluginId(), c.pluginId(), c.version(), Optional.empty(),
          e.problems());
    } catch (IOException e) {
      return new InstalledRole(c.pluginId(), c.pluginId(), c.version(), Optional.empty(),
          List.of(Problem.inFile(c.pluginId(), "cannot read " + b.path() + ": "
              + PluginFault.describe(e))));
    }
  }

  /**
   * Banks shipped inside started plugins, read into memory. A plugin disabled because its bank
   * does not validate still lists them, so {@code kit validate} shows every problem.
   */
  public List<BankSource> pluginBanks() {
    return contributions().values().stream().flatMap(c -> c.banks().stream()).toList();
  }

  /**
   * The banks every role plans from: {@code sources} (the shared banks and {@link #pluginBanks()})
   * without those of disabled plugins. A plugin whose bank does not validate against the others
   * (a clash of ids with a shared bank, say) is disabled for this run, and the rest are used.
   *
   * @throws InvalidInputException listing the problems of the shared banks, when they have any
   */
  public BankCatalog catalog(Collection<BankSource> sources) {
    List<Problem> shared = new ArrayList<>();
    BankCatalog catalog = settle(sources, shared);
    if (!shared.isEmpty()) {
      throw new InvalidInputException(shared.stream().sorted().toList());
    }
    return catalog;
  }

  /**
   * Loads {@code sources} without the banks of disabled plugins; a plugin whose bank has problems
   * is disabled and the rest loaded again. Problems of the other (shared) banks go to
   * {@code shared}, and then no plugin is blamed: its bank may only lack what a broken one defines.
   */
  private BankCatalog settle(Collection<BankSource> sources, List<Problem> shared) {
    Map<String, String> owners = new TreeMap<>();
    contributions().values().forEach(c -> c.banks().forEach(b -> owners.put(b.path(),
        c.pluginId())));
    List<BankSource> usable = new ArrayList<>(sources);
    while (true) {
      usable.removeIf(s -> faults.has(owners.get(s.path())));
      List<Problem> problems = new ArrayList<>();
      BankCatalog catalog = BankCatalog.load(usable, problems);
      problems.stream().filter(p -> !owners.containsKey(p.path())).forEach(shared::add);
      if (problems.isEmpty() || !shared.isEmpty()) {
        return catalog;
      }
      Map<String, List<Problem>> byPlugin = new TreeMap<>();
      problems.forEach(p -> byPlugin.computeIfAbsent(owners.get(p.path()),
          k -> new ArrayList<>()).add(p));
      byPlugin.forEach((plugin, list) -> faults.add(plugin, PluginProbe.bankFault(list)));
    }
  }

  /**
   * Renderers by format id: the host's own (PDF, DOCX), then those of plugins that answered. A
   * plugin renderer that would replace a built-in format or clash with another is refused by name
   * ({@link Formats}).
   */
  public synchronized Map<String, Renderer> renderers() {
    if (renderers == null) {
      List<GuardedRenderer> offered = contributions().values().stream()
          .filter(c -> !c.faulty()).flatMap(c -> c.renderers().stream()).toList();
      renderers = Formats.settle(manager, offered, refusals);
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

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Unloads every plugin; {@code stopPlugins()} is avoided (pf4j 3.15.0 bug #656). */
  @Override
  public void close() {
    manager.unloadPlugins();
  }
}
