package dev.interviewkit.service;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.config.Dirs;
import dev.interviewkit.config.KitConfig;
import dev.interviewkit.coordinator.CoordinatorKit;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.host.PluginHost.InstalledRole;
import dev.interviewkit.output.OutputSet;
import dev.interviewkit.output.LoopFolder;
import dev.interviewkit.plan.Logistics;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.plan.PanelParser;
import dev.interviewkit.plan.PanelRead;
import dev.interviewkit.plan.Planner;
import dev.interviewkit.record.HiringRecord;
import dev.interviewkit.record.RecordSettings;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.role.RoleDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The core every front end drives: plans a loop from a request, composes its documents, renders
 * them in every format and writes them. The CLI, batch mode and the workbench all call this.
 */
public final class LoopService {

  private final PluginHost host;
  private final Supplier<BankCatalog> catalog;
  private final KitConfig config;
  private final LoopRecording recording;

  /** A service without configuration: Letter, {@code interview-packets}, no organisation. */
  public LoopService(PluginHost host, Supplier<BankCatalog> catalog) {
    this(host, catalog, KitConfig.defaults(Dirs.fromEnvironment()));
  }

  /**
   * Records into the default hiring record ({@link RecordSettings#defaults()}).
   *
   * @param catalog loads the banks; called once per planned loop so bank edits take effect
   * @param config the defaults front ends offer (paper, output folder) and the organisation
   *     every document is printed for
   */
  /** A service of {@code config}, recording where its {@code record:} says. */
  public LoopService(PluginHost host, Supplier<BankCatalog> catalog, KitConfig config) {
    this(host, catalog, config, HiringRecord.open(RecordSettings.of(config.record())));
  }

  /** Records into the hiring record {@code record} names ({@code off}: records nothing). */
  public LoopService(PluginHost host, Supplier<BankCatalog> catalog, RecordSettings record) {
    this(host, catalog, KitConfig.defaults(Dirs.fromEnvironment()), HiringRecord.open(record));
  }

  /** Records into {@code record}, or nothing when it is empty. */
  public LoopService(PluginHost host, Supplier<BankCatalog> catalog,
      Optional<HiringRecord> record) {
    this(host, catalog, KitConfig.defaults(Dirs.fromEnvironment()), record);
  }

  /** A service of {@code config} recording into {@code record}, or nothing when it is empty. */
  public LoopService(PluginHost host, Supplier<BankCatalog> catalog, KitConfig config,
      Optional<HiringRecord> record) {
    this.host = host;
    this.catalog = catalog;
    this.config = java.util.Objects.requireNonNull(config, "config");
    this.recording = new LoopRecording(record.map(HiringRecord::settings)
        .orElse(RecordSettings.of(config.record())), record);
  }

  /** The configuration: {@code config().paper()} and {@code config().out()} are the defaults. */
  public KitConfig config() {
    return config;
  }

  /** The hiring record loops are recorded in, when recording is on. */
  public Optional<HiringRecord> record() {
    return recording.record();
  }

  /** The documents of a planned loop on {@code paper}, for the configured organisation. */
  public LoopDocuments documents(Planned planned, dev.interviewkit.api.doc.Paper paper) {
    return documents(planned, paper, List.of());
  }

  private LoopDocuments documents(Planned planned, dev.interviewkit.api.doc.Paper paper,
      List<String> kitNotes) {
    return new LoopDocuments(planned.loop(), planned.catalog(), paper, config.organisation(),
        kitNotes, planned.earlierLoops());
  }

  /** Plans, renders and writes one loop; returns the paths written. */
  public List<Path> generate(LoopRequest request) {
    Planned planned = plan(request);
    return render(planned, request).write(request.force());
  }

  /**
   * A loop with the banks it was drawn from.
   *
   * @param logistics the panel file's details for the coordinator's kit; empty without a panel
   * @param earlierLoops the candidate's other loops on record whose questions were avoided
   */
  public record Planned(Loop loop, BankCatalog catalog, Optional<Logistics> logistics,
      int earlierLoops) {

    public Planned(Loop loop, BankCatalog catalog) {
      this(loop, catalog, Optional.empty(), 0);
    }

    /** The candidate's email from the panel file, or "". */
    public String email() {
      return logistics.map(Logistics::candidateEmail).orElse("");
    }
  }

