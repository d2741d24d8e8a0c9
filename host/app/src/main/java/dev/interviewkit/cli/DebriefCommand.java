package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.doc.Document;
import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.debrief.Debrief;
import dev.interviewkit.debrief.DebriefDocuments;
import dev.interviewkit.debrief.FormFile;
import dev.interviewkit.debrief.Scorecard;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.output.OutputSet;
import dev.interviewkit.output.Slug;
import dev.interviewkit.role.RoleDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "debrief", mixinStandardHelpOptions = true,
    description = {"Read the filled scorecards of one loop (PDF forms or Word files) and write a "
        + "debrief summary (PDF and Word) plus the same figures as CSV and JSON.",
        "Prints every path written, then any scorecard that was refused or is incomplete."})
final class DebriefCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  @Parameters(paramLabel = "SCORECARD", arity = "1..*", description = "Filled scorecards.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: ./interview-packets).")
  Path out = Path.of("interview-packets");

  @Option(names = "--paper", paramLabel = "letter|a4", description = "Paper size (default: letter).")
  Paper paper = Paper.LETTER;

  @Option(names = "--force", description = "Replace an earlier debrief of the same loop.")
  boolean force;

  DebriefCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Map<String, String> refused = new LinkedHashMap<>();
    List<Scorecard> cards = new ArrayList<>();
    for (Path file : files) {
      try {
        cards.add(read(file));
      } catch (IOException | RuntimeException e) {
        refused.put(file.toString(), "cannot be read: " + e.getMessage());
      }
    }
    if (cards.isEmpty()) {
      refused.forEach((f, why) -> context.err.println("kit: " + f + " " + why));
      throw new KitException(ExitCode.BAD_INPUT, "no readable scorecard among " + files.size()
          + " file" + (files.size() == 1 ? "" : "s"));
    }
    Scorecard first = cards.get(0);
    List<Scorecard> used = new ArrayList<>();
    for (Scorecard card : cards) {
      if (card.loop().equals(first.loop())) {
        used.add(card);
      } else {
        refused.put(card.file(), "belongs to another loop (" + describe(card) + "), not to "
            + describe(first));
      }
    }
    PluginHost host = context.host(options);
    Optional<RoleDefinition> role = host.roles().stream().flatMap(r -> r.definition().stream())
        .filter(r -> r.id().equals(first.role())).findFirst();
    Map<String, String> titles = new HashMap<>();
    try {
      BankCatalog catalog = context.catalog(options);
      catalog.competencyIds().forEach(id -> titles.put(id,
          catalog.competency(id).map(Competency::title).orElse(id)));
    } catch (RuntimeException e) {
      context.err.println("kit: warning: banks could not be read; competencies are shown by id");
    }
    Debrief debrief = new Debrief(first.candidate(), first.role(),
        role.map(RoleDefinition::title).orElse(first.role()), first.date(),
        role.map(RoleDefinition::competencies).orElse(List.of()), titles, used, refused);
    Map<String, Renderer> renderers = host.renderers();
    OutputSet output = outputFor(first);
    Document summary = DebriefDocuments.summary(debrief, paper);
    for (String format : List.of("pdf", "docx")) {
      Renderer renderer = renderers.get(format);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      renderer.render(summary, bytes);
      output.add("90-debrief." + renderer.fileExtension(), bytes.toByteArray());
    }
    output.add("90-debrief.csv", DebriefDocuments.csv(debrief).getBytes(StandardCharsets.UTF_8));
    output.add("90-debrief.json", DebriefDocuments.json(debrief).getBytes(StandardCharsets.UTF_8));
    for (Path written : output.write(force)) {
      context.out.println(written);
    }
    refused.forEach((f, why) -> context.err.println("kit: refused " + f + ": " + why));
    for (Scorecard s : used) {
      s.gaps().forEach(g -> context.err.println("kit: incomplete " + s.file() + ": " + g));
    }
    debrief.gaps().forEach(g -> context.err.println("kit: gap: nobody assessed " + g));
    return refused.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  static Scorecard read(Path file) throws IOException {
    FormFile form = FormFile.read(file)
        .orElseThrow(() -> new IOException("not a PDF or Word scorecard"));
    Map<String, String> fields = form.fields();
    Map<String, String> props = form.properties();
    if (!"scorecard".equals(props.get(LoopDocuments.KEY_KIND))) {
      throw new IOException("not an interview-kit scorecard (its metadata names no loop)");
    }
    String round = props.getOrDefault(LoopDocuments.KEY_ROUND, "");
    List<String> competencies = Arrays.stream(props.getOrDefault(
        LoopDocuments.KEY_COMPETENCIES, "").split(",")).filter(s -> !s.isBlank()).toList();
    Map<String, String> scores = new LinkedHashMap<>();
    Map<String, String> evidence = new LinkedHashMap<>();
    for (String c : competencies) {
      scores.put(c, value(fields, LoopDocuments.scoreField(round, c)));
      evidence.put(c, value(fields, LoopDocuments.evidenceField(round, c)));
    }
    return new Scorecard(file.toString(), props.getOrDefault(LoopDocuments.KEY_CANDIDATE, ""),
        props.getOrDefault(LoopDocuments.KEY_ROLE, ""), round,
        props.getOrDefault(LoopDocuments.KEY_LOOP, ""),
        props.getOrDefault(LoopDocuments.KEY_SEED, ""),
        props.getOrDefault(LoopDocuments.KEY_DATE, ""), competencies, scores, evidence,
        value(fields, LoopDocuments.recommendationField(round)),
        value(fields, LoopDocuments.interviewerField(round)),
        value(fields, LoopDocuments.takeawaysField(round)));
  }

  private static String value(Map<String, String> fields, String name) {
    String v = fields.get(name);
    return v == null || v.equals("Off") ? "" : v.strip();
  }

  private static String describe(Scorecard s) {
    return "candidate '" + s.candidate() + "', role " + s.role() + ", " + s.date() + ", seed "
        + s.seed();
  }

  /** The loop's own folder (output helper: the same name and lock as the loop's packets). */
  private OutputSet outputFor(Scorecard first) {
    Context.checkOut(out);
    try {
      if (first.date() == null || first.role() == null || first.candidate() == null) {
        throw new java.time.format.DateTimeParseException("no loop", "", 0);
      }
      return new OutputSet(out, new dev.interviewkit.output.LoopFolder(first.role(),
          java.time.LocalDate.parse(first.date()), first.candidate()));
    } catch (java.time.format.DateTimeParseException e) {
      return new OutputSet(out.resolve(first.date() + "-"
          + Slug.of(first.candidate(), "candidate") + "-" + Slug.of(first.role(), "role")));
    }
  }
}
