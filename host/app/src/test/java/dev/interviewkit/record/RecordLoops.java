package dev.interviewkit.record;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A child JVM that records loops into a record, for the tests of several processes. */
final class RecordLoops {

  private RecordLoops() {}

  /** Args: database, candidate prefix, how many loops, folder. */
  public static void main(String[] args) {
    HiringRecord record = HiringRecord.open(new RecordSettings(args[0], "", "",
        java.util.OptionalInt.empty())).orElseThrow();
    int n = Integer.parseInt(args[2]);
    for (int i = 0; i < n; i++) {
      record.recordLoop(Records.loop(args[1] + " " + i, LocalDate.of(2026, 12, 3), i,
          Path.of(args[3]).resolve(args[1])));
    }
  }

  static Process start(RecordSettings settings, String prefix, int loops, boolean halt)
      throws java.io.IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path")));
    if (halt) {
      command.add("-Dinterviewkit.record.fault=halt-before-commit");
    }
    command.addAll(List.of(RecordLoops.class.getName(), settings.database(), prefix,
        String.valueOf(loops), System.getProperty("java.io.tmpdir")));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  static int finish(Process p) throws Exception {
    String output = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child did not finish: " + output);
    }
    if (p.exitValue() != 0 && p.exitValue() != 137) {
      throw new AssertionError("child failed with " + p.exitValue() + ": " + output);
    }
    return p.exitValue();
  }
}
