package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.record.HiringRecord;
import dev.interviewkit.record.QuestionExposure;
import dev.interviewkit.record.RecordSettings;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code record.exposure_limit}: the planner prefers questions asked less than the limit. */
class ExposureLimitTest extends Services {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  @TempDir Path tmp;

  private LoopRequest request(String candidate) {
    return new LoopRequest("director-of-engineering", candidate, DAY, null, Outputs.PACKET,
        List.of("pdf"), Paper.LETTER, 7L, List.of(), tmp.resolve("loops"), false);
  }

  @Test
  void questionsAtTheLimitAreAvoidedForOtherCandidatesWhereTheBanksAllow() {
    RecordSettings settings = RecordSettings.sqlite(tmp.resolve("record.db"));
    LoopService plain = new LoopService(host, catalog, settings);
    plain.generate(request("First Candidate"));
    Loop unlimited = plain.plan(request("Second Candidate")).loop();
    Set<String> first = new HashSet<>(plain.plan(request("First Candidate")).loop()
        .questionIds());
    assertEquals(first, new HashSet<>(unlimited.questionIds()),
        "the same seed draws the same questions for another candidate without a limit");

    LoopService limited = new LoopService(host, catalog, settings.withExposureLimit(1));
    Loop fresh = limited.plan(request("Second Candidate")).loop();
    HiringRecord record = HiringRecord.open(settings).orElseThrow();
    Set<String> exposed = new HashSet<>();
    for (QuestionExposure q : record.exposure(Optional.empty(), DAY)) {
      exposed.add(q.questionId());
    }
    long reused = fresh.questionIds().stream().filter(exposed::contains).count();
    assertTrue(reused < fresh.questionIds().size() / 2, "most questions are fresh: "
        + fresh.questionIds() + " against " + exposed);
    assertEquals(List.of(), fresh.avoided(), "a limit is a preference, not an --avoid");
    assertEquals(fresh.rounds().size(), unlimited.rounds().size());
    fresh.rounds().forEach(r -> assertTrue(r.wrapUpMinutes() >= 5, r.spec().id()));
  }
}