  /** Checks the request, reads panel and banks, and draws the questions. */
  public Planned plan(LoopRequest request) {
    return plan(request, readPanel(request));
  }

  /** The panel file {@code request} names, read and checked against its role; empty without. */
  public Optional<Panel> panel(LoopRequest request) {
    return readPanel(request);
  }

  /**
   * Whom and what a loop is for, as the returning-candidate lookup matches it.
   *
   * @param email the candidate's email from the panel file, or ""
   */
  public record Identity(String candidate, String email, String role, LocalDate date) {
    public Identity {
      java.util.Objects.requireNonNull(candidate, "candidate");
      java.util.Objects.requireNonNull(email, "email");
      java.util.Objects.requireNonNull(role, "role");
      java.util.Objects.requireNonNull(date, "date");
    }

    /**
     * Another loop (other role or date) of the same person: the same normalised name, or the
     * same email where both give one. The same rule as the record's (docs/record.md).
     */
    public boolean otherLoopOfSameCandidate(Identity other) {
      boolean same = HiringRecord.loopKey(role, date)
          .equals(HiringRecord.loopKey(other.role, other.date));
      String mail = dev.interviewkit.record.Names.email(email);
      return !same && (dev.interviewkit.record.Names.key(candidate)
          .equals(dev.interviewkit.record.Names.key(other.candidate))
          || !mail.isEmpty() && mail.equals(dev.interviewkit.record.Names.email(other.email)));
    }

    /** This loop's {@link HiringRecord#loopKey}. */
    public String loopKey() {
      return HiringRecord.loopKey(role, date);
    }
  }

  /** The identity of the loop {@code request} plans with {@code panel}; usage errors as plan's. */
  public Identity identity(LoopRequest request, Optional<Panel> panel) {
    return new Identity(candidateName(request, panel), panel.map(Panel::email).orElse(""),
        request.role(), loopDate(request, panel));
  }

  /**
   * Loops of the same candidate planned earlier in one batch, avoided as recorded earlier loops
   * are (when the record is on).
   *
   * @param loopKeys each loop's {@link HiringRecord#loopKey}
   */
  public record Earlier(Set<String> loopKeys, Set<String> questionIds) {
    public static final Earlier NONE = new Earlier(Set.of(), Set.of());

    public Earlier {
      loopKeys = Set.copyOf(loopKeys);
      questionIds = Set.copyOf(questionIds);
    }
  }

  /** {@link #plan(LoopRequest, Optional)} without loops earlier in a batch. */
  public Planned plan(LoopRequest request, Optional<Panel> panel) {
    return plan(request, panel, Earlier.NONE);
  }

