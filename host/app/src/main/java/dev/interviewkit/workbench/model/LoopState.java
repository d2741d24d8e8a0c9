package dev.interviewkit.workbench.model;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.plan.Interviewer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything the loop editor holds, frozen: what an undo goes back to. */
record LoopState(String role, String candidate, LocalDate date, Paper paper,
    List<String> formats, Long seed, Path out, Map<String, Interviewer> interviewers,
    Map<String, List<String>> pinned) {

  LoopState {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(out, "out");
    formats = List.copyOf(formats);
    interviewers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(interviewers));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    pinned.forEach((round, ids) -> copy.put(round, List.copyOf(ids)));
    pinned = java.util.Collections.unmodifiableMap(copy);
  }
}
