package dev.interviewkit.service;

import dev.interviewkit.debrief.LoopCheck;
import dev.interviewkit.debrief.LoopIdentity;
import dev.interviewkit.debrief.Scorecard;
import dev.interviewkit.debrief.ScorecardReader;
import dev.interviewkit.record.HiringRecord;
import dev.interviewkit.record.RecordedLoop;
import dev.interviewkit.record.ScorecardWrites;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scorecards into the hiring record: {@code kit scorecard submit} (each file checked as debrief
 * checks it, then recorded with its arrival time) and the scorecards a debrief reads.
 */
public final class ScorecardIntake {

  private ScorecardIntake() {}

  /**
   * What a submission did.
   *
   * @param recorded one line per scorecard recorded (or already on record unchanged)
   * @param refused file to its problems
   * @param notOnRecord files whose loop the record does not hold
   * @param missing loop id to the rounds still without a scorecard on record
   */
  public record Submitted(List<String> recorded, Map<String, List<String>> refused,
      List<String> notOnRecord, Map<String, List<String>> missing) {}

  /** Checks and records each file; {@code rounds} gives an installed role's round ids. */
  public static Submitted submit(HiringRecord record, List<Path> files,
      Function<String, Optional<List<String>>> rounds) {
    List<ScorecardReader.Read> reads = files.stream().map(ScorecardReader::read).toList();
    Map<String, List<String>> refused = new LinkedHashMap<>();
    Map<String, List<ScorecardReader.Read>> byLoop = new LinkedHashMap<>();
    for (ScorecardReader.Read r : reads) {
      if (r.loop().isEmpty() || r.card().isEmpty()) {
        refused.put(r.file().toString(), r.problems().isEmpty()
            ? List.of("not a scorecard") : r.problems());
      } else {
        byLoop.computeIfAbsent(r.loop().get().id(), k -> new ArrayList<>()).add(r);
      }
    }
    List<String> recorded = new ArrayList<>();
    List<String> notOnRecord = new ArrayList<>();
    Map<String, List<String>> missing = new LinkedHashMap<>();
    Map<Path, Optional<LoopIdentity>> overviews = new HashMap<>();
    for (Map.Entry<String, List<ScorecardReader.Read>> loop : byLoop.entrySet()) {
      Optional<RecordedLoop> held = record.loop(loop.getKey());
      if (held.isEmpty()) {
        loop.getValue().forEach(r -> notOnRecord.add(r.file().toString()));
        continue;
      }
      LoopCheck.Result checked = LoopCheck.check(loop.getValue(), Optional.of(loop.getKey()),
          rounds, folder -> overviews.computeIfAbsent(folder, LoopCheck::overviewIn));
      refused.putAll(checked.refused());
      Map<String, String> hashes = new HashMap<>();
      loop.getValue().forEach(r -> hashes.put(r.file().toString(), r.hash()));
      for (Scorecard card : checked.used()) {
        ScorecardWrites.Outcome outcome = record.recordScorecard(card, hashes.get(card.file()),
            "submit", Instant.now());
        recorded.add(card.file() + ": round " + card.round() + " of loop " + card.loop() + " "
            + switch (outcome) {
              case NEW -> "recorded";
              case NEW_VERSION -> "recorded as a new version (its values changed)";
              case UNCHANGED -> "already on record with these values";
            });
      }
      record.loop(loop.getKey()).ifPresent(l -> missing.put(l.id(), l.missing()));
    }
    return new Submitted(recorded, refused, notOnRecord, missing);
  }

  /**
   * Records the scorecards a debrief uses, when their loop is on record.
   *
   * @return the loop as the record now holds it, or empty when it is not on record
   */
  public static Optional<RecordedLoop> debriefed(Optional<HiringRecord> record, String loopId,
      List<Scorecard> used, Map<String, String> hashes) {
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Optional<RecordedLoop> held = record.get().loop(loopId);
    if (held.isEmpty()) {
      return held;
    }
    Instant now = Instant.now();
    for (Scorecard card : used) {
      record.get().recordScorecard(card, hashes.getOrDefault(card.file(), ""), "debrief", now);
    }
    return record.get().loop(loopId);
  }
}
