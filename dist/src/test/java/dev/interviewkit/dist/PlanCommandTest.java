package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kit plan}: the planned loop as a table or JSON, checked the way a script would. */
class PlanCommandTest {

  static final List<String> ROLES =
      List.of("engineering-manager", "director-of-engineering", "vp-of-engineering", "cto");

  @TempDir Path tmp;

  @Test
  void jsonShowsEveryRoundScoringOnlyWhatItAsksWithinItsTimeBox() {
    for (String role : ROLES) {
      for (int seed = 0; seed < 5; seed++) {
        Kit r = CliTest.kit("plan", "--role", role, "--candidate", "Jane Doe", "--date",
            "2026-12-03", "--seed", String.valueOf(seed), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().isEmpty(), r.err());
        assertValid(role, seed, r.out());
      }
    }
  }

  @SuppressWarnings("unchecked")
  static void assertValid(String role, int seed, String json) {
    Map<String, Object> loop = (Map<String, Object>) Json.parse(json);
    assertEquals(role, loop.get("role"));
    assertEquals((long) seed, loop.get("seed"));
    Set<String> ids = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (Object o : (List<Object>) loop.get("rounds")) {
      Map<String, Object> round = (Map<String, Object>) o;
      String where = role + " seed " + seed + " " + round.get("id");
      List<String> scores = (List<String>) round.get("scores");
      Set<String> assessed = new HashSet<>();
      for (Object q : (List<Object>) round.get("questions")) {
        Map<String, Object> question = (Map<String, Object>) q;
        assessed.addAll((List<String>) question.get("assesses"));
        assertTrue(ids.add((String) question.get("id")), where + " repeats a question");
        String group = (String) question.get("group");
        assertTrue(group.isEmpty() || groups.add(group), where + " repeats group " + group);
      }
      assertEquals(Set.copyOf(scores), assessed, where);
      long total = 0;
      Map<String, Object> last = null;
      for (Object s : (List<Object>) round.get("run_sheet")) {
        last = (Map<String, Object>) s;
        assertEquals(total, last.get("start"), where);
        total += (Long) last.get("minutes");
      }
      assertEquals(round.get("minutes"), total, where);
      assertTrue((Long) last.get("minutes") >= 5, where + " wrap-up " + last);
    }
  }

  @Test
  void tableListsRoundsQuestionsAndTheRunSheetAndWritesNothing() throws IOException {
    Kit r = CliTest.kit("plan", "--role", "cto", "--candidate", "Jane Doe", "--seed", "3");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Technology strategy work sample"), r.out());
    assertTrue(r.out().contains("Wrap-up"), r.out());
    assertTrue(r.out().contains("Q1 exercise"), r.out());
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(0, files.count());
    }
    assertFalse(Files.exists(Path.of("interview-packets")), "plan wrote documents");
  }

  @Test
  void planDrawsWhatPacketDraws() throws IOException {
    Kit plan = CliTest.kit("plan", "--role", "vp-of-engineering", "--candidate", "Jane Doe",
        "--date", "2026-12-03", "--json");
    Kit packet = CliTest.kit("packet", "--role", "vp-of-engineering", "--candidate", "Jane Doe",
        "--date", "2026-12-03", "--format", "pdf", "--out", tmp.toString());
    assertEquals(0, packet.exitCode(), packet.err());
    String overview;
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
        tmp.resolve("2026-12-03-jane-doe-vp-of-engineering").resolve("00-overview.pdf")
            .toFile())) {
      overview = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
    }
    int found = 0;
    for (String line : plan.out().lines().toList()) {
      int i = line.indexOf("{\"id\": \"");
      if (i >= 0) {
        String id = line.substring(i + 8, line.indexOf('"', i + 8));
        assertTrue(overview.replaceAll("\\s+", "").contains(id), id + " not in the packet");
        found++;
      }
    }
    assertTrue(found >= 10, plan.out());
  }

  @Test
  void aPanelWithMoreQuestionsThanTheTimeBoxHoldsIsRefused() throws IOException {
    Path panel = Files.writeString(tmp.resolve("panel.yaml"), """
        candidate: Jane Doe
        role: engineering-manager
        rounds:
          people-management:
            questions: [emc-underperforming-engineer, emc-rating-surprise,
              emc-productive-engineer-dismissive, emc-hardest-feedback, emc-senior-wants-staff]
        """);
    for (String command : List.of("plan", "packet")) {
      Kit r = command.equals("plan")
          ? CliTest.kit(command, "--role", "engineering-manager", "--panel", panel.toString())
          : CliTest.kit(command, "--role", "engineering-manager", "--panel", panel.toString(),
              "--out", tmp.resolve("out").toString());
      assertEquals(3, r.exitCode(), r.err());
      assertEquals(panel + ":4:3: role 'engineering-manager', round 'people-management': its "
          + "questions need 80 min but the round has 40 for questions (60 min less 5 intro, 10 "
          + "for the candidate's questions and 5 wrap-up)", r.err().strip());
    }
  }

  @Test
  void aPanelWhoseQuestionsLeaveAScoredCompetencyUnaskedIsRefused() throws IOException {
    Path panel = Files.writeString(tmp.resolve("panel.yaml"), """
        candidate: Jane Doe
        role: engineering-manager
        rounds:
          people-management:
            questions: [emc-underperforming-engineer]
        """);
    Kit r = CliTest.kit("plan", "--role", "engineering-manager", "--panel", panel.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertEquals(panel + ":4:3: role 'engineering-manager', round 'people-management': no question "
        + "given assesses 'feedback-and-growth', which the round scores; add one that does",
        r.err().strip());
  }
}
