package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.workbench.model.BankFile;
import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.LoopEditor.RoundView;
import dev.interviewkit.workbench.model.Preferences;
import dev.interviewkit.workbench.model.PreferencesStore;
import dev.interviewkit.workbench.model.WindowLayout;
import dev.interviewkit.workbench.model.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Undo, honest state, preferences and the bank editor of the workbench's view model. */
class WorkbenchStateTest extends WorkbenchFixture {

  @Test
  void undoAndRedoTakeBackASwapARedrawAndAFieldEditInOrder() {
    LoopEditor editor = directorLoop();
    List<List<String>> planned = questions(editor);
    String first = editor.rounds().get(0).id();
    editor.redraw(first);
    List<List<String>> redrawn = questions(editor);
    assertNotEquals(planned, redrawn);
    RoundView second = editor.rounds().get(1);
    String out = second.questions().get(0).id();
    String in = editor.alternatives(second.id(), out).get(0).id();
    editor.swap(second.id(), out, in);
    List<List<String>> swapped = questions(editor);
    editor.setInterviewer(second.id(), "Priya Raman", "", "");

    assertEquals("Undo Interviewer", editor.undoName());
    editor.undo();
    assertEquals("", editor.interviewer(second.id()).name());
    assertEquals("Undo Swap " + out, editor.undoName());
    editor.undo();
    assertEquals(redrawn, questions(editor), "undoing the swap brings back " + out);
    editor.undo();
    assertEquals(planned, questions(editor), "undoing the redraw brings back the first draw");
    editor.redo();
    assertEquals(redrawn, questions(editor));
    editor.redo();
    assertEquals(swapped, questions(editor));
    editor.undo();
    editor.setCandidate("John Roe");
    assertFalse(editor.canRedo(), "a new edit ends the redo chain");
    editor.undo();
    assertEquals("Jane Doe", editor.candidate());
  }

