package dev.interviewkit.dist;

import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbench view model over a copy of the shipped banks ({@link #banks}, free to break) and a
 * configuration folder of its own; {@link #directorLoop} is the loop most tests edit.
 */
abstract class WorkbenchFixture {

  static final String DIRECTOR = "director-of-engineering";

  @TempDir Path tmp;
  Path banks;
  Workbench workbench;

  @BeforeEach
  void openWorkbench() throws Exception {
    banks = Files.createDirectories(tmp.resolve("banks"));
    try (Stream<Path> files = Files.list(Kit.BANKS)) {
      for (Path f : files.toList()) {
        Files.copy(f, banks.resolve(f.getFileName()));
      }
    }
    workbench = Workbenches.open(banks, tmp.resolve("config"));
  }

  /** Jane Doe's Director loop of 2026-12-03, seed 7, written under {@code tmp/out}. */
  LoopEditor directorLoop() {
    LoopEditor editor = workbench.newLoop();
    editor.setRole(DIRECTOR);
    editor.setCandidate("Jane Doe");
    editor.setDate(LocalDate.of(2026, 12, 3));
    editor.setSeed(7L);
    editor.setOut(tmp.resolve("out"));
    editor.useRandom(new Random(1));
    return editor;
  }
}
