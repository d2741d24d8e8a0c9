package dev.interviewkit.service;

import dev.interviewkit.output.OutputSet;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.record.HiringRecord;
import dev.interviewkit.record.LoopEntry;
import dev.interviewkit.record.QuestionExposure;
import dev.interviewkit.record.RecordSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link LoopService} asks of the hiring record: the questions a returning candidate was
 * asked and the over-exposed ones before planning, and the loop recorded once its files are in
 * place (under the folder's lock, in one transaction). Off when the settings say {@code off}.
 */
final class LoopRecording {

  private final RecordSettings settings;
  private final Optional<HiringRecord> record;

  LoopRecording(RecordSettings settings, Optional<HiringRecord> record) {
    this.settings = settings;
    this.record = record;
  }

  Optional<HiringRecord> record() {
    return record;
  }

  /**
   * Questions to avoid.
   *
   * @param loops the candidate's other loops on record and earlier in the batch, as {@link
   *     HiringRecord#loopKey}s: a loop both recorded and in the batch counts once
   * @param earlier the questions of those loops
   * @param exposed the questions asked at least the exposure limit in the last 365 days
   */
  record Avoid(Set<String> loops, Set<String> earlier, Set<String> exposed) {
    static final Avoid NONE = new Avoid(Set.of(), Set.of(), Set.of());

    int earlierLoops() {
      return loops.size();
    }

    Set<String> all() {
      Set<String> all = new TreeSet<>(earlier);
      all.addAll(exposed);
      return all;
    }
  }

  /**
   * What to avoid for the loop {@code who}; {@code batch} is the batch's earlier loops of the same
   * candidate, seen only when the record is on (with {@code off} nothing is remembered).
   */
  Avoid avoid(LoopService.Identity who, LoopService.Earlier batch) {
    if (record.isEmpty()) {
      return Avoid.NONE;
    }
    String candidate = who.candidate();
    String email = who.email();
    String role = who.role();
    LocalDate date = who.date();
    Trace.mark("record: reading");
    HiringRecord.Returning returning = record.get().earlierQuestions(candidate, email, role,
        date);
    Set<String> exposed = new TreeSet<>();
    if (settings.exposureLimit().isPresent()) {
      int limit = settings.exposureLimit().getAsInt();
      for (QuestionExposure q : record.get().exposure(Optional.empty(), date)) {
        if (q.last365() >= limit) {
          exposed.add(q.questionId());
        }
      }
    }
    Trace.mark("record read");
    Set<String> loops = new TreeSet<>(returning.loopKeys());
    loops.addAll(batch.loopKeys());
    Set<String> earlier = new TreeSet<>(returning.questionIds());
    earlier.addAll(batch.questionIds());
    return new Avoid(loops, earlier, exposed);
  }

  /** Records {@code loop} when {@code output} has written it, before its lock is released. */
  void onWritten(OutputSet output, Loop loop, String email) {
    if (record.isEmpty()) {
      return;
    }
    output.whenWritten(paths -> {
      Trace.mark("record: writing");
      try {
        record.get().recordLoop(LoopEntry.of(loop, email, output.folder().toAbsolutePath(),
            output.files()));
      } catch (KitException e) {
        throw new KitException(e.exitCode(), e.getMessage() + "; the loop's " + paths.size()
            + " files were written to " + output.folder() + " and stay; run again with --force"
            + " to record them");
      }
      Trace.mark("recorded");
    });
  }

  static List<String> keep(List<String> avoided, Set<String> wanted) {
    return avoided.stream().filter(wanted::contains).toList();
  }
}
