package dev.interviewkit.cli;

import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.config.KitConfig;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.InputFiles;
import dev.interviewkit.debrief.DebriefData;
import dev.interviewkit.debrief.Debrief;
import dev.interviewkit.debrief.DebriefDocuments;
import dev.interviewkit.debrief.DebriefFolder;
import dev.interviewkit.debrief.DisplayText;
import dev.interviewkit.debrief.FacilitatorPack;
import dev.interviewkit.debrief.LoopCheck;
import dev.interviewkit.debrief.LoopIdentity;
import dev.interviewkit.debrief.Scorecard;
import dev.interviewkit.debrief.ScorecardReader;
import dev.interviewkit.debrief.Seniority;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.output.OutputSet;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.plan.PanelParser;
import dev.interviewkit.render.UntrustedFile;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "debrief", mixinStandardHelpOptions = true,
    description = {"Read the filled scorecards of one loop (PDF forms or Word files) and write a "
        + "debrief summary (PDF and Word) plus the same figures as CSV and JSON.",
        "Prints every path written, then every scorecard that was refused (exit 12) or is "
            + "incomplete. Limits and checks: docs/cli.md and docs/SECURITY.md."})
final class DebriefCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Parameters(paramLabel = "SCORECARD", arity = "1..*",
      description = "Filled scorecards; a loop overview (00-overview.pdf/.docx) may be given too; "
          + "'-' reads one from standard input.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: kit.yaml's out, else ./interview-packets).")
  Path out;

  @Option(names = "--loop", paramLabel = "ID",
      description = "The loop id (16 hex digits) the debrief is of; needed only when the files "
          + "do not settle it.")
  String loop;

  @Option(names = "--paper", paramLabel = "letter|a4",
      description = "Paper size (default: kit.yaml's paper, else letter).")
  Paper paper;

  @Option(names = "--force", description = "Replace an earlier debrief of the same loop.")
  boolean force;

  @Option(names = "--panel", paramLabel = "FILE",
      description = "The loop's panel file: its 'seniority' and titles order the facilitator "
          + "pack's agenda (default: the role's personas).")
  Path panel;

  DebriefCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (loop != null && !loop.matches("[0-9a-f]{16}")) {
      throw new KitException(ExitCode.USAGE, "--loop must be a loop id of 16 hexadecimal digits"
          + " (a-f, 0-9), got '" + UntrustedFile.oneLine(loop) + "'");
    }
    Context.checkOut(out);
    KitConfig config = context.config();
    Path out = this.out != null ? this.out : config.out();
    Paper paper = this.paper != null ? this.paper : config.paper();
    List<ScorecardReader.Read> reads = files.stream().map(ScorecardReader::read).toList();
    PluginHost host = context.host(options);
    Map<String, RoleDefinition> roles = new HashMap<>();
    host.roles().forEach(r -> r.definition().ifPresent(d -> roles.putIfAbsent(d.id(), d)));
    Map<Path, Optional<LoopIdentity>> overviews = new HashMap<>();
    LoopCheck.Result result = LoopCheck.check(reads, Optional.ofNullable(loop),
        role -> Optional.ofNullable(roles.get(role))
            .map(d -> d.rounds().stream().map(RoundSpec::id).toList()),
        folder -> overviews.computeIfAbsent(folder, LoopCheck::overviewIn));
    Map<String, List<String>> refused = result.refused();
    if (result.loop().isEmpty() || result.used().isEmpty()) {
      report(refused);
      throw new KitException(ExitCode.SCORECARDS_REFUSED, UntrustedFile.oneLine(
          result.undecided().isEmpty() ? "no scorecard of loop " + result.loop()
              .map(LoopIdentity::describe).orElse("") + " can be used" : result.undecided())
          + "; nothing was written");
    }
    LoopIdentity the = result.loop().get();
    Optional<RoleDefinition> role = Optional.ofNullable(roles.get(the.role()));
    Map<String, String> titles = new HashMap<>();
    try {
      BankCatalog catalog = context.catalog(options);
      catalog.competencyIds().forEach(id -> titles.put(id,
          catalog.competency(id).map(Competency::title).orElse(id)));
    } catch (RuntimeException e) {
      context.err.println("kit: warning: banks could not be read; competencies are shown by id");
    }
    Map<String, String> roundTitles = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    Set<String> scored = Set.copyOf(result.used().stream().map(Scorecard::round).toList());
    role.ifPresent(r -> r.rounds().forEach(spec -> {
      roundTitles.put(spec.id(), spec.title());
      if (!scored.contains(spec.id())) {
        missing.add(spec.id());
      }
    }));
    Debrief debrief = new Debrief(the.id(), the.candidate(), the.role(),
        role.map(RoleDefinition::title).orElse(the.role()), the.date().toString(),
        role.map(RoleDefinition::competencies).orElse(List.of()), titles, roundTitles,
        result.used(), refused, missing);
    Context.checkOut(out);
    DebriefFolder.of(out, the);
    OutputSet output = new OutputSet(out, DebriefFolder.loopFolder(the));
    Map<String, Renderer> renderers = host.renderers();
    List<String> warnings = new ArrayList<>();
    for (String format : List.of("pdf", "docx")) {
      DisplayText shown = format.equals("pdf") ? DisplayText.pdf() : DisplayText.word();
      Document summary = DebriefDocuments.summary(debrief, paper, shown, config.organisation());
      Renderer renderer = renderers.get(format);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      renderer.render(summary, bytes);
      output.add("90-debrief." + renderer.fileExtension(), bytes.toByteArray());
      warnings.addAll(shown.warnings());
    }
    Map<String, Integer> ranks = Seniority.ranks(role, readPanel());
    for (String format : List.of("pdf", "docx")) {
      DisplayText shown = format.equals("pdf") ? DisplayText.pdf() : DisplayText.word();
      Renderer renderer = renderers.get(format);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      renderer.render(FacilitatorPack.compose(debrief, ranks, paper, shown,
          config.organisation()), bytes);
      output.add(FacilitatorPack.STEM + "." + renderer.fileExtension(), bytes.toByteArray());
    }
    output.add("90-debrief.csv", DebriefData.csv(debrief).getBytes(StandardCharsets.UTF_8));
    output.add("90-debrief.json", DebriefData.json(debrief).getBytes(StandardCharsets.UTF_8));
    for (Path written : output.write(force)) {
      context.out.println(written);
    }
    warnings.forEach(w -> context.err.println("kit: warning: " + UntrustedFile.oneLine(w)));
    report(refused);
    missing.forEach(r -> context.err.println("kit: missing: no scorecard for round " + r));
    for (Scorecard s : result.used()) {
      s.gaps().forEach(g -> context.err.println("kit: incomplete " + UntrustedFile.oneLine(
          s.file()) + ": " + UntrustedFile.oneLine(g)));
    }
    debrief.gaps().forEach(g -> context.err.println("kit: gap: nobody assessed " + g));
    return refused.isEmpty() ? ExitCode.OK : ExitCode.SCORECARDS_REFUSED;
  }

  private Optional<Panel> readPanel() throws IOException {
    if (panel == null) {
      return Optional.empty();
    }
    try (java.io.InputStream in = InputFiles.open(panel, PanelParser.MAX_BYTES)) {
      return Optional.of(PanelParser.parse(panel.toString(), in));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new KitException(ExitCode.BAD_INPUT, "panel file " + panel + " does not exist");
    }
  }

  private void report(Map<String, List<String>> refused) {
    refused.forEach((file, why) -> why.forEach(w -> context.err.println("kit: refused "
        + UntrustedFile.oneLine(file) + ": " + UntrustedFile.oneLine(w))));
  }
}
