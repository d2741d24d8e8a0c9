package dev.interviewkit.cli;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.host.PluginHost.InstalledRole;
import dev.interviewkit.output.OutputSet;
import dev.interviewkit.output.Slug;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.plan.PanelParser;
import dev.interviewkit.plan.Planner;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.role.RoleDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options and flow shared by {@code packet} and {@code scorecards}. */
abstract class LoopCommand implements Callable<Integer> {

  final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Option(names = "--role", required = true, paramLabel = "ID", description = "Role id; see 'kit roles'.")
  String role;

  @Option(names = "--candidate", paramLabel = "NAME",
      description = "The candidate's name, printed exactly as given (or from --panel).")
  String candidate;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Loop date (default: today).")
  String date;

  @Option(names = "--panel", paramLabel = "FILE",
      description = "Panel YAML: candidate, date and each round's interviewer.")
  Path panel;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Output formats, comma-separated (default: pdf,docx).")
  List<String> formats = new ArrayList<>(List.of("pdf", "docx"));

  @Option(names = "--paper", paramLabel = "letter|a4", description = "Paper size (default: letter).")
  Paper paper = Paper.LETTER;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed for drawing questions; the same seed draws the same questions.")
  Long seed;

  @Option(names = "--avoid", arity = "1..*", paramLabel = "FILE",
      description = "Earlier overviews or id lists whose questions to avoid where the bank allows.")
  List<Path> avoid = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: ./interview-packets).")
  Path out = Path.of("interview-packets");

  @Option(names = "--force", description = "Replace files from an earlier run of the same loop.")
  boolean force;

  LoopCommand(Context context) {
    this.context = context;
  }

  /** Adds this command's documents to {@code files}, by file-name stem. */
  abstract void documents(Loop loop, LoopDocuments docs, Map<String, Document> files);

  @Override
  public Integer call() throws IOException {
    PluginHost host = context.host(options);
    Map<String, Renderer> renderers = host.renderers();
    for (String format : formats) {
      if (!renderers.containsKey(format)) {
        throw new KitException(ExitCode.UNKNOWN_FORMAT, "unknown format '" + format
            + "'; available: " + String.join(", ", renderers.keySet()));
      }
    }
    Optional<Panel> panelFile = readPanel();
    String name = candidateName(panelFile);
    LocalDate day = loopDate(panelFile);
    InstalledRole installed = findRole(host);
    RoleDefinition definition = installed.definition().orElseThrow();
    BankCatalog catalog = context.catalog(options);
    List<Problem> problems = BlueprintChecker.check(definition, catalog);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    panelFile.ifPresent(p -> {
      List<String> rounds = definition.rounds().stream().map(r -> r.id()).toList();
      List<Problem> unknown = p.interviewers().keySet().stream().sorted()
          .filter(r -> !rounds.contains(r))
          .map(r -> Problem.inFile(p.path(), "round '" + r + "' is not a round of role '"
              + definition.id() + "'; its rounds are " + String.join(", ", rounds)))
          .toList();
      if (!unknown.isEmpty()) {
        throw new InvalidInputException(unknown);
      }
    });
    Long chosenSeed = seed != null ? seed : panelFile.flatMap(Panel::seed).orElse(null);
    Set<String> avoidIds = AvoidList.read(avoid, catalog);
    Loop loop = Planner.plan(definition, catalog, new Planner.Request(name, day, chosenSeed,
        panelFile.map(Panel::interviewers).orElse(Map.of()), avoidIds), installed.pluginId(),
        installed.pluginVersion());
    LoopDocuments docs = new LoopDocuments(loop, catalog, paper);
    Map<String, Document> documents = new LinkedHashMap<>();
    documents(loop, docs, documents);
    OutputSet output = new OutputSet(out.resolve(day + "-" + Slug.of(name, "candidate") + "-"
        + definition.id()));
    for (Map.Entry<String, Document> e : documents.entrySet()) {
      for (String format : formats) {
        Renderer renderer = renderers.get(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.render(e.getValue(), bytes);
        output.add(e.getKey() + "." + renderer.fileExtension(), bytes.toByteArray());
      }
    }
    for (Path written : output.write(force)) {
      context.out.println(written);
    }
    return ExitCode.OK;
  }

  private Optional<Panel> readPanel() throws IOException {
    if (panel == null) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(panel)) {
      Panel read = PanelParser.parse(panel.toString(), in);
      read.role().filter(r -> !r.equals(role)).ifPresent(r -> {
        throw new InvalidInputException(List.of(Problem.inFile(panel.toString(),
            "panel is for role '" + r + "' but --role is '" + role + "'")));
      });
      return Optional.of(read);
    } catch (NoSuchFileException e) {
      throw new KitException(ExitCode.BAD_INPUT, "panel file " + panel + " does not exist");
    }
  }

  private String candidateName(Optional<Panel> panelFile) {
    if (candidate != null && panelFile.isPresent()
        && !candidate.equals(panelFile.get().candidate())) {
      throw new KitException(ExitCode.USAGE, "--candidate '" + candidate + "' differs from '"
          + panelFile.get().candidate() + "' in " + panel + "; give one of them");
    }
    String name = candidate != null ? candidate : panelFile.map(Panel::candidate).orElse(null);
    if (name == null || name.isBlank()) {
      throw new KitException(ExitCode.USAGE, "name the candidate with --candidate NAME or in a "
          + "--panel file");
    }
    return name;
  }

  private LocalDate loopDate(Optional<Panel> panelFile) {
    if (date != null) {
      try {
        LocalDate parsed = LocalDate.parse(date);
        panelFile.flatMap(Panel::date).filter(d -> !d.equals(parsed)).ifPresent(d -> {
          throw new KitException(ExitCode.USAGE, "--date " + date + " differs from " + d
              + " in " + panel + "; give one of them");
        });
        return parsed;
      } catch (DateTimeParseException e) {
        throw new KitException(ExitCode.USAGE, "--date must be YYYY-MM-DD, got '" + date + "'");
      }
    }
    return panelFile.flatMap(Panel::date).orElse(LocalDate.now());
  }

  private InstalledRole findRole(PluginHost host) {
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
      if (r.definition().isEmpty() && r.pluginId().equals(role)) {
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
    Set<String> sorted = new java.util.TreeSet<>(ids);
    throw new KitException(ExitCode.UNKNOWN_ROLE, "unknown role '" + role + "'; installed roles: "
        + (sorted.isEmpty() ? "none" : String.join(", ", sorted)));
  }

}
