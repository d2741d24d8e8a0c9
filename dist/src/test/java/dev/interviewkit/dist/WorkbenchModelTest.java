package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.workbench.model.LoopEditor;
import dev.interviewkit.workbench.model.LoopEditor.RoundView;
import dev.interviewkit.workbench.model.PagePreview;
import dev.interviewkit.workbench.model.ProblemWatcher;
import dev.interviewkit.workbench.model.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The workbench's view model, over the real plugins and banks, without any display. */
class WorkbenchModelTest extends WorkbenchFixture {

  @Test
  void navigatorListsTheFourRolesWithPluginVersionAndTheBanksWithProblemCounts()
      throws java.io.IOException {
    List<Workbench.RoleItem> roles = workbench.roles();
    // The built-in roles; a role added with 'kit new-role' may be among them.
    List<String> ids = roles.stream().map(Workbench.RoleItem::id).toList();
    assertTrue(ids.containsAll(PluginFaultsTest.BUILT_IN), ids.toString());
    assertEquals(ids.stream().sorted().toList(), ids);
    assertTrue(roles.stream().allMatch(r -> r.pluginVersion().equals("1.0.0")
        && r.state().equals("ready")), roles.toString());
    List<Workbench.BankItem> bankItems = workbench.banks();
    try (Stream<Path> files = Files.list(Kit.BANKS)) {
      assertEquals(files.filter(f -> f.toString().endsWith(".yaml")).count(), bankItems.size(),
          bankItems.toString());
    }
    assertTrue(bankItems.stream().allMatch(b -> b.problems() == 0 && b.questions() > 0),
        bankItems.toString());
    assertEquals(List.of(), workbench.problems());
  }

  @Test
  void aBrokenBankShowsItsProblemsAsFileLineMessageAndTheWatcherReportsTheEdit()
      throws Exception {
    CompletableFuture<List<Problem>> reported = new CompletableFuture<>();
    try (ProblemWatcher watcher = workbench.watchProblems(reported::complete)) {
      assertTrue(watcher.watching());
      Path org = banks.resolve("org-design.yaml");
      Files.writeString(org, Files.readString(org).replaceFirst("follow_ups:", "folow_ups:"));
      List<Problem> problems = reported.get(20, TimeUnit.SECONDS);
      assertTrue(problems.stream().anyMatch(p -> p.toString().matches(
          ".*org-design\\.yaml:\\d+:\\d+: unknown key 'folow_ups'.*")), problems.toString());
    }
    Workbench.BankItem org = workbench.banks().stream()
        .filter(b -> b.path().endsWith("org-design.yaml")).findFirst().orElseThrow();
    assertTrue(org.problems() > 0, org.toString());
    assertTrue(org.label().contains("problem"), org.label());
  }

  @Test
  void editorPlansTheLoopAndChecksEachRoundsTimeBudget() {
    LoopEditor editor = workbench.newLoop();
    editor.setRole(DIRECTOR);
    assertEquals("Name the candidate", editor.error());
    assertTrue(editor.loop().isEmpty());
    assertEquals(5, editor.rounds().size(), "rounds show before the candidate is named");
    editor.setCandidate("Jane Doe");
    assertEquals("", editor.error());
    for (RoundView r : editor.rounds()) {
      assertFalse(r.questions().isEmpty(), r.id());
      assertEquals(r.questions().stream().mapToInt(Question::minutes).sum(), r.questionMinutes());
      assertTrue(r.budget().startsWith(r.questionMinutes() + " of " + r.budgetMinutes()
          + " min"), r.budget());
      assertEquals(r.questionMinutes() > r.budgetMinutes(), r.overBudget());
    }
    RoundView over = new RoundView(1, "x", "X", "p", 60, 40, 45,
        dev.interviewkit.plan.Interviewer.BLANK, List.of());
    assertEquals("45 of 40 min: 5 over", over.budget());
  }

  @Test
  void redrawChangesOnlyThatRoundAndSwapTakesAnEligibleUnusedQuestion() {
    LoopEditor editor = directorLoop();
    List<RoundView> before = editor.rounds();
    String first = before.get(0).id();
    editor.redraw(first);
    List<RoundView> after = editor.rounds();
    assertNotEquals(ids(before.get(0)), ids(after.get(0)), "redraw kept the same questions");
    for (int i = 1; i < before.size(); i++) {
      assertEquals(ids(before.get(i)), ids(after.get(i)), "redraw moved round " + (i + 1));
    }
    RoundView second = after.get(1);
    String out = second.questions().get(0).id();
    List<Question> alternatives = editor.alternatives(second.id(), out);
    assertFalse(alternatives.isEmpty());
    List<String> used = editor.loop().orElseThrow().questionIds();
    assertTrue(alternatives.stream().noneMatch(q -> used.contains(q.id())), "offers used ones");
    String in = alternatives.get(0).id();
    editor.swap(second.id(), out, in);
    assertEquals(in, editor.rounds().get(1).questions().get(0).id());
    List<String> all = editor.loop().orElseThrow().questionIds();
    assertEquals(all.size(), Set.copyOf(all).size(), "repeated a question: " + all);
  }

