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

  /** Four independent mistakes: a bad address, an unknown round, an overlap, rounds out of order. */
  private Path fourMistakes() throws IOException {
    return Files.writeString(tmp.resolve("four.yaml"), """
        candidate: Ann Example
        date: 2026-12-03
        rounds:
          systems-design:
            interviewer: Priya Raman
            email: priya@@example.com
            time: "09:00"
          leadership-scenario:
            interviewer: Marco Bianchi
            time: "10:00"
          hiring-org-design:
            interviewer: Marco Bianchi
            time: "10:30"
          hiring-team-buildin:
            interviewer: Dana Okafor
          delivery-partnership:
            interviewer: Lee Sam
            time: "12:00"
        """);
  }

  private static List<String> fourMessages(Path panel) {
    return List.of(
        panel + ":6:12: round 'systems-design': 'email' 'priya@@example.com' is not an email "
            + "address: domain contains illegal character",
        panel + ":10:11: round 'leadership-scenario' starts at 10:00 but round 'systems-design' "
            + "(75 min) runs 09:00–10:15: the candidate cannot be in both; start it at 10:15 or "
            + "later",
        panel + ":13:11: round 'hiring-org-design' at 10:30 overlaps round 'leadership-scenario' "
            + "(10:00–11:00) for interviewer Marco Bianchi: nobody can run both",
        panel + ":14:3: round 'hiring-team-buildin' is not a round of role "
            + "'director-of-engineering' (did you mean 'hiring-team-building'?); its rounds are "
            + "systems-design, leadership-scenario, hiring-org-design, delivery-partnership, "
            + "hiring-team-building");
  }

  @Test
  void aFaultyFieldAndTheRolesChecksAreReportedTogetherByPacketAndPlan() throws IOException {
    Path panel = fourMistakes();
    for (List<String> command : List.of(List.of("packet", "--out", tmp.resolve("out").toString()),
        List.of("plan"))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.addAll(List.of("--role", "director-of-engineering", "--panel", panel.toString()));
      Kit r = CliTest.kit(args.toArray(String[]::new));
      assertEquals(3, r.exitCode(), command + ": " + r.err());
      assertEquals(fourMessages(panel), r.err().lines().toList(), command.get(0));
    }
    assertEquals(false, Files.exists(tmp.resolve("out")), "nothing is written");
  }

  @Test
  void aBatchRowNamesEveryProblemOfItsPanelFile() throws IOException {
    Path panel = fourMistakes();
    Path batch = Files.writeString(tmp.resolve("loops.csv"),
        "candidate,role,panel\n,director-of-engineering," + panel.getFileName() + "\n");
    Kit r = CliTest.kit("batch", batch.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(3, r.exitCode(), r.err());
    for (String message : fourMessages(panel)) {
      assertEquals(true, r.err().contains(message), message + " in " + r.err());
    }
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
