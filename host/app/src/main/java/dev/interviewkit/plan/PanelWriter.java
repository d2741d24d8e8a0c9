package dev.interviewkit.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes a panel file that {@link PanelParser} reads back to the same panel. */
public final class PanelWriter {

  private PanelWriter() {}

  /**
   * The panel as YAML: candidate, date, role, seed, then each round in {@code roundOrder} with its
   * interviewer and questions. Rounds with neither are left out.
   */
  public static String write(Panel panel, List<String> roundOrder) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("candidate", panel.candidate());
    panel.date().ifPresent(d -> root.put("date", d.toString()));
    panel.role().ifPresent(r -> root.put("role", r));
    panel.seed().ifPresent(s -> root.put("seed", s));
    Set<String> order = new LinkedHashSet<>(roundOrder);
    order.addAll(panel.interviewers().keySet());
    order.addAll(panel.questions().keySet());
    Map<String, Object> rounds = new LinkedHashMap<>();
    for (String id : order) {
      Map<String, Object> round = new LinkedHashMap<>();
      Interviewer who = panel.interviewers().get(id);
      if (who != null && !who.isBlank()) {
        round.put("interviewer", who.name());
        if (!who.title().isEmpty()) {
          round.put("title", who.title());
        }
        if (!who.time().isEmpty()) {
          round.put("time", who.time());
        }
      }
      List<String> questions = panel.questions().get(id);
      if (questions != null && !questions.isEmpty()) {
        round.put("questions", new ArrayList<>(questions));
      }
      if (!round.isEmpty()) {
        rounds.put(id, round);
      }
    }
    if (!rounds.isEmpty()) {
      root.put("rounds", rounds);
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(100);
    options.setAllowUnicode(true);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    return "# interview-kit loop: use with ./kit packet --role "
        + panel.role().orElse("ROLE") + " --panel FILE\n" + new Yaml(options).dump(root);
  }
}
