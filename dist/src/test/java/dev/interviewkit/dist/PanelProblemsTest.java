package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A panel file with several mistakes: all of them in one run, each at its line and column. */
class PanelProblemsTest {

  @TempDir Path tmp;

  @Test
  void everyProblemOfAPanelFileIsReportedInOneRunWithItsPlace() throws IOException {
    Path panel = tmp.resolve("panel.yaml");
    Files.writeString(panel, """
        candidate: Ann Example
        date: 2026-12-03
        role: director-of-engineering
        rounds:
          systems-desing:
            interviewer: Priya Raman
          leadership-scenario:
            interviewer: Marco Bianchi
            questions: [no-such-question]
          hiring-org-desgn:
            interviewer: Dana Okafor
        """);
    Kit r = CliTest.kit("packet", "--role", "director-of-engineering", "--panel",
        panel.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(3, r.exitCode(), r.err());
    String rounds = "; its rounds are systems-design, leadership-scenario, hiring-org-design, "
        + "delivery-partnership, hiring-team-building";
    assertEquals(List.of(
        panel + ":5:3: round 'systems-desing' is not a round of role 'director-of-engineering' "
            + "(did you mean 'systems-design'?)" + rounds,
        panel + ":9:17: round 'leadership-scenario': no bank has a question 'no-such-question'",
        panel + ":10:3: round 'hiring-org-desgn' is not a round of role "
            + "'director-of-engineering' (did you mean 'hiring-org-design'?)" + rounds),
        r.err().lines().toList());
    assertEquals(false, Files.exists(tmp.resolve("out")), "nothing is written");
  }

  @Test
  void aPanelForAnotherRoleIsOneMessageAtItsRoleKey() throws IOException {
    Path panel = tmp.resolve("panel.yaml");
    Files.writeString(panel, """
        candidate: Ann Example
        role: cto
        rounds:
          not-a-cto-round:
            interviewer: Priya Raman
        """);
    Kit r = CliTest.kit("packet", "--role", "director-of-engineering", "--panel",
        panel.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(3, r.exitCode(), r.err());
    assertEquals(List.of(panel + ":2:7: panel is for role 'cto' but --role is "
        + "'director-of-engineering'"), r.err().lines().toList());
  }
}
