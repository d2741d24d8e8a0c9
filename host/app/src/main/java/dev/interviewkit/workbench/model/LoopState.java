package dev.interviewkit.workbench.model;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.plan.Interviewer;
import dev.interviewkit.plan.Logistics;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the loop editor holds, frozen: what an undo goes back to. {@code logistics}: the
 * opened panel file's coordinator keys (addresses, time zone, places, schedule), kept as read.
 */
record LoopState(String role, String candidate, LocalDate date, Paper paper,
    List<String> formats, Long seed, Path out, Map<String, Interviewer> interviewers,
    Map<String, List<String>> pinned, Logistics logistics) {

  LoopState {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(logistics, "logistics");
    formats = List.copyOf(formats);
    interviewers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(interviewers));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    pinned.forEach((round, ids) -> copy.put(round, List.copyOf(ids)));
    pinned = java.util.Collections.unmodifiableMap(copy);
  }
}
