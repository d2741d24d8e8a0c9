package dev.interviewkit.service;

import dev.interviewkit.api.doc.Document;
import dev.interviewkit.bank.Question;
import dev.interviewkit.compose.LoopDocuments;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.PlannedRound;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which documents of a loop to write, by file-name stem. */
public enum Outputs {
  /** Overview, packets, scorecards and handouts. */
  PACKET,
  /** Only the scorecards. */
  SCORECARDS;

  /** The documents, keyed by file-name stem, in the order they are written. */
  public Map<String, Document> documents(Loop loop, LoopDocuments docs) {
    Map<String, Document> files = new LinkedHashMap<>();
    if (this == PACKET) {
      files.put("00-overview", docs.overview());
    }
    for (PlannedRound round : loop.rounds()) {
      String stem = String.format("%02d-%s", 10 + round.number(), round.spec().id());
      if (this == PACKET) {
        files.put(stem + "-packet", docs.packet(round));
      }
      files.put(stem + "-scorecard", docs.scorecard(round));
    }
    if (this == PACKET) {
      for (PlannedRound round : loop.rounds()) {
        for (Question q : LoopDocuments.exercises(round)) {
          files.put(LoopDocuments.handoutName(round, q), docs.handout(round, q));
        }
      }
      files.put(LoopDocuments.REFERENCE_CHECK, docs.referenceCheck());
    }
    return files;
  }
}
