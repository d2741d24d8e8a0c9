package dev.interviewkit.debrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DebriefTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
  private static final String LOOP = LoopIdentity.idOf("Jane Doe", "cto", DAY, 5);

  private static Scorecard card(String file, String round, String who, Map<String, String> scores) {
    return new Scorecard(file, "Jane Doe", "cto", round, LOOP, "5", DAY.toString(),
        List.copyOf(scores.keySet()), scores, Map.of(), "yes", who, "");
  }

  private static Debrief debrief(List<Scorecard> cards) {
    return new Debrief(LOOP, "Jane Doe", "cto", "CTO", DAY.toString(), List.of("risk"),
        Map.of(), Map.of(), cards, Map.of(), List.of());
  }

  @Test
  void oneInterviewerTwoRoundsGivesTwoScoresAndADisagreement() {
    Scorecard a = card("a.pdf", "design", "Priya", Map.of("risk", "4"));
    Scorecard b = card("b.pdf", "delivery", "Priya", Map.of("risk", "1"));
    Debrief.Row row = debrief(List.of(a, b)).rows().get(0);
    assertEquals(2, row.scores().size());
    assertEquals(Optional.of(4), row.of(a));
    assertEquals(Optional.of(1), row.of(b));
    assertTrue(row.disagreement());
    assertEquals(2, debrief(List.of(a, b)).tally().get("yes"));
  }

  @Test
  void csvNeutralisesFormulasAsOwaspSaysAndKeepsOtherTextExactly() {
    assertEquals("\"'=1+2\"", DebriefData.cell("=1+2"));
    assertEquals("\"'+1\"", DebriefData.cell("+1"));
    assertEquals("\"'-1\"", DebriefData.cell("-1"));
    assertEquals("\"'@SUM(A1)\"", DebriefData.cell("@SUM(A1)"));
    assertEquals("\"'\tx\"", DebriefData.cell("\tx"));
    assertEquals("\"'\rx\"", DebriefData.cell("\rx"));
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", DebriefData.cell("=HYPERLINK(\"x\")"));
    assertEquals("a=b", DebriefData.cell("a=b"));
    assertEquals("שלום 😀\tx", DebriefData.cell("שלום 😀\tx"));
    assertEquals("\"a,\"\"b\"\"\"", DebriefData.cell("a,\"b\""));
  }

  @Test
  void jsonEscapesOnlyWhatJsonMustAndLoneSurrogates() {
    assertEquals("\"=1 שלום 😀\\t\\n\\\"\"", DebriefData.q("=1 שלום 😀\t\n\""));
    assertEquals("\"a\\ud800b\"", DebriefData.q("a\ud800b"));
    assertEquals("a\uFFFDb", ScorecardReader.wellFormed("a\ud800b"));
    assertEquals("😀", ScorecardReader.wellFormed("😀"));
  }

  @Test
  void wordKeepsEmojiAndReplacesControlsWhileNamingTheField() {
    DisplayText word = DisplayText.word();
    assertEquals("a 😀 [U+0007]\nb", word.show("a\t😀 \u0007\r\nb", "x.docx: field 'f'"));
    assertEquals(1, word.warnings().size());
    assertTrue(word.warnings().get(0).startsWith("x.docx: field 'f': the debrief Word file cannot"
        + " draw U+0007;"), word.warnings().get(0));
  }

  @Test
  void pdfShowsAPlaceholderForACharacterNoBundledFontHas() {
    DisplayText pdf = DisplayText.pdf();
    assertEquals("ok ✓ Ωμέγα Привет [U+1F600]", pdf.show("ok ✓ Ωμέγα Привет 😀", "x.pdf: field 'e'"));
    assertTrue(pdf.warnings().get(0).contains("U+1F600"), pdf.warnings().toString());
  }

  @Test
  void theLoopIsNeverDecidedByWhichFileComesFirst() {
    LoopIdentity ours = new LoopIdentity(LOOP, "Jane Doe", "cto", DAY, 5);
    String otherId = LoopIdentity.idOf("John Roe", "cto", DAY, 6);
    LoopIdentity theirs = new LoopIdentity(otherId, "John Roe", "cto", DAY, 6);
    ScorecardReader.Read stray = read("stray.pdf", "h0", theirs, "design");
    ScorecardReader.Read a = read("a.pdf", "h1", ours, "design");
    ScorecardReader.Read b = read("b.pdf", "h2", ours, "delivery");
    LoopCheck.Result result = LoopCheck.check(List.of(stray, a, b), Optional.empty(),
        role -> Optional.of(List.of("design", "delivery")), folder -> Optional.empty());
    assertEquals(Optional.of(ours), result.loop());
    assertEquals(2, result.used().size());
    assertTrue(result.refused().get("stray.pdf").get(0).startsWith("belongs to another loop"));

    LoopCheck.Result tie = LoopCheck.check(List.of(stray, a), Optional.empty(),
        role -> Optional.empty(), folder -> Optional.empty());
    assertFalse(tie.loop().isPresent());
    assertTrue(tie.undecided().endsWith("name the loop with --loop ID"), tie.undecided());

    LoopCheck.Result named = LoopCheck.check(List.of(stray, a), Optional.of(otherId),
        role -> Optional.empty(), folder -> Optional.empty());
    assertEquals(Optional.of(theirs), named.loop());
    assertTrue(named.refused().containsKey("a.pdf"));
  }

  @Test
  void aCopyIsCountedOnceAndTwoVersionsOfARoundAreBothRefused() {
    LoopIdentity ours = new LoopIdentity(LOOP, "Jane Doe", "cto", DAY, 5);
    ScorecardReader.Read a = read("a.pdf", "same", ours, "design");
    ScorecardReader.Read copy = read("copy.pdf", "same", ours, "design");
    ScorecardReader.Read b = read("b.pdf", "h2", ours, "delivery");
    ScorecardReader.Read b2 = read("b2.pdf", "h3", ours, "delivery");
    LoopCheck.Result result = LoopCheck.check(List.of(a, copy, b, b2), Optional.empty(),
        role -> Optional.empty(), folder -> Optional.empty());
    assertEquals(List.of("design"), result.used().stream().map(Scorecard::round).toList());
    assertTrue(result.refused().get("copy.pdf").get(0).contains("(identical content)"));
    assertTrue(result.refused().get("b.pdf").get(0).startsWith("round 'delivery' is also scored"
        + " in b2.pdf"));
    assertTrue(result.refused().containsKey("b2.pdf"));
  }

  private static ScorecardReader.Read read(String file, String hash, LoopIdentity loop,
      String round) {
    Scorecard card = new Scorecard(file, loop.candidate(), loop.role(), round, loop.id(),
        String.valueOf(loop.seed()), loop.date().toString(), List.of("risk"), Map.of("risk", "3"),
        Map.of(), "yes", "Kim", "");
    return new ScorecardReader.Read(Path.of(file), hash, Optional.of(card), Optional.empty(),
        Optional.of(loop), List.of());
  }
}
