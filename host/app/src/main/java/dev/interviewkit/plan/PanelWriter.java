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

  private static final java.time.format.DateTimeFormatter DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", java.util.Locale.ROOT);

  private PanelWriter() {}

  private static void putIfGiven(Map<String, Object> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  /**
   * The panel as YAML: candidate, date, role, seed, the coordinator's keys, then each round in
   * {@code roundOrder} with its interviewer, its address, place and seniority, and questions.
   * Rounds with none of these are left out. A round without an interviewer keeps its place and
   * questions but not an address or seniority, which are the interviewer's: what is written
   * reads back without problems.
   */
  public static String write(Panel panel, List<String> roundOrder) {
    Map<String, Object> root = new LinkedHashMap<>();
    Logistics logistics = panel.logistics();
    if (logistics.candidateEmail().isEmpty()) {
      root.put("candidate", panel.candidate());
    } else {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("name", panel.candidate());
      person.put("email", logistics.candidateEmail());
      root.put("candidate", person);
    }
    panel.date().ifPresent(d -> root.put("date", d.toString()));
    panel.role().ifPresent(r -> root.put("role", r));
    panel.seed().ifPresent(s -> root.put("seed", s));
    logistics.timeZone().ifPresent(z -> root.put("time_zone", z.getId()));
    logistics.coordinator().ifPresent(c -> {
      Map<String, Object> who = new LinkedHashMap<>();
      who.put("name", c.name());
      putIfGiven(who, "email", c.email());
      putIfGiven(who, "phone", c.phone());
      root.put("coordinator", who);
    });
    logistics.scorecardDue().ifPresent(t -> root.put("scorecard_due", DATE_TIME.format(t)));
    logistics.debrief().ifPresent(t -> root.put("debrief", DATE_TIME.format(t)));
    Set<String> order = new LinkedHashSet<>(roundOrder);
    order.addAll(panel.interviewers().keySet());
    order.addAll(panel.questions().keySet());
    order.addAll(new java.util.TreeSet<>(logistics.rounds().keySet()));
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
      RoundLogistics place = logistics.round(id);
      if (who != null && !who.isBlank()) {
        // The interviewer's address and seniority: without an interviewer they describe nobody
        // (the parser refuses them there), so they go with the interviewer.
        putIfGiven(round, "email", place.email());
      }
      putIfGiven(round, "location", place.location());
      putIfGiven(round, "link", place.link());
      if (who != null && !who.isBlank() && place.seniority() > 0) {
        round.put("seniority", place.seniority());
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
