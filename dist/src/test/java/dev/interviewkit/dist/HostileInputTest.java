package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.output.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs each get one line naming the fault, in bounded time, and no output ever holds a raw
 * control character. The time limit is only a guard against a hang, not a speed test.
 */
class HostileInputTest {

  private static final Duration HANG_GUARD = Duration.ofMinutes(2);
  private static final String ROLE = "engineering-manager";

  @TempDir Path tmp;

  @BeforeAll
  static void quietPf4j() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
  }

  /** Runs kit with the installation's plugins and banks, and checks the output is clean. */
  private static Kit kit(String... args) {
    Kit r = assertTimeoutPreemptively(HANG_GUARD, () -> CliTest.kit(args));
    for (String stream : List.of(r.out(), r.err())) {
      stream.chars().filter(c -> Terminal.escaped(c, false)).findFirst().ifPresent(c -> {
        throw new AssertionError(String.format("raw U+%04X in output: %s", c,
            Terminal.oneLine(stream)));
      });
    }
    return r;
  }

  private static void oneLine(Kit r, int code, String expected) {
    assertEquals(code, r.exitCode(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(expected), r.err());
  }

  private Kit packetWithPanel(String panel) throws IOException {
    Path file = Files.writeString(tmp.resolve("panel.yaml"), panel);
    return kit("packet", "--role", ROLE, "--panel", file.toString(), "--out",
        tmp.resolve("out").toString(), "--format", "pdf");
  }

  // --- sizes --------------------------------------------------------------------------------------

  @Test
  void aThreeMegabyteCandidateNameIsRefusedByItsLimit() throws IOException {
    String huge = "A".repeat(3 * 1024 * 1024);
    Kit r = packetWithPanel("candidate: " + huge + "\n");
    oneLine(r, 3, "panel.yaml: file is larger than the limit of 256 KB (262144 bytes)");

    r = packetWithPanel("candidate: " + "A".repeat(201) + "\n");
    oneLine(r, 3, "panel.yaml:1:12: 'candidate' is 201 characters long; the limit is 200");

    r = packetWithPanel("candidate: Jane Doe\nrounds:\n  people-management:\n    interviewer: "
        + "B".repeat(5000) + "\n");
    oneLine(r, 3, "'interviewer' is 5000 characters long; the limit is 200");

    Path batch = Files.writeString(tmp.resolve("big.csv"), "candidate,role\n" + huge + "," + ROLE
        + "\n");
    r = kit("batch", batch.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(batch + ":2: the candidate's name is 3145728 characters long; "
        + "the limit is 200"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aBatchFileOverTheLimitIsRefused() throws IOException {
    Path batch = tmp.resolve("huge.csv");
    Files.writeString(batch, "candidate,role\n" + ("Jane Doe," + ROLE + "\n").repeat(250_000));
    Kit r = kit("batch", batch.toString(), "--out", tmp.resolve("out").toString());
    oneLine(r, 3, "kit: batch file " + batch + ": file is larger than the limit of 4 MB "
        + "(4194304 bytes)");
  }

  // --- only regular files, confined -------------------------------------------------------------

  @Test
  void pipesDevicesAndFoldersAreRefusedWithoutReading() throws Exception {
    Path fifo = tmp.resolve("panel-fifo.yaml");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    for (String panel : List.of(fifo.toString(), "/dev/stdin", "/dev/zero", tmp.toString())) {
      Kit r = kit("packet", "--role", ROLE, "--panel", panel, "--out",
          tmp.resolve("out").toString());
      assertEquals(3, r.exitCode(), panel + ": " + r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().matches(java.util.regex.Pattern.quote(panel)
          + ": (is not a regular file \\(a pipe, a device or a socket\\); only regular files "
          + "are read|is a folder, not a file)\\R"), r.err());
    }
    Kit r = kit("batch", "/dev/zero", "--out", tmp.resolve("o").toString());
    oneLine(r, 3, "/dev/zero: is not a regular file");
    r = kit("validate", fifo.toString());
    assertTrue(r.exitCode() != 0, r.err() + r.out());
    assertTrue((r.out() + r.err()).contains(fifo + ": is not a regular file"), r.out() + r.err());
    r = kit("packet", "--role", ROLE, "--candidate", "Jane Doe", "--avoid", "/dev/stdin",
        "--out", tmp.resolve("out").toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("/dev/stdin: is not a regular file"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aBatchRowsPanelMustLieInTheBatchFilesFolder() throws IOException {
    Path secret = Files.writeString(tmp.resolve("shadow"),
        "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n");
    Path dir = Files.createDirectories(tmp.resolve("batches"));
    Files.createSymbolicLink(dir.resolve("link.yaml"), secret);
    Files.writeString(dir.resolve("inside.yaml"), "candidate: Ana Ruiz\n");
    Path batch = Files.writeString(dir.resolve("loops.csv"), "candidate,role,panel\n"
        + ",engineering-manager,../shadow\n"
        + "," + ROLE + "," + secret + "\n"
        + "," + ROLE + ",link.yaml\n"
        + "," + ROLE + ",/etc/passwd\n"
        + "," + ROLE + ",inside.yaml\n");
    Kit r = kit("batch", batch.toString(), "--out", tmp.resolve("out").toString(), "--format",
        "pdf");
    assertEquals(3, r.exitCode(), r.err());
    for (int line = 2; line <= 5; line++) {
      assertTrue(r.err().contains(batch + ":" + line + ": panel file '"), r.err());
    }
    assertTrue(r.err().contains("is outside the batch file's folder " + dir), r.err());
    assertTrue(r.err().contains("batch: 1 of 5 loops written"), r.err());
    assertFalse(r.err().contains("root") || r.err().contains("daemon")
        || r.err().contains("hash"), r.err());
  }

  @Test
  void aPanelOfAnotherKindOfFileNeverQuotesItsLines() throws IOException {
    Kit r = packetWithPanel("root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\n"
        + "daemon:*:19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\n");
    oneLine(r, 3, "panel.yaml:1:1: this is not a panel file: it has none of the keys "
        + "candidate, date, role, seed, time_zone, coordinator, scorecard_due, debrief, "
        + "rounds");
    assertFalse(r.err().contains("daemon") || r.err().contains("hash")
        || r.err().contains("19000"), r.err());
  }

  // --- strict formats ---------------------------------------------------------------------------

  @Test
  void panelTimesMustBeTimesOfDay() throws IOException {
    for (String time : List.of("25:99", "24:00", "9:60", "nine", "09:00-10:00")) {
      Kit r = packetWithPanel("candidate: Jane Doe\nrounds:\n  people-management:\n"
          + "    interviewer: Priya Raman\n    time: \"" + time + "\"\n");
      oneLine(r, 3, "panel.yaml:5:11: 'time' must be a time of day as HH:MM, 00:00 to 23:59, "
          + "got '" + time + "'");
    }
    Kit ok = packetWithPanel("candidate: Jane Doe\nrounds:\n  people-management:\n"
        + "    interviewer: Priya Raman\n    time: \"23:59\"\n");
    assertEquals(0, ok.exitCode(), ok.err());
  }

  @Test
  void csvQuotingFaultsAndRepeatedColumnsAreRefusedByLineAndColumn() throws IOException {
    Path batch = Files.writeString(tmp.resolve("q.csv"), """
        candidate,role
        "Lee, Sam,cto
        Jane "JD" Doe,cto
        "Lee, Sam"x,cto
        "Lee, Sam" ,cto
        """);
    Kit r = kit("batch", batch.toString(), "--out", tmp.resolve("out").toString(), "--format",
        "pdf");
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(batch + ":2:1: the quoted value opened here is not closed"),
        r.err());
    assertTrue(r.err().contains(batch + ":3:6: a double quote inside a value that does not "
        + "start with one"), r.err());
    assertTrue(r.err().contains(batch + ":4:11: text after the closing quote of a value"),
        r.err());
    assertTrue(r.err().contains("batch: 1 of 4 loops written"), r.err());

    Path twice = Files.writeString(tmp.resolve("twice.csv"), "candidate,role,candidate\n"
        + "Jane Doe,cto,Ann Lee\n");
    r = kit("batch", twice.toString(), "--out", tmp.resolve("out2").toString());
    oneLine(r, 3, twice + ":1:16: column 'candidate' is given twice (first at column 1)");
    assertFalse(Files.exists(tmp.resolve("out2")));
  }

  @Test
  void anEmptyOutIsRefused() {
    for (String command : List.of("packet", "scorecards")) {
      Kit r = kit(command, "--role", ROLE, "--candidate", "Jane Doe", "--out", "");
      oneLine(r, 2, "kit: --out is empty");
    }
  }

  // --- terminal escapes -------------------------------------------------------------------------

  @Test
  void escapesAndBellsInIdsNamesAndValuesNeverReachTheTerminal() throws IOException {
    String evil = "\u001B]0;pwned\u0007\u001B[2J\r\u009B";
    List<Kit> runs = new ArrayList<>();
    runs.add(kit("packet", "--role", "x" + evil, "--candidate", "Jane Doe", "--out",
        tmp.resolve("o").toString()));
    runs.add(packetWithPanel("candidate: Jane Doe\nrounds:\n  \"r" + "\\e]0;t\\a" + "\":\n"
        + "    interviewer: Priya\n"));
    runs.add(packetWithPanel("candidate: Jane Doe\nrounds:\n  people-management:\n"
        + "    questions: [\"q\\e[31m\\a\"]\n"));
    runs.add(kit("packet", "--role", ROLE, "--candidate", "Jane\nDoe\u0007", "--out",
        tmp.resolve("o").toString()));
    Path batch = Files.writeString(tmp.resolve("evil.csv"), "candidate,role,date,seed,paper\n"
        + "Jane" + evil + "," + ROLE + evil + ",2026-12-0" + evil + ",1" + evil + ",a4" + evil
        + "\n" + "Jane Doe" + evil + "," + ROLE + ",2026-12-03,,\n");
    runs.add(kit("batch", batch.toString(), "--out", tmp.resolve("b").toString(), "--format",
        "pdf"));
    for (Kit r : runs) {
      assertTrue(r.exitCode() != 0, r.err());
      for (String line : r.err().lines().toList()) {
        assertFalse(line.isBlank(), r.err());
      }
      assertTrue(r.err().contains("\\u001B") || r.err().contains("\\u0007"), r.err());
    }
    assertEquals(1, runs.get(3).err().lines().count(), runs.get(3).err());
  }
}