  /**
   * Plans with a panel given in memory instead of {@code request.panel()}: the workbench's loop
   * editor. The same panel saved to a file and given as {@code --panel} plans the same loop.
   * {@code batch}: the same candidate's loops planned earlier in one batch.
   */
  public Planned plan(LoopRequest request, Optional<Panel> panel, Earlier batch) {
    Map<String, Renderer> renderers = host.renderers();
    for (String format : request.formats()) {
      if (!renderers.containsKey(format)) {
        throw new KitException(ExitCode.UNKNOWN_FORMAT, "unknown format '" + format
            + "'; available: " + String.join(", ", renderers.keySet()));
      }
    }
    String name = candidateName(request, panel);
    LocalDate day = loopDate(request, panel);
    InstalledRole installed = findRole(request.role());
    RoleDefinition definition = installed.definition().orElseThrow();
    Trace.mark("plugins started, role found");
    BankCatalog banks = catalog.get();
    Trace.mark("banks read");
    findRole(request.role()); // its plugin may have been disabled for a bank that clashes
    List<Problem> problems = BlueprintChecker.check(definition, banks);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    panel.ifPresent(p -> {
      List<Problem> found = dev.interviewkit.plan.PanelCheck.check(definition, banks, p);
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
    });
    Long seed = request.seed() != null ? request.seed() : panel.flatMap(Panel::seed).orElse(null);
    Set<String> avoid;
    try {
      avoid = AvoidList.read(request.avoid(), banks);
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "cannot read an --avoid file: " + e.getMessage());
    }
    String email = panel.map(Panel::email).orElse("");
    LoopRecording.Avoid recorded = recording.avoid(new Identity(name, email, definition.id(),
        day), batch);
    Set<String> asked = avoid;
    avoid = new TreeSet<>(avoid);
    avoid.addAll(recorded.all());
    Loop loop;
    try {
      loop = Planner.plan(definition, banks, new Planner.Request(name, day, seed,
          panel.map(Panel::interviewers).orElse(Map.of()), avoid,
          panel.map(Panel::questions).orElse(Map.of())), installed.pluginId(),
          installed.pluginVersion());
    } catch (dev.interviewkit.plan.CannotPlanException e) {
      throw new KitException(ExitCode.CANNOT_PLAN, e.getMessage());
    }
    if (!recorded.exposed().isEmpty()) {
      // Over-exposed questions are only a preference: reusing one is not reported as avoided.
      Set<String> reported = new TreeSet<>(asked);
      reported.addAll(recorded.earlier());
      loop = new Loop(loop.role(), loop.candidate(), loop.date(), loop.seed(), loop.rounds(),
          loop.bankVersions(), loop.pluginId(), loop.pluginVersion(),
          LoopRecording.keep(loop.avoided(), reported));
    }
    return new Planned(loop, banks, panel.map(Panel::logistics), recorded.earlierLoops());
  }

  /**
   * The render threads, one per core (at most 4), shared by every loop of the JVM: a batch renders
   * loops one after another, or two at once, without starting threads for each.
   */
  private static final class RenderThreads {
    static final ExecutorService POOL = Executors.newFixedThreadPool(
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
          Thread t = new Thread(r, "render");
          t.setDaemon(true);
          return t;
        });
  }

  /** Composes and renders every document of a planned loop, in memory, in parallel. */
  public OutputSet render(Planned planned, LoopRequest request) {
    Loop loop = planned.loop();
    Map<String, Renderer> renderers = host.renderers();
    OutputSet output = new OutputSet(request.out(), folderOf(loop));
    Optional<CoordinatorKit> kit = planned.logistics()
        .filter(l -> request.outputs() == Outputs.PACKET)
        .map(l -> new CoordinatorKit(loop, planned.catalog(), l, request.paper(),
            output.folder(), request.formats().contains("pdf") ? "pdf"
                : renderers.get(request.formats().get(0)).fileExtension(),
            config.organisation()));
    LoopDocuments docs = documents(planned, request.paper(),
        kit.map(CoordinatorKit::notes).orElse(List.of()));
    Map<String, Document> documents = new LinkedHashMap<>(request.outputs().documents(loop, docs));
    kit.ifPresent(k -> documents.putAll(k.documents()));
    output.formats(renderers.values().stream().map(Renderer::fileExtension)
        .collect(java.util.stream.Collectors.toSet()));
    Map<String, Future<byte[]>> jobs = new LinkedHashMap<>();
    ExecutorService pool = RenderThreads.POOL;
    try {
      for (Map.Entry<String, Document> e : documents.entrySet()) {
        for (String format : request.formats()) {
          Renderer renderer = renderers.get(format);
          jobs.put(e.getKey() + "." + renderer.fileExtension(), pool.submit(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            renderer.render(e.getValue(), bytes);
            Trace.mark("rendered " + e.getKey() + "." + renderer.fileExtension());
            return bytes.toByteArray();
          }));
        }
      }
      for (Map.Entry<String, Future<byte[]>> job : jobs.entrySet()) {
        output.add(job.getKey(), job.getValue().get());
      }
      if (kit.isPresent()) {
        kit.get().files(output.files()).forEach(output::add);
      }
      Trace.mark("all rendered");
      recording.onWritten(output, loop, planned.email());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("rendering was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(cause);
    } finally {
      // On failure the documents not yet rendered are not needed; on success this does nothing.
      jobs.values().forEach(job -> job.cancel(true));
    }
    return output;
  }

  /** The loop's folder name under {@code --out}. */
  public static LoopFolder folderOf(Loop loop) {
    return new LoopFolder(loop.role().id(), loop.date(), loop.candidate());
  }

  private Optional<Panel> readPanel(LoopRequest request) {
    return new PanelFiles(this, catalog).read(request);
  }

  /**
   * Every problem of a panel file for {@code role} in one list, sorted: the file's own and, when
   * the role and its banks load cleanly, what the role says of the rest
   * ({@link dev.interviewkit.plan.PanelCheck}). A role or bank that does not load is reported on
   * its own once the file is clean. {@code role} null: the file's own problems only.
   */
  public List<Problem> panelProblems(PanelRead read, String role) {
    return new PanelFiles(this, catalog).problems(read, role);
  }

  private static String candidateName(LoopRequest request, Optional<Panel> panel) {
    String given = request.candidate();
    if (given != null && panel.isPresent() && !given.equals(panel.get().candidate())) {
      throw new KitException(ExitCode.USAGE, "--candidate '" + given + "' differs from '"
          + panel.get().candidate() + "' in " + panel.get().path() + "; give one of them");
    }
    String name = given != null ? given : panel.map(Panel::candidate).orElse(null);
    if (name == null || name.isBlank()) {
      throw new KitException(ExitCode.USAGE, "name the candidate with --candidate NAME or in a "
          + "--panel file");
    }
    String tooLong = PanelParser.tooLong("the candidate's name", name);
    if (tooLong != null) {
      throw new KitException(ExitCode.USAGE, tooLong);
    }
    return name;
  }

  private static LocalDate loopDate(LoopRequest request, Optional<Panel> panel) {
    if (request.date() != null) {
      panel.flatMap(Panel::date).filter(d -> !d.equals(request.date())).ifPresent(d -> {
        throw new KitException(ExitCode.USAGE, "--date " + request.date() + " differs from " + d
            + " in " + panel.get().path() + "; give one of them");
      });
      return request.date();
    }
    return panel.flatMap(Panel::date).orElse(LocalDate.now());
  }

  /** The installed role, or an error naming the installed ones or the plugin's fault. */
  public InstalledRole findRole(String role) {
    List<String> ids = new ArrayList<>();
    for (InstalledRole r : host.roles()) {
      if (r.definition().isPresent()) {
        if (r.definition().get().id().equals(role)) {
          return r;
        }
        ids.add(r.definition().get().id());
      }
    }
    for (InstalledRole r : host.roles()) {
      if (r.definition().isEmpty() && (r.roleId().equals(role) || r.pluginId().equals(role))) {
        if (r.problems().size() > 1 || r.problems().get(0).line() > 0) {
          throw new InvalidInputException(r.problems());
        }
        throw new KitException(ExitCode.PLUGIN, "role '" + role + "' is unavailable: plugin "
            + r.pluginId() + " " + r.problems().get(0).message());
      }
    }
    for (PluginHost.PluginInfo p : host.plugins()) {
      if (p.id().equals(role) && !p.problem().isEmpty()) {
        throw new KitException(ExitCode.PLUGIN, "role '" + role + "' is unavailable: plugin "
            + p.id() + " " + p.problem());
      }
    }
    for (PluginHost.PluginInfo p : host.plugins()) {
      if (p.id().equals(role) && p.state().equals("DISABLED")) {
        throw new KitException(ExitCode.PLUGIN, "role '" + role + "' is disabled; enable it "
            + "with 'kit plugins enable " + p.id() + "'");
      }
    }
    Set<String> sorted = new TreeSet<>(ids);
    throw new KitException(ExitCode.UNKNOWN_ROLE, "unknown role '"
        + dev.interviewkit.output.Terminal.shorten(role) + "'; installed roles: "
        + (sorted.isEmpty() ? "none" : String.join(", ", sorted)));
  }
}
