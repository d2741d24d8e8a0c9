package dev.interviewkit.cli;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Competency;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.Segment;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import dev.interviewkit.service.PlanJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Print the planned loop without writing documents: rounds, questions with the "
        + "competencies each assesses, minutes and run sheet.",
        "The same planner as 'packet': the same options draw the same questions."})
final class PlanCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();
  @Mixin LoopOptions loop = new LoopOptions();


  @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
  boolean json;

  PlanCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    LoopService loops = context.service(options);
    LoopRequest request = new LoopRequest(loop.role, loop.candidate, loop.parseDate(),
        loop.panel, Outputs.PACKET, List.of(), Paper.LETTER, loop.seed, loop.avoid, Path.of("."),
        false);
    LoopService.Planned planned = loops.plan(request);
    if (json) {
      context.out.print(PlanJson.of(planned.loop()));
    } else {
      table(planned.loop(), planned.catalog());
    }
    return ExitCode.OK;
  }

  private void table(Loop loop, BankCatalog catalog) {
    context.out.println(loop.role().title() + " · " + loop.candidate() + " · " + loop.date()
        + " · seed " + loop.seed());
    for (PlannedRound round : loop.rounds()) {
      context.out.println();
      context.out.println(round.number() + ". " + round.spec().title() + " (" + round.spec().id()
          + ", " + round.spec().minutes() + " min) scores: " + String.join(", ",
          round.scored().stream().map(c -> title(catalog, c)).toList()));
      TextTable t = new TextTable("Starts", "Min", "Segment", "Question", "Assesses");
      for (Segment s : round.segments()) {
        String id = "";
        String assesses = "";
        String label = s.label();
        if (s.question() >= 0) {
          Question q = round.questions().get(s.question());
          id = q.id();
          label = s.label() + " " + q.kind().id();
          assesses = String.join(", ", q.assesses().stream()
              .filter(round.scored()::contains).toList());
        }
        t.add(String.format("+%d:%02d", s.start() / 60, s.start() % 60),
            String.valueOf(s.minutes()), label, id, assesses);
      }
      t.print(context.out);
    }
    if (!loop.avoided().isEmpty()) {
      context.out.println();
      context.out.println("Reused despite --avoid: " + String.join(", ", loop.avoided()));
    }
  }

  private static String title(BankCatalog catalog, String id) {
    return catalog.competency(id).map(Competency::title).orElse(id);
  }
}
