package dev.interviewkit.calibration;

import dev.interviewkit.record.ScoreObservation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationFileTest {

  @TempDir Path tmp;

  private List<ScoreObservation> read(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text);
    return new ObservationFile(file).observations(ObservationSource.Scope.all());
  }

  private String problems(String name, String text) {
    return assertThrows(InvalidInputException.class, () -> read(name, text)).problems()
        .toString();
  }

  @Test
  void readsCsvWithQuotedCellsAndQuestionLists() throws IOException {
    List<ScoreObservation> o = read("history.csv",
        "loop,date,role,candidate,round,interviewer,competency,questions,score,recommendation,"
            + "decision\r\nL1,2026-03-01,cto,c-1,design,\"Ng, Ann\",judgement,q1;q2,3,yes,hire\r\n"
            + "L1,2026-03-01,cto,c-1,people,Bo,judgement,,2,no,\n");
    assertEquals(2, o.size());
    assertEquals("Ng, Ann", o.get(0).interviewer());
    assertEquals(List.of("q1", "q2"), o.get(0).questionIds());
    assertEquals(Optional.of("hire"), o.get(0).decision());
    assertEquals(LocalDate.of(2026, 3, 1), o.get(1).loopDate());
    assertEquals(Optional.empty(), o.get(1).decision());
  }

  @Test
  void readsJsonArrayOrObservationsObject() throws IOException {
    String one = "{\"loop\": \"L1\", \"date\": \"2026-03-01\", \"role\": \"cto\", \"round\": \"r\","
        + " \"interviewer\": \"Zoë\", \"competency\": \"risk\", \"questions\": [\"q1\"],"
        + " \"score\": 4, \"decision\": null}";
    assertEquals(1, read("a.json", "[" + one + "]").size());
    ScoreObservation o = read("b.json", "{\"observations\": [" + one + "]}").get(0);
    assertEquals("Zoë", o.interviewer());
    assertEquals(4, o.score());
    assertEquals(List.of("q1"), o.questionIds());
  }

  @Test
  void csvFaultsNameFileLineFieldAndSuggestTheColumn() {
    String header = "loop,date,role,round,interviewer,competency,score\n";
    String p = problems("h.csv", "loop,date,role,round,interviewr,competency,score\n");
    assertTrue(p.contains("h.csv:1:1: column 'interviewr': unknown; did you mean "
        + "'interviewer'?"), p);
    assertTrue(p.contains("column 'interviewer': missing"), p);
    p = problems("s.csv", header + "L1,2026-03-01,cto,r,Ann,risk,5\n");
    assertTrue(p.contains("s.csv:2:1: 'score': expected 1, 2, 3 or 4, got '5'"), p);
    p = problems("d.csv", "loop,date,role,round,interviewer,competency,score,decision\n"
        + "L1,2026-03-01,cto,r,Ann,risk,3,maybe\n");
    assertTrue(p.contains("d.csv:2:1: 'decision': expected hire or no-hire or nothing, got "
        + "'maybe'"), p);
    p = problems("d.csv", header + "L1,March,cto,r,Ann,risk,3\n");
    assertTrue(p.contains("d.csv:2:1: 'date': expected YYYY-MM-DD, got 'March'"), p);
  }

  @Test
  void jsonFaultsNameLineAndColumn() {
    String p = problems("bad.json", "[\n  {\"loop\": \"L1\",\n   \"date\" \"x\"}]");
    assertTrue(p.contains("bad.json:3:11: observations: expected ':'"), p);
    p = problems("key.json", "[\n {\"lop\": \"L1\"}]");
    assertTrue(p.contains("key.json:2:2: key 'lop': unknown; did you mean 'loop'?"), p);
    p = problems("deep.json", "[".repeat(100));
    assertTrue(p.contains("nested deeper"), p);
  }

  @Test
  void scopeFiltersWhatIsRead() throws IOException {
    Path file = tmp.resolve("h.csv");
    Files.writeString(file, "loop,date,role,round,interviewer,competency,score\n"
        + "L1,2026-03-01,cto,r,Ann,risk,3\nL2,2026-05-01,vp,r,Ann,risk,3\n");
    assertEquals(List.of("L2"), new ObservationFile(file).observations(
        new ObservationSource.Scope(Optional.of("vp"), Optional.empty())).stream()
        .map(ScoreObservation::loopId).toList());
    assertEquals(List.of("L2"), new ObservationFile(file).observations(
        new ObservationSource.Scope(Optional.empty(), Optional.of(LocalDate.of(2026, 4, 1))))
        .stream().map(ScoreObservation::loopId).toList());
  }
}
