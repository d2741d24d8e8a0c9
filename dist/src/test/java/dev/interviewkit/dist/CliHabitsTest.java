package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users expect of a command line: help, versions, suggestions, completion, '-' and rounds. */
class CliHabitsTest {

  @TempDir Path tmp;

  @Test
  void helpCommandDescribesTheNamedCommandAsItsHelpOptionDoes() {
    Kit help = Kit.run("help", "packet");
    Kit option = Kit.run("packet", "--help");
    assertEquals(0, help.exitCode(), help.err());
    assertTrue(help.out().startsWith("Usage: kit packet "), help.out());
    assertEquals(option.out(), help.out());
  }

  @Test
  void everySubcommandPrintsTheVersion() {
    for (String[] args : List.of(new String[] {"packet", "--version"},
        new String[] {"validate", "-V"}, new String[] {"training", "score", "--version"},
        new String[] {"--version"})) {
      Kit r = Kit.run(args);
      assertEquals(0, r.exitCode(), r.err());
      assertEquals("interview-kit 1.0.0", r.out().strip(), String.join(" ", args));
    }
  }

  @Test
  void aMistypedCommandOrOptionGetsOneLineWithTheClosestName() {
    Kit command = Kit.run("pakcet", "--role", "cto");
    assertEquals(2, command.exitCode());
    assertEquals("kit: unknown command 'pakcet' (did you mean 'packet'?)",
        command.err().lines().findFirst().orElseThrow());
    Kit option = Kit.run("packet", "--rol", "cto");
    assertEquals(2, option.exitCode());
    assertEquals("kit: unknown option '--rol' for 'kit packet' (did you mean '--role'?)",
        option.err().lines().findFirst().orElseThrow());
  }

  @Test
  void completionScriptsNameEveryCommandForBashAndZsh() {
    for (String shell : List.of("bash", "zsh")) {
      Kit r = Kit.run("completion", shell);
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().lines().findFirst().get());
      assertTrue(r.out().contains("complete -F _complete_kit"), "registers kit");
      assertTrue(r.out().contains("bashcompinit"), "zsh loads bash completion");
      for (String command : List.of("packet", "rounds", "validate", "plugins", "help")) {
        assertTrue(r.out().contains(command), shell + " script lacks " + command);
      }
      assertTrue(r.out().contains("--candidate"), "options of a subcommand are completed");
    }
    assertEquals(2, Kit.run("completion", "fish").exitCode());
  }

  @Test
  void roundsListsTheIdsAPanelFileTakes() {
    Kit r = CliTest.kit("rounds", "--role", "director-of-engineering");
    assertEquals(0, r.exitCode(), r.err());
    List<String> ids = r.out().lines().skip(1).map(l -> l.split("\\s+")[0]).toList();
    assertEquals(List.of("systems-design", "leadership-scenario", "hiring-org-design",
        "delivery-partnership", "hiring-team-building"), ids);
    Kit unknown = CliTest.kit("rounds", "--role", "director");
    assertEquals(4, unknown.exitCode(), unknown.err());
  }

  @Test
  void aDashReadsThePanelFromStandardInput() throws IOException {
    String panel = """
        candidate: Ann Example
        role: cto
        rounds:
          nope:
            interviewer: Priya Raman
        """;
    Kit bad = Kit.withInput(panel, "plan", "--role", "cto", "--panel", "-");
    assertEquals(3, bad.exitCode(), bad.err());
    assertTrue(bad.err().startsWith("<stdin>:4:3: round 'nope' is not a round of role 'cto'"),
        bad.err());
    Kit good = Kit.withInput(panel.replace("nope", "vision-bets"), "packet", "--role", "cto",
        "--panel", "-", "--date", "2026-12-03", "--out", tmp.toString());
    assertEquals(0, good.exitCode(), good.err());
    assertTrue(good.out().contains("ann-example"), good.out());
  }

  @Test
  void aDashReadsABankFromStandardInputBoundedLikeAFile() throws IOException {
    String bank = Files.readString(Kit.BANKS.resolve("org-design.yaml"));
    Kit r = Kit.withInput(bank.replaceFirst("    anchors:", "    anchros:"), "validate", "-");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("<stdin>:"), r.err());
    assertTrue(r.err().contains("unknown key 'anchros' (did you mean 'anchors'?)"), r.err());
    Kit huge = Kit.withInput("x".repeat(5 << 20), "validate", "-");
    assertEquals(1, huge.exitCode());
    assertTrue(huge.err().startsWith("<stdin>: standard input is larger than the limit of "),
        huge.err());
  }
}
