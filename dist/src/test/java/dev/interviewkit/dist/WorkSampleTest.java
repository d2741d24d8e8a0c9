package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CTO, VP and EM loops each have a work-sample round with a handout; the EM script stays in the packet. */
class WorkSampleTest {

  @TempDir Path out;

  @Test
  void emRolePlayPrintsTheInterviewersScriptInThePacketOnly() throws IOException {
    Kit r = CliTest.kit("packet", "--role", "engineering-manager", "--candidate", "Sam Lee",
        "--date", "2026-12-03", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    Path folder = out.resolve("2026-12-03-sam-lee-engineering-manager");
    String packet = ReferenceCheckTest.pdf(folder.resolve("15-feedback-role-play-packet.pdf"));
    String word = ReferenceCheckTest.docx(folder.resolve("15-feedback-role-play-packet.docx"));
    for (String text : new String[] {packet, word}) {
      assertTrue(text.contains("Your part in the role-play (never show the candidate)"), text);
      assertTrue(text.contains("Timing: prepare 5 min, present 15 min"), text);
    }
    String handout = ReferenceCheckTest.pdf(folder.resolve("25-feedback-role-play-handout.pdf"));
    assertFalse(handout.contains("Your part in the role-play"), handout);
  }

  @Test
  void ctoAndVpLoopsHaveAWorkSampleHandout() throws IOException {
    for (String[] role : new String[][] {{"cto", "strategy-work-sample", "15"},
        {"vp-of-engineering", "budget-work-sample", "16"}}) {
      Kit r = CliTest.kit("packet", "--role", role[0], "--candidate", "Sam Lee", "--date",
          "2026-12-03", "--format", "pdf", "--out", out.toString());
      assertEquals(0, r.exitCode(), r.err());
      int n = Integer.parseInt(role[2]) + 10;
      assertTrue(r.paths().stream().anyMatch(p -> p.getFileName().toString()
          .equals(n + "-" + role[1] + "-handout.pdf")), r.out());
    }
  }
}