  @Test
  void anImpossibleDateIsAFaultOfTheDateFieldAndBlocksGenerate() {
    LoopEditor editor = directorLoop();
    assertEquals(Optional.empty(), editor.blocker());
    editor.enterDate("2026-02-30");
    assertEquals(Map.of("date", "date: 2026-02-30 is not a day; February 2026 has 28 days"),
        editor.faults());
    assertEquals(Optional.of("date: 2026-02-30 is not a day; February 2026 has 28 days"),
        editor.blocker());
    assertEquals(LocalDate.of(2026, 12, 3), editor.date(), "the last valid date is kept");
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> editor.generate(false, (m, d, t) -> { }));
    assertEquals("date: 2026-02-30 is not a day; February 2026 has 28 days",
        refused.getMessage());
    assertFalse(Files.exists(tmp.resolve("out")), "the previous date's loop was written");
    editor.enterSeed("seven");
    assertTrue(editor.faults().get("seed").startsWith("seed: 'seven' is not a whole number"),
        editor.faults().toString());
    editor.enterDate("2026-03-02");
    editor.enterSeed("7");
    assertEquals(Map.of(), editor.faults());
    assertEquals(LocalDate.of(2026, 3, 2), editor.date());
    assertEquals(Optional.empty(), editor.blocker());
    editor.setCandidate(" ");
    assertEquals(Optional.of("candidate: name the candidate"), editor.blocker());
  }

  @Test
  void aBrokenBankOnDiskBlocksGenerateWithTheProblemsTheCliRefusesWith() throws Exception {
    LoopEditor editor = directorLoop();
    assertEquals(Optional.empty(), editor.blocker());
    Path org = banks.resolve("org-design.yaml");
    Files.writeString(org, Files.readString(org).replaceFirst("follow_ups:", "folow_ups:"));
    editor.refresh();
    String reason = editor.blocker().orElseThrow();
    Kit cli = Kit.run("packet", "--role", DIRECTOR, "--candidate", "Jane Doe", "--date",
        "2026-12-03", "--seed", "7", "--out", tmp.resolve("cli").toString(),
        "--plugins", Kit.PLUGINS.toString(), "--banks", banks.toString());
    assertEquals(3, cli.exitCode(), cli.err());
    List<String> refused = workbench.problems().stream().map(Problem::toString)
        .filter(p -> p.contains("org-design.yaml")).toList();
    assertFalse(refused.isEmpty());
    for (String problem : refused) {
      assertTrue(cli.err().contains(problem), "the CLI does not say " + problem + ":\n"
          + cli.err());
      assertTrue(reason.contains(problem), "the workbench does not say " + problem + ":\n"
          + reason);
    }
    assertThrows(IllegalStateException.class, () -> editor.generate(false, (m, d, t) -> { }));
    assertFalse(Files.exists(tmp.resolve("out")), "nothing was written");
  }

  @Test
  void preferencesAndTheLayoutSurviveARestartAndNewLoopsStartFromThem() throws Exception {
    Path config = tmp.resolve("xdg/interview-kit");
    Preferences prefs = new Preferences(Paper.A4, tmp.resolve("packets"), "Example Corp",
        Optional.of(DIRECTOR), 15, Preferences.Editor.SYSTEM);
    WindowLayout layout = new WindowLayout(10, 20, 1200, 800, Map.of("navigator", 300),
        Optional.of(tmp.resolve("loop.yaml")));
    new PreferencesStore(config).save(prefs, layout);
    try (Stream<Path> files = Files.list(config)) {
      assertEquals(List.of(config.resolve("workbench.properties")), files.toList(),
          "one file, no temporary left");
    }
    PreferencesStore again = new PreferencesStore(config);
    assertEquals(prefs, again.preferences());
    assertEquals(layout, again.layout());
    assertEquals(List.of(), again.problems());

    workbench.useDefaults(again.preferences().defaults());
    LoopEditor editor = workbench.newLoop();
    assertEquals(DIRECTOR, editor.role());
    assertEquals(Paper.A4, editor.paper());
    assertEquals(tmp.resolve("packets"), editor.out());

    Files.writeString(config.resolve("workbench.properties"), "paper=b5\nfont.size=99\n");
    PreferencesStore bad = new PreferencesStore(config);
    assertEquals(Preferences.DEFAULT, bad.preferences());
    assertEquals(2, bad.problems().size(), bad.problems().toString());
    assertTrue(bad.problems().get(0).contains("paper: 'b5' is not letter or a4"),
        bad.problems().toString());
  }

  @Test
  void aProblemOpensItsBankAtTheLineAndSavingValidatesAgainAtOnce() throws Exception {
    Path org = banks.resolve("org-design.yaml");
    String good = Files.readString(org);
    Files.writeString(org, good.replaceFirst("follow_ups:", "folow_ups:"));
    Problem problem = workbench.problems().stream()
        .filter(p -> p.message().contains("folow_ups")).findFirst().orElseThrow();
    BankFile file = workbench.open(problem).orElseThrow();
    assertEquals(org.toAbsolutePath(), file.path());
    assertEquals(problem.line(), file.line());
    String line = file.text().lines().skip(problem.line() - 1).findFirst().orElseThrow();
    assertTrue(line.contains("folow_ups"), line);
    assertTrue(file.text().startsWith("folow_ups", file.offset()), "offset at the key");
    assertFalse(file.problemsOfThisFile().isEmpty());

    List<Problem> after = file.save(file.text().replace("folow_ups:", "follow_ups:"));
    assertEquals(List.of(), after);
    assertEquals(good, Files.readString(org));
    assertEquals(List.of(), workbench.problems());
    try (Stream<Path> files = Files.list(banks)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")),
          "a temporary file was left beside the bank");
    }
    Problem inJar = Problem.inFile(Kit.PLUGINS.resolve("x.jar").toString(), "m");
    assertEquals(Optional.empty(), workbench.open(inJar));
  }

  private static List<List<String>> questions(LoopEditor editor) {
    return editor.rounds().stream().map(r -> r.questions().stream().map(Question::id).toList())
        .toList();
  }
}
