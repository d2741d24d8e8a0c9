package dev.interviewkit.service;

import dev.interviewkit.bank.Question;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.Segment;
import java.util.List;

/** A planned loop as JSON for scripts: the shape is documented in docs/cli.md ({@code kit plan}). */
public final class PlanJson {

  private PlanJson() {}

  public static String of(Loop loop) {
    StringBuilder j = new StringBuilder();
    j.append("{\n");
    field(j, 1, "role", loop.role().id()).append(",\n");
    field(j, 1, "candidate", loop.candidate()).append(",\n");
    field(j, 1, "date", loop.date().toString()).append(",\n");
    indent(j, 1).append("\"seed\": ").append(loop.seed()).append(",\n");
    field(j, 1, "loop", LoopDocuments.loopId(loop)).append(",\n");
    indent(j, 1).append("\"avoided\": ").append(strings(loop.avoided())).append(",\n");
    indent(j, 1).append("\"rounds\": [");
    for (int r = 0; r < loop.rounds().size(); r++) {
      PlannedRound round = loop.rounds().get(r);
      j.append(r == 0 ? "\n" : ",\n");
      indent(j, 2).append("{\n");
      indent(j, 3).append("\"number\": ").append(round.number()).append(",\n");
      field(j, 3, "id", round.spec().id()).append(",\n");
      field(j, 3, "title", round.spec().title()).append(",\n");
      indent(j, 3).append("\"minutes\": ").append(round.spec().minutes()).append(",\n");
      indent(j, 3).append("\"scores\": ").append(strings(round.scored())).append(",\n");
      indent(j, 3).append("\"questions\": [");
      for (int i = 0; i < round.questions().size(); i++) {
        Question q = round.questions().get(i);
        List<String> assesses = q.assesses().stream().filter(round.scored()::contains).toList();
        j.append(i == 0 ? "\n" : ",\n");
        indent(j, 4).append("{");
        j.append("\"id\": ").append(quote(q.id()));
        j.append(", \"bank\": ").append(quote(q.bankId()));
        j.append(", \"kind\": ").append(quote(q.kind().id()));
        j.append(", \"group\": ").append(quote(q.group()));
        j.append(", \"own_minutes\": ").append(q.minutes());
        j.append(", \"minutes\": ").append(round.minutes().get(i));
        j.append(", \"assesses\": ").append(strings(assesses)).append("}");
      }
      j.append(round.questions().isEmpty() ? "],\n" : "\n" + "  ".repeat(3) + "],\n");
      indent(j, 3).append("\"run_sheet\": [");
      List<Segment> segments = round.segments();
      for (int i = 0; i < segments.size(); i++) {
        Segment s = segments.get(i);
        j.append(i == 0 ? "\n" : ",\n");
        indent(j, 4).append("{\"segment\": ").append(quote(s.label()))
            .append(", \"start\": ").append(s.start())
            .append(", \"minutes\": ").append(s.minutes())
            .append(s.question() >= 0 ? ", \"question\": "
                + quote(round.questions().get(s.question()).id()) : "").append("}");
      }
      j.append("\n");
      indent(j, 3).append("]\n");
      indent(j, 2).append("}");
    }
    j.append("\n");
    indent(j, 1).append("]\n");
    return j.append("}\n").toString();
  }

  private static StringBuilder field(StringBuilder j, int level, String key, String value) {
    return indent(j, level).append(quote(key)).append(": ").append(quote(value));
  }

  private static StringBuilder indent(StringBuilder j, int level) {
    return j.append("  ".repeat(level));
  }

  private static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
    }
    return out.append("]").toString();
  }

  static String quote(String value) {
    return JsonText.quote(value);
  }
}