  @Test
  void generatedFilesEqualTheClisFromTheSavedLoopFileByteForByte() throws Exception {
    LoopEditor editor = directorLoop();
    editor.setInterviewer("systems-design", "Priya Raman", "Principal Engineer", "09:00");
    editor.redraw("leadership-scenario");
    RoundView round = editor.rounds().get(2);
    String out = round.questions().get(round.questions().size() - 1).id();
    editor.swap(round.id(), out, editor.alternatives(round.id(), out).get(0).id());
    List<String> progress = new ArrayList<>();
    List<Path> written = editor.generate(false, (m, done, total) -> progress.add(done + "/"
        + total + " " + m));
    assertEquals("3/3 Wrote " + written.size() + " files", progress.get(progress.size() - 1));
    assertEquals(editor.loopFolder(), written.get(0).getParent());

    Path loopFile = tmp.resolve("loops/jane.yaml");
    editor.save(loopFile);
    String yaml = Files.readString(loopFile);
    assertTrue(yaml.contains("questions:") && yaml.contains("Priya Raman"), yaml);
    Kit cli = Kit.run("packet", "--role", DIRECTOR, "--panel", loopFile.toString(),
        "--out", tmp.resolve("cli").toString(), "--plugins", Kit.PLUGINS.toString(),
        "--banks", banks.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    Map<String, String> window = Workbenches.hashes(tmp.resolve("out"));
    assertEquals(written.size(), window.size());
    assertEquals(window, Workbenches.hashes(tmp.resolve("cli")));
  }

  @Test
  void openingASavedLoopRestoresItAndTheCliReadsTheSameQuestions() throws Exception {
    LoopEditor editor = directorLoop();
    editor.setInterviewer("delivery-partnership", "Marco Bianchi", "", "");
    editor.redraw("systems-design");
    Path file = tmp.resolve("loop.yaml");
    editor.save(file);
    LoopEditor reopened = workbench.newLoop();
    reopened.open(file);
    Panel a = editor.panel();
    Panel b = reopened.panel();
    assertEquals(a.candidate(), b.candidate());
    assertEquals(a.questions(), b.questions());
    assertEquals(a.interviewers(), b.interviewers());
    assertEquals(editor.loop().orElseThrow().questionIds(),
        reopened.loop().orElseThrow().questionIds());
  }

  @Test
  void previewRendersThePagesOfEachDocument() {
    LoopEditor editor = directorLoop();
    List<String> documents = editor.documents();
    assertEquals("00-overview", documents.get(0));
    assertTrue(documents.contains("11-systems-design-scorecard"), documents.toString());
    try (PagePreview preview = PagePreview.of(editor.pdf("11-systems-design-scorecard"))) {
      assertTrue(preview.pages() >= 1);
      var image = preview.page(0, 36);
      assertEquals(306, image.getWidth()); // Letter at 36 dpi
    }
  }

  @Test
  void viewModelPackageUsesNoWidgets() throws Exception {
    Path model = Path.of(System.getProperty("interviewkit.repo"),
        "host/app/src/main/java/dev/interviewkit/workbench/model");
    try (Stream<Path> files = Files.list(model)) {
      for (Path f : files.toList()) {
        String source = Files.readString(f);
        // javax.swing.undo (UndoManager, UndoableEdit) is no widget and works without a display.
        assertFalse(source.replace("javax.swing.undo.", "").contains("javax.swing")
            || source.contains("java.awt.Component")
            || source.contains("workbench.ui"), f + " uses widgets");
      }
    }
  }

  @Test
  void openingAndSavingAPanelWithEveryDocumentedKeyLosesNothing() throws Exception {
    Map<String, List<String>> drawn = directorLoop().panel().questions();
    List<String> rounds = new ArrayList<>(drawn.keySet());
    StringBuilder yaml = new StringBuilder("""
        candidate:
          name: Zoë Ångström-Дмитриев
          email: zoe.angstrom@example.org
        date: 2026-12-03
        role: director-of-engineering
        seed: 4711
        time_zone: Europe/Berlin
        coordinator:
          name: Sam Okoro
          email: sam.okoro@example.com
          phone: "+49 30 1234 5678"
        scorecard_due: "2026-12-03 18:00"
        debrief: "2026-12-04 10:00"
        rounds:
        """);
    for (int i = 0; i < rounds.size(); i++) {
      yaml.append("  ").append(rounds.get(i)).append(":\n")
          .append("    interviewer: Interviewer ").append(i).append("\n")
          .append("    title: Title ").append(i).append("\n")
          .append("    time: \"").append(String.format("%02d", 8 + 2 * i)).append(":00\"\n")
          .append("    email: interviewer").append(i).append("@example.com\n")
          .append(i % 2 == 0 ? "    location: Room " + i : "    link: https://meet.example.com/r"
              + i).append("\n")
          .append("    seniority: ").append(i + 1).append("\n")
          .append("    questions:\n");
      drawn.get(rounds.get(i)).forEach(q -> yaml.append("      - ").append(q).append("\n"));
    }
    Path original = Files.writeString(tmp.resolve("full.yaml"), yaml.toString());
    LoopEditor editor = workbench.newLoop();
    editor.open(original);
    assertEquals("", editor.error(), "the full panel plans");
    Path saved = tmp.resolve("saved.yaml");
    editor.save(saved);
    String text = Files.readString(saved);
    for (String key : List.of("name:", "email:", "date:", "role:", "seed:", "time_zone:",
        "coordinator:", "phone:", "scorecard_due:", "debrief:", "interviewer:", "title:",
        "time:", "location:", "link:", "seniority:", "questions:")) {
      assertTrue(text.contains(key), key + " is missing from the saved panel:\n" + text);
    }
    assertEquals(panel(original), panel(saved), text);
  }

  private static Panel panel(Path file) throws Exception {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return dev.interviewkit.plan.PanelParser.parse("panel.yaml", in);
    }
  }

  private static List<String> ids(RoundView r) {
    return r.questions().stream().map(Question::id).toList();
  }
}
