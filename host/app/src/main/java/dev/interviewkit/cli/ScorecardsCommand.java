package dev.interviewkit.cli;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "scorecards", mixinStandardHelpOptions = true,
    description = {"Write only the blank scorecards of the loop, one per round.",
        "Takes the same options as 'packet'; prints every path written."})
final class ScorecardsCommand extends LoopCommand {

  ScorecardsCommand(Context context) {
    super(context);
  }

  @Override
  void documents(Loop loop, LoopDocuments docs, Map<String, Document> files) {
    for (PlannedRound round : loop.rounds()) {
      files.put(String.format("%02d-%s-scorecard", 10 + round.number(), round.spec().id()),
          docs.scorecard(round));
    }
  }
}
