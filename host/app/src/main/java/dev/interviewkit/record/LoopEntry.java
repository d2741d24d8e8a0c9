package dev.interviewkit.record;

import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A written loop as the record keeps it.
 *
 * @param folder the loop's folder, absolute
 * @param files file name in the folder to its SHA-256 and size
 */
public record LoopEntry(String id, String candidate, String email, String role, LocalDate date,
    long seed, Path folder, String plugin, String pluginVersion, List<RoundEntry> rounds,
    Map<String, FileEntry> files) {

  public LoopEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(folder, "folder");
    rounds = List.copyOf(rounds);
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    if (!folder.isAbsolute()) {
      throw new IllegalArgumentException("loop folder must be absolute: " + folder);
    }
  }

  /** A round: who ran it, what it scores and what it asked. */
  public record RoundEntry(String id, int number, String title, String interviewer,
      List<String> scored, List<QuestionEntry> questions) {
    public RoundEntry {
      scored = List.copyOf(scored);
      questions = List.copyOf(questions);
    }
  }

  /** A question asked, with the competencies it gives evidence on. */
  public record QuestionEntry(String id, String bank, List<String> assesses) {
    public QuestionEntry {
      assesses = List.copyOf(assesses);
    }
  }

  /** A written file. */
  public record FileEntry(String sha256, long bytes) {}

  /** The entry of {@code loop} written to {@code folder} with {@code files} (name to content). */
  public static LoopEntry of(Loop loop, String email, Path folder, Map<String, byte[]> files) {
    List<RoundEntry> rounds = new ArrayList<>();
    for (PlannedRound r : loop.rounds()) {
      List<String> scored = r.scored();
      rounds.add(new RoundEntry(r.spec().id(), r.number(), r.spec().title(),
          r.interviewer().name(), scored, r.questions().stream()
              .map(q -> new QuestionEntry(q.id(), q.bankId(),
                  scored.stream().filter(q::assesses).toList()))
              .toList()));
    }
    // hashed on every core (a loop's files are a few MB), kept in the files' order
    Map<String, String> sums = files.entrySet().parallelStream().collect(
        java.util.stream.Collectors.toConcurrentMap(Map.Entry::getKey,
            e -> Hashes.sha256(e.getValue())));
    Map<String, FileEntry> hashed = new LinkedHashMap<>();
    files.forEach((name, bytes) -> hashed.put(name, new FileEntry(sums.get(name),
        bytes.length)));
    return new LoopEntry(LoopDocuments.loopId(loop), loop.candidate(), email,
        loop.role().id(), loop.date(), loop.seed(), folder.toAbsolutePath().normalize(),
        loop.pluginId(), loop.pluginVersion(), rounds, hashed);
  }
}
