package dev.interviewkit.cli;

import dev.interviewkit.record.QuestionExposure;
import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.JsonText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "questions", mixinStandardHelpOptions = true,
    description = {"Question exposure from the hiring record: per question asked, how often in "
        + "the last 30, 90 and 365 days, when last, and how its rounds scored (1-4).",
        "With record.exposure_limit set, questions at or over it are marked. See docs/record.md."})
final class QuestionsCommand implements Callable<Integer> {

  private final Context context;

  @Option(names = "--role", paramLabel = "ID", description = "Only loops of this role.")
  String role;

  @Option(names = "--json", description = "Print JSON for scripts.")
  boolean json;

  QuestionsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<QuestionExposure> rows = context.requireRecord().exposure(Optional.ofNullable(role),
        LocalDate.now());
    OptionalInt limit = context.settings().exposureLimit();
    if (json) {
      List<String> items = new ArrayList<>();
      for (QuestionExposure q : rows) {
        items.add("  {\"id\": " + JsonText.quote(q.questionId()) + ", \"last_30_days\": "
            + q.last30() + ", \"last_90_days\": " + q.last90() + ", \"last_365_days\": "
            + q.last365() + ", \"total\": " + q.total() + ", \"last_asked\": "
            + JsonText.quote(q.lastAsked().toString()) + ", \"scores\": {\"1\": "
            + q.scores().get(0) + ", \"2\": " + q.scores().get(1) + ", \"3\": "
            + q.scores().get(2) + ", \"4\": " + q.scores().get(3) + "}, \"over_limit\": "
            + (limit.isPresent() && q.last365() >= limit.getAsInt()) + "}");
      }
      context.out.println(items.isEmpty() ? "[]" : "[\n" + String.join(",\n", items) + "\n]");
      return ExitCode.OK;
    }
    if (rows.isEmpty()) {
      context.out.println("No question is on record" + (role == null ? "" : " for role " + role)
          + " yet.");
      return ExitCode.OK;
    }
    TextTable table = new TextTable("QUESTION", "30D", "90D", "365D", "TOTAL", "LAST ASKED",
        "SCORES 1/2/3/4", "LIMIT");
    for (QuestionExposure q : rows) {
      table.add(q.questionId(), String.valueOf(q.last30()), String.valueOf(q.last90()),
          String.valueOf(q.last365()), String.valueOf(q.total()), q.lastAsked().toString(),
          q.scores().get(0) + "/" + q.scores().get(1) + "/" + q.scores().get(2) + "/"
              + q.scores().get(3),
          limit.isPresent() && q.last365() >= limit.getAsInt() ? "over" : "");
    }
    table.print(context.out);
    return ExitCode.OK;
  }
}
