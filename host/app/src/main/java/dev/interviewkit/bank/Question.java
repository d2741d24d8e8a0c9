package dev.interviewkit.bank;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** One interview question with what to probe, what good looks like and what to worry about. */
public record Question(
    String id,
    String bankId,
    String competency,
    Set<Level> levels,
    Kind kind,
    int minutes,
    String prompt,
    List<String> followUps,
    List<String> signals,
    List<String> redFlags,
    String candidateBrief,
    List<String> tags,
    Location location,
    List<Assessment> alsoAssesses,
    String group,
    String interviewerScript,
    Optional<Timing> timing,
    boolean briefAhead,
    SortedMap<Integer, SampleAnswer> sampleAnswers) {

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bankId, "bankId");
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(candidateBrief, "candidateBrief");
    Objects.requireNonNull(location, "location");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException(id + ": a question needs at least one level");
    }
    levels = java.util.Collections.unmodifiableSet(EnumSet.copyOf(levels));
    if (minutes < 1) {
      throw new IllegalArgumentException(id + ": minutes must be positive");
    }
    followUps = List.copyOf(followUps);
    signals = List.copyOf(signals);
    redFlags = List.copyOf(redFlags);
    tags = List.copyOf(tags);
    alsoAssesses = List.copyOf(alsoAssesses);
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(interviewerScript, "interviewerScript");
    Objects.requireNonNull(timing, "timing");
    timing.filter(t -> t.total() != minutes).ifPresent(t -> {
      throw new IllegalArgumentException(id + ": timing adds up to " + t.total() + ", not "
          + minutes);
    });
    sampleAnswers.forEach((score, sample) -> {
      if (score != sample.score()) {
        throw new IllegalArgumentException(id + ": sample answer " + sample.score()
            + " filed under score " + score);
      }
    });
    sampleAnswers = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sampleAnswers));
  }

  /** A question without sample answers. */
  public Question(String id, String bankId, String competency, Set<Level> levels, Kind kind,
      int minutes, String prompt, List<String> followUps, List<String> signals,
      List<String> redFlags, String candidateBrief, List<String> tags, Location location,
      List<Assessment> alsoAssesses, String group, String interviewerScript,
      Optional<Timing> timing, boolean briefAhead) {
    this(id, bankId, competency, levels, kind, minutes, prompt, followUps, signals, redFlags,
        candidateBrief, tags, location, alsoAssesses, group, interviewerScript, timing,
        briefAhead, new TreeMap<>());
  }

  /** A question with none of the optional keys of December 2026. */
  public Question(String id, String bankId, String competency, Set<Level> levels, Kind kind,
      int minutes, String prompt, List<String> followUps, List<String> signals,
      List<String> redFlags, String candidateBrief, List<String> tags, Location location) {
    this(id, bankId, competency, levels, kind, minutes, prompt, followUps, signals, redFlags,
        candidateBrief, tags, location, List.of(), "", "", Optional.empty(), false,
        new TreeMap<>());
  }

  /** Every competency the question gives evidence on: its own first, then {@code also_assesses}. */
  public List<String> assesses() {
    List<String> all = new java.util.ArrayList<>(1 + alsoAssesses.size());
    all.add(competency);
    alsoAssesses.forEach(a -> all.add(a.competency()));
    return all;
  }

  /** Whether the question gives evidence on {@code competencyId}. */
  public boolean assesses(String competencyId) {
    return competency.equals(competencyId)
        || alsoAssesses.stream().anyMatch(a -> a.competency().equals(competencyId));
  }

  /** The signals for {@code competencyId}: the question's own, or those of its also_assesses. */
  public List<String> signalsFor(String competencyId) {
    if (competency.equals(competencyId)) {
      return signals;
    }
    return alsoAssesses.stream().filter(a -> a.competency().equals(competencyId))
        .findFirst().map(Assessment::signals).orElse(List.of());
  }

  /** The sample answer written for {@code score}, if any. */
  public Optional<SampleAnswer> sampleAnswer(int score) {
    return Optional.ofNullable(sampleAnswers.get(score));
  }

  /** The scores a question of this kind should have sample answers for (1-4 for design, exercise). */
  public static List<Integer> expectedSampleScores(Kind kind) {
    return kind == Kind.DESIGN || kind == Kind.EXERCISE ? List.of(1, 2, 3, 4) : List.of(2, 3);
  }

  public boolean suits(Level level) {
    return levels.contains(level);
  }
}
