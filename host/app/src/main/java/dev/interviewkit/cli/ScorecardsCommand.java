package dev.interviewkit.cli;

import dev.interviewkit.service.Outputs;
import picocli.CommandLine.Command;

@Command(name = "scorecards", mixinStandardHelpOptions = true,
    description = {"Write only the blank scorecards of the loop, one per round.",
        "Takes the same options as 'packet'; prints every path written."})
final class ScorecardsCommand extends LoopCommand {

  ScorecardsCommand(Context context) {
    super(context, Outputs.SCORECARDS);
  }
}
