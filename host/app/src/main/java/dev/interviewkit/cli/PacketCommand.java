package dev.interviewkit.cli;

import dev.interviewkit.service.Outputs;
import picocli.CommandLine.Command;

@Command(name = "packet", mixinStandardHelpOptions = true,
    description = {"Write the whole loop: the overview, and for every round an interviewer "
        + "packet, a scorecard and any exercise handouts, in every requested format.",
        "Prints every path written."})
final class PacketCommand extends LoopCommand {

  PacketCommand(Context context) {
    super(context, Outputs.PACKET);
  }
}
