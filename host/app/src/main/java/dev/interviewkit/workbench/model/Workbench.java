package dev.interviewkit.workbench.model;

import dev.interviewkit.bank.Bank;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.host.PluginHost.InstalledRole;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.service.LoopService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The workbench's view model: what the navigator, problems and plugins views show, and the loop
 * editors. It drives the same core as the CLI ({@link LoopService}, {@link PluginHost}, the bank
 * loader) and holds no widget, so it is tested without a display.
 */
public final class Workbench {

  /** A role in the navigator. */
  public record RoleItem(String id, String title, String pluginId, String pluginVersion,
      String state) {

    public String label() {
      return title + "  · " + pluginId + " " + pluginVersion + " · " + state;
    }
  }

  /** A bank in the navigator, with the number of problems its file has. */
  public record BankItem(String id, String title, String path, String origin, int questions,
      int problems) {

    public String label() {
      return id + "  · " + questions + " questions · " + (problems == 0 ? "no problems"
          : problems + (problems == 1 ? " problem" : " problems"));
    }
  }

  private final PluginHost host;
  private final Supplier<List<BankSource>> sources;
  private final Path banksFolder;
  private final LoopService service;
  private LoopDefaults defaults;

  /**
   * @param sources the bank sources, read again on every call so edits on disk show
   * @param banksFolder the folder the problems view watches
   */
  public Workbench(PluginHost host, Supplier<List<BankSource>> sources, Path banksFolder,
      LoopService service) {
    this.host = host;
    this.sources = sources;
    this.banksFolder = banksFolder;
    this.service = service;
    this.defaults = new LoopDefaults(java.util.Optional.empty(), service.config().paper(),
        service.config().out());
  }

  public PluginHost host() {
    return host;
  }

  public LoopService service() {
    return service;
  }

  public Path banksFolder() {
    return banksFolder;
  }

  /** The installed roles, as {@code kit roles} lists them. */
  public List<RoleItem> roles() {
    List<RoleItem> items = new ArrayList<>();
    for (InstalledRole r : host.roles()) {
      items.add(new RoleItem(r.definition().map(d -> d.id()).orElse(r.pluginId()),
          r.definition().map(d -> d.title()).orElse(r.problems().stream()
              .anyMatch(p -> p.line() > 0) ? "(blueprint invalid)" : "(unavailable)"),
          r.pluginId(),
          r.pluginVersion(), r.definition().isPresent() ? "ready" : "FAILED"));
    }
    return items;
  }

  /** Ids of the roles that can plan a loop. */
  public List<String> readyRoleIds() {
    return roles().stream().filter(r -> r.state().equals("ready")).map(RoleItem::id).toList();
  }

  /** The banks, with their problem counts; a bank that cannot be read shows by its file. */
  public List<BankItem> banks() {
    List<Problem> problems = new ArrayList<>();
    List<BankSource> all = sources.get();
    BankCatalog catalog = BankCatalog.load(all, problems);
    Map<String, Integer> perFile = new TreeMap<>();
    problems.forEach(p -> perFile.merge(p.path(), 1, Integer::sum));
    List<BankItem> items = new ArrayList<>();
    for (BankSource source : all) {
      Bank bank = catalog.banks().stream().filter(b -> b.path().equals(source.path()))
          .findFirst().orElse(null);
      String name = Path.of(source.path()).getFileName().toString().replaceFirst("\\.ya?ml$", "");
      items.add(bank == null
          ? new BankItem(name, "(not loaded)", source.path(), source.origin(), 0,
              perFile.getOrDefault(source.path(), 0))
          : new BankItem(bank.id(), bank.title(), bank.path(), bank.origin(),
              bank.questions().size(), perFile.getOrDefault(source.path(), 0)));
    }
    return items;
  }

  /** Every bank and blueprint problem, as {@code kit validate} reports them, sorted. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BankCatalog.load(sources.get(), problems);
    for (InstalledRole role : host.roles()) {
      if (!role.disabledForThisRun()) {
        problems.addAll(role.problems());
      }
      role.definition().ifPresent(def -> problems.addAll(BlueprintChecker.check(def, catalog)));
    }
    host.plugins().stream().filter(p -> !p.problem().isEmpty())
        .forEach(p -> problems.add(Problem.inFile(p.path().toString(), "plugin " + p.id() + " "
            + p.problem())));
    return problems.stream().sorted().distinct().toList();
  }

  /** Installation details, as {@code kit plugins} lists them. */
  public List<PluginHost.PluginInfo> plugins() {
    return host.plugins();
  }

  /**
   * Enables or disables a plugin; remembered like {@code kit plugins enable|disable}.
   *
   * @return a line for the status bar
   */
  public String setEnabled(String pluginId, boolean enabled) {
    boolean done = enabled ? host.enable(pluginId) : host.disable(pluginId);
    return "plugin " + pluginId + (done ? (enabled ? " enabled" : " disabled")
        + "; the change applies from the next start" : " is unchanged");
  }

  /**
   * Opens the file a problem is in, at its line and column; empty when it is not a YAML file on
   * disk (a bank inside a plugin jar).
   */
  public Optional<BankFile> open(Problem problem) throws java.io.IOException {
    return BankFile.at(this, problem);
  }

  /** A new loop editor; the first ready role is selected. */
  public LoopEditor newLoop() {
    return new LoopEditor(this, defaults);
  }

  /** What new loops start with (the preferences' role, paper and output folder). */
  public void useDefaults(LoopDefaults defaults) {
    this.defaults = java.util.Objects.requireNonNull(defaults);
  }

  /** Calls {@code listener} with the problems whenever a bank file changes on disk. */
  public ProblemWatcher watchProblems(java.util.function.Consumer<List<Problem>> listener) {
    return new ProblemWatcher(banksFolder, this::problems, listener);
  }

  BankCatalog catalog() {
    return host.catalog(sources.get());
  }
}
