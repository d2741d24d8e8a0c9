package dev.interviewkit.cli;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.bank.Question;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "packet", mixinStandardHelpOptions = true,
    description = {"Write the whole loop: the overview, and for every round an interviewer "
        + "packet, a scorecard and any exercise handouts, in every requested format.",
        "Prints every path written."})
final class PacketCommand extends LoopCommand {

  PacketCommand(Context context) {
    super(context);
  }

  @Override
  void documents(Loop loop, LoopDocuments docs, Map<String, Document> files) {
    files.put("00-overview", docs.overview());
    for (PlannedRound round : loop.rounds()) {
      String stem = String.format("%02d-%s", 10 + round.number(), round.spec().id());
      files.put(stem + "-packet", docs.packet(round));
      files.put(stem + "-scorecard", docs.scorecard(round));
    }
    for (PlannedRound round : loop.rounds()) {
      for (Question q : LoopDocuments.exercises(round)) {
        files.put(LoopDocuments.handoutName(round, q), docs.handout(round, q));
      }
    }
  }
}
