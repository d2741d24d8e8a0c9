package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.record.RecordSettings;
import dev.interviewkit.service.BatchPlans;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of one batch for the same candidate avoid each other's questions as recorded loops are
 * avoided, whatever the number of rows planned ahead; two rows never share a loop folder.
 */
class BatchSiblingsTest extends Services {

  private static final String ROLE = "director-of-engineering";
  @TempDir Path tmp;

  private static final List<String> CANDIDATES = List.of("Jane Doe", "Sam Lee", "  jane DOE",
      "Sam Lee");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 12, 3),
      LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 17));

  /** Each row's questions and earlier loops when {@code ahead} rows are planned ahead. */
  private List<String> plan(int ahead) {
    LoopService service = new LoopService(host, catalog,
        RecordSettings.sqlite(tmp.resolve("record-" + ahead + ".db")));
    List<String> outcome = new ArrayList<>();
    try (BatchPlans plans = new BatchPlans(service, CANDIDATES.size(), i -> new LoopRequest(ROLE,
        CANDIDATES.get(i), DATES.get(i), null, Outputs.PACKET, List.of("pdf"), Paper.LETTER, 7L,
        List.of(), tmp.resolve("out-" + ahead), false), ahead)) {
      for (int i = 0; i < CANDIDATES.size(); i++) {
        LoopService.Planned planned = plans.get(i).planned();
        outcome.add(planned.earlierLoops() + " " + planned.loop().questionIds());
      }
    }
    return outcome;
  }

  @Test
  void aCandidatesLaterRowAvoidsTheEarlierRowsQuestionsWhateverTheParallelism() {
    List<String> sequential = plan(0);
    assertEquals(sequential, plan(1));
    assertEquals(sequential, plan(3));
    assertTrue(sequential.get(0).startsWith("0 "), sequential.get(0));
    assertTrue(sequential.get(1).startsWith("0 "), sequential.get(1));
    assertTrue(sequential.get(2).startsWith("1 "), "Jane's second row sees her first: "
        + sequential.get(2));
    assertTrue(sequential.get(3).startsWith("1 "), "Sam's second row sees his first: "
        + sequential.get(3));
    assertEquals(sequential.get(0).substring(2), sequential.get(1).substring(2),
        "the same seed draws the same questions for two first loops");
    for (int[] pair : new int[][] {{0, 2}, {1, 3}}) {
      Set<String> first = questions(sequential.get(pair[0]));
      for (String q : questions(sequential.get(pair[1]))) {
        assertFalse(first.contains(q), q + " is asked in both of one candidate's rows");
      }
    }
  }

  private static Set<String> questions(String outcome) {
    String list = outcome.substring(outcome.indexOf('[') + 1, outcome.length() - 1);
    return new HashSet<>(List.of(list.split(", ")));
  }

  @Test
  void twoRowsOfOneLoopFolderAreRefusedNeverMerged() throws Exception {
    String before = System.getProperty(RecordCliTest.PROPERTY);
    System.setProperty(RecordCliTest.PROPERTY, tmp.resolve("record.db").toString());
    try {
      Path csv = Files.writeString(tmp.resolve("loops.csv"), "candidate,role,date,format,seed\n"
          + "Jane Doe," + ROLE + ",2026-12-03,pdf,7\n"
          + "Jane Doe," + ROLE + ",2026-12-03,docx,8\n"
          + "jane doe," + ROLE + ",2026-12-03,pdf,9\n"
          + "  jane   DOE," + ROLE + ",2026-12-10,pdf,7\n");
      Path out = tmp.resolve("loops");
      Kit r = CliTest.kit("batch", csv.toString(), "--out", out.toString(), "--force");
      assertEquals(3, r.exitCode(), r.err());
      assertTrue(r.err().contains("batch: 2 of 4 loops written"), r.err());
      for (int line : new int[] {3, 4}) {
        assertTrue(r.err().contains(csv + ":" + line + ": the loop folder "), r.err());
        assertTrue(r.err().contains("is also the folder of the row at line 2; two rows of one "
            + "batch never share a folder"), r.err());
      }
      List<Path> folders;
      try (Stream<Path> s = Files.list(out)) {
        folders = s.sorted().toList();
      }
      assertEquals(2, folders.size(), folders.toString());
      try (Stream<Path> s = Files.list(folders.get(0))) {
        assertFalse(s.anyMatch(p -> p.toString().endsWith(".docx")),
            "the refused row's Word files are not mixed into the first row's folder");
      }
      Path one = folders.get(0).resolve("00-overview.pdf");
      Path two = folders.get(1).resolve("00-overview.pdf");
      Set<String> asked = new HashSet<>(List.of(RecordCliTest.questionsOf(one).split(",")));
      for (String q : RecordCliTest.questionsOf(two).split(",")) {
        assertFalse(asked.contains(q), q + " was asked in the batch's first loop too");
      }
      assertTrue(RecordCliTest.pdfText(two).contains("Returning candidate: the questions of 1 "
          + "earlier loop"), RecordCliTest.pdfText(two));
    } finally {
      if (before == null) {
        System.clearProperty(RecordCliTest.PROPERTY);
      } else {
        System.setProperty(RecordCliTest.PROPERTY, before);
      }
    }
  }
}
