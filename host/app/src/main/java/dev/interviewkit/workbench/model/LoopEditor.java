package dev.interviewkit.workbench.model;

import dev.interviewkit.api.doc.Paper;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.Question;
import dev.interviewkit.plan.Interviewer;
import dev.interviewkit.plan.Loop;
import dev.interviewkit.plan.Logistics;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.plan.PanelParser;
import dev.interviewkit.plan.PanelWriter;
import dev.interviewkit.plan.PlannedRound;
import dev.interviewkit.plan.Planner;
import dev.interviewkit.role.Draw;
import dev.interviewkit.role.RoleDefinition;
import dev.interviewkit.role.RoundSpec;
import dev.interviewkit.service.KitException;
import dev.interviewkit.service.LoopRequest;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.service.Outputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.undo.UndoManager;
import javax.print.PrintService;

/**
 * The loop editor's state: role, candidate, date, paper, formats, seed, output folder, each
 * round's interviewer, and the questions drawn, with redraw and swap. Every change plans the loop
 * again through {@link LoopService}; the loop is kept as a panel (the file {@code --panel} reads)
 * so saving it and generating from the CLI gives the same files.
 */
public final class LoopEditor {

  /** One round as the editor's table shows it. */
  public record RoundView(int number, String id, String title, String persona, int minutes,
      int budgetMinutes, int questionMinutes, Interviewer interviewer,
      List<Question> questions) {

    /** The questions take more time than the round has for them. */
    public boolean overBudget() {
      return questionMinutes > budgetMinutes;
    }

    /** "35 of 40 min" or "45 of 40 min: 5 over". */
    public String budget() {
      return questionMinutes + " of " + budgetMinutes + " min"
          + (overBudget() ? ": " + (questionMinutes - budgetMinutes) + " over" : "");
    }
  }

  /** What a generate run reports while it works. */
  public interface Progress {
    void step(String message, int done, int total);
  }

  private final Workbench workbench;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private Random random = new Random();

  private String role;
  private String candidate = "";
  private LocalDate date = LocalDate.now();
  private Paper paper;
  private List<String> formats = List.of("pdf", "docx");
  private Long seed;
  private Path out;
  private final Map<String, Interviewer> interviewers = new LinkedHashMap<>();
  private final Map<String, List<String>> pinned = new LinkedHashMap<>();
  /** The opened panel file's coordinator keys, saved back unchanged. */
  private Logistics logistics = Logistics.NONE;
  private final Map<String, String> textFaults = new LinkedHashMap<>();
  private final UndoManager history = new UndoManager();
  private final LoopDefaults defaults;
  private final LoopOutput output;

  private LoopService.Planned planned;
  private String error = "";

  LoopEditor(Workbench workbench, LoopDefaults defaults) {
    this.workbench = workbench;
    this.defaults = defaults;
    this.output = new LoopOutput(workbench, this);
    restore(fresh(), false);
  }

  /** What a new loop starts from: the default role (or the first ready one), paper and folder. */
  private LoopState fresh() {
    List<String> ready = workbench.readyRoleIds();
    String first = defaults.role().filter(ready::contains)
        .orElse(ready.isEmpty() ? null : ready.get(0));
    return new LoopState(first, "", LocalDate.now(), defaults.paper(), List.of("pdf", "docx"),
        null, defaults.out().toAbsolutePath().normalize(), Map.of(), Map.of(), Logistics.NONE);
  }

  /** Called after every change. */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  /** Redraws use this source of randomness; tests fix it. */
  public void useRandom(Random random) {
    this.random = random;
  }

  // ---- the form ----

  public String role() {
    return role;
  }

  /** Selects a role: its rounds start drawn afresh with no interviewers. */
  public void setRole(String role) {
    if (role.equals(this.role)) {
      return;
    }
    edit("Role", () -> {
      this.role = role;
      interviewers.clear();
      pinned.clear();
    });
  }

  public String candidate() {
    return candidate;
  }

  public void setCandidate(String candidate) {
    edit("Candidate", () -> this.candidate = candidate == null ? "" : candidate.strip());
  }

  public LocalDate date() {
    return date;
  }

  public void setDate(LocalDate date) {
    textFaults.remove("date");
    edit("Date", () -> this.date = date);
  }

  public Paper paper() {
    return paper;
  }

  public void setPaper(Paper paper) {
    edit("Paper", () -> this.paper = paper);
  }

  public List<String> formats() {
    return formats;
  }

  /** The output formats, in the order given; the available ones are {@link #availableFormats}. */
  public void setFormats(List<String> formats) {
    edit("Formats", () -> this.formats = List.copyOf(formats));
  }

  public List<String> availableFormats() {
    return List.copyOf(workbench.host().renderers().keySet());
  }

  public Long seed() {
    return seed;
  }

  /** A seed, or null to derive it from role, candidate and date as the CLI does. */
  public void setSeed(Long seed) {
    textFaults.remove("seed");
    edit("Seed", () -> {
      this.seed = seed;
      pinned.clear();
    });
  }

  public Path out() {
    return out;
  }

  public void setOut(Path out) {
    textFaults.remove("out");
    edit("Output folder", () -> this.out = out.toAbsolutePath().normalize());
  }

  /** Who runs a round; blank name means lines to fill in by hand. */
  public void setInterviewer(String roundId, String name, String title, String time) {
    Interviewer who = new Interviewer(strip(name), strip(title), strip(time));
    edit("Interviewer", () -> {
      if (who.isBlank()) {
        interviewers.remove(roundId);
      } else {
        interviewers.put(roundId, who);
      }
    });
  }

  public Interviewer interviewer(String roundId) {
    return interviewers.getOrDefault(roundId, Interviewer.BLANK);
  }

  // ---- text as typed, faults, undo ----

  /** The date as typed; a day that does not exist is a fault of the date field. */
  public void enterDate(String text) {
    entered("date", () -> {
      LocalDate day = FieldCheck.date(text);
      if (!day.equals(date)) {
        setDate(day);
      }
    });
  }

  /** The seed as typed: empty (derived) or a whole number. */
  public void enterSeed(String text) {
    entered("seed", () -> {
      Long value = FieldCheck.seed(text);
      if (!java.util.Objects.equals(value, seed)) {
        setSeed(value);
      }
    });
  }

  /** The output folder as typed. */
  public void enterOut(String text) {
    entered("out", () -> {
      Path folder = FieldCheck.folder(text).toAbsolutePath().normalize();
      if (!folder.equals(out)) {
        setOut(folder);
      }
    });
  }

  private interface Entry {
    void apply() throws FieldCheck.Fault;
  }

  private void entered(String field, Entry entry) {
    boolean had = textFaults.remove(field) != null;
    try {
      entry.apply();
      if (had) {
        notifyListeners();
      }
    } catch (FieldCheck.Fault fault) {
      textFaults.put(field, fault.getMessage());
      notifyListeners();
    }
  }

  /**
   * Every invalid field by its name (role, candidate, date, formats, seed, out) with what is
   * wrong with it; empty when the form is complete.
   */
  public Map<String, String> faults() {
    Map<String, String> faults = new LinkedHashMap<>();
    if (role == null) {
      faults.put("role", "role: no role is installed");
    }
    if (candidate.isBlank()) {
      faults.put("candidate", "candidate: name the candidate");
    }
    faults.putAll(textFaults);
    if (formats.isEmpty()) {
      faults.put("formats", "formats: choose at least one format");
    }
    return Collections.unmodifiableMap(faults);
  }

  /** Why Generate is refused now (an invalid field, or why the loop cannot be planned). */
  public Optional<String> blocker() {
    Map<String, String> faults = faults();
    if (!faults.isEmpty()) {
      return Optional.of(faults.values().iterator().next());
    }
    return planned == null ? Optional.of(error) : Optional.empty();
  }

  /** Starts a new loop from the defaults; undoable like any other edit. */
  public void newLoop() {
    LoopState start = fresh();
    edit("New loop", () -> restore(start, false));
  }

  /** Plans again with the banks as they are on disk now; not an edit. */
  public void refresh() {
    changed();
  }

  public boolean canUndo() {
    return history.canUndo();
  }

  public boolean canRedo() {
    return history.canRedo();
  }

  /** "Undo Swap q-12", as a menu shows it. */
  public String undoName() {
    return history.getUndoPresentationName();
  }

  public String redoName() {
    return history.getRedoPresentationName();
  }

  public void undo() {
    if (history.canUndo()) {
      history.undo();
    }
  }

  public void redo() {
    if (history.canRedo()) {
      history.redo();
    }
  }

  // ---- the planned loop ----

  /** The planned loop, when the form is complete and valid. */
  public Optional<Loop> loop() {
    return Optional.ofNullable(planned).map(LoopService.Planned::loop);
  }

  /** Why there is no loop, or the empty string. */
  public String error() {
    return error;
  }

  /** The rounds of the selected role, with their drawn questions when planned. */
  public List<RoundView> rounds() {
    List<RoundView> views = new ArrayList<>();
    if (planned != null) {
      for (PlannedRound r : planned.loop().rounds()) {
        views.add(view(r.number(), r.spec(), r.questions()));
      }
      return views;
    }
    definition().ifPresent(def -> {
      int n = 1;
      for (RoundSpec spec : def.rounds()) {
        views.add(view(n++, spec, List.of()));
      }
    });
    return views;
  }

  private RoundView view(int number, RoundSpec spec, List<Question> questions) {
    return new RoundView(number, spec.id(), spec.title(), spec.interviewer(), spec.minutes(),
        spec.questionMinutes(), questions.stream().mapToInt(Question::minutes).sum(),
        interviewer(spec.id()), questions);
  }

  /** Draws the round's questions again, preferring ones it did not have. */
  public void redraw(String roundId) {
    PlannedRound round = round(roundId);
    BankCatalog catalog = planned.catalog();
    Set<String> elsewhere = usedOutside(roundId);
    Set<String> current = new HashSet<>(ids(round.questions()));
    Set<String> groups = new HashSet<>();
    for (PlannedRound other : planned.loop().rounds()) {
      if (!other.spec().id().equals(roundId)) {
        other.questions().stream().map(Question::group).filter(g -> !g.isEmpty())
            .forEach(groups::add);
      }
    }
    // The planner's own draw: the round still assesses everything it scores and fits its time.
    List<String> picked = Planner.draw(definition().orElseThrow(), round.spec(), catalog, random,
        current, elsewhere, groups).map(LoopEditor::ids).orElse(ids(round.questions()));
    edit("Redraw " + round.spec().title(), () -> {
      pinCurrent();
      pinned.put(roundId, picked);
    });
  }

  /** Questions that could replace {@code questionId} in its round: same draw, not yet asked. */
  public List<Question> alternatives(String roundId, String questionId) {
    PlannedRound round = round(roundId);
    Set<String> used = new HashSet<>(planned.loop().questionIds());
    RoleDefinition def = definition().orElseThrow();
    for (Draw draw : round.spec().draws()) {
      List<Question> pool = Planner.eligible(def, round.spec(), draw, planned.catalog());
      if (pool.stream().anyMatch(q -> q.id().equals(questionId))) {
        Set<String> groups = new HashSet<>();
        planned.loop().rounds().forEach(r -> r.questions().stream()
            .filter(q -> !q.id().equals(questionId)).map(Question::group)
            .filter(g -> !g.isEmpty()).forEach(groups::add));
        List<Question> rest = round.questions().stream()
            .filter(q -> !q.id().equals(questionId)).toList();
        return pool.stream().filter(q -> !used.contains(q.id()))
            .filter(q -> q.group().isEmpty() || !groups.contains(q.group()))
            .filter(q -> round.spec().required().stream().allMatch(c -> q.assesses(c)
                || rest.stream().anyMatch(r -> r.assesses(c))))
            .filter(q -> rest.stream().mapToInt(Question::minutes).sum() + q.minutes()
                <= round.spec().questionMinutes())
            .toList();
      }
    }
    return List.of();
  }

  /** Replaces one question of a round by another eligible one. */
  public void swap(String roundId, String questionId, String replacementId) {
    if (alternatives(roundId, questionId).stream().noneMatch(q -> q.id().equals(replacementId))) {
      throw new IllegalArgumentException(replacementId + " cannot replace " + questionId
          + " in round " + roundId);
    }
    edit("Swap " + questionId, () -> {
      pinCurrent();
      List<String> ids = new ArrayList<>(pinned.get(roundId));
      ids.set(ids.indexOf(questionId), replacementId);
      pinned.put(roundId, ids);
    });
  }

  // ---- the panel file ----

  /**
   * The loop as a panel: every round's interviewer and questions, and the opened panel file's
   * coordinator keys (docs/panel-format.md).
   */
  public Panel panel() {
    Map<String, List<String>> questions = new LinkedHashMap<>();
    if (planned != null) {
      for (PlannedRound r : planned.loop().rounds()) {
        questions.put(r.spec().id(), ids(r.questions()));
      }
    } else {
      questions.putAll(pinned);
    }
    return new Panel(candidate, Optional.of(date), Optional.ofNullable(role),
        Optional.ofNullable(seed), interviewers, questions, "workbench").withLogistics(logistics);
  }

  /** Saves the loop as a panel file the CLI's {@code --panel} accepts. */
  public void save(Path file) throws IOException {
    requireLoop();
    List<String> order = rounds().stream().map(RoundView::id).toList();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, PanelWriter.write(panel(), order), StandardCharsets.UTF_8);
  }

  /**
   * Opens a panel file: its role (when it names one), candidate, date, seed, interviewers,
   * questions and coordinator keys (kept as read, so Save writes every key back). Paper, formats and output folder stay as they are: the CLI takes them as options.
   *
   * @throws InvalidInputException with the file's problems
   */
  public void open(Path file) throws IOException {
    dev.interviewkit.plan.PanelRead read;
    try (InputStream in = Files.newInputStream(file)) {
      read = PanelParser.read(file.toString(), in);
    }
    if (!read.problems().isEmpty()) {
      // Every problem at once: the file's own and the role's checks of what could be read.
      throw new InvalidInputException(workbench.service().panelProblems(read,
          read.panel().role().orElse(role)));
    }
    Panel p = read.panel();
    textFaults.clear();
    edit("Open " + file.getFileName(), () -> {
      p.role().ifPresent(r -> role = r);
      candidate = p.candidate();
      date = p.date().orElse(LocalDate.now());
      seed = p.seed().orElse(null);
      interviewers.clear();
      interviewers.putAll(p.interviewers());
      pinned.clear();
      pinned.putAll(p.questions());
      logistics = p.logistics();
    });
  }

  /** The request the CLI builds from {@code --role R --panel FILE} and this editor's options. */
  public LoopRequest request(Outputs outputs, List<String> formats, boolean force) {
    return new LoopRequest(role, null, null, null, outputs, formats, paper, null, List.of(), out,
        force);
  }

  // ---- actions (LoopOutput) ----

  /** The folder this loop's files go to. */
  public Path loopFolder() {
    return out.resolve(LoopService.folderOf(requireLoop()).name());
  }

  /** Files of this loop that exist already and would be replaced. */
  public List<Path> existing() {
    return output.existing();
  }

  /**
   * Writes the whole loop, as {@code kit packet} does; refused while {@link #blocker} says why.
   *
   * @param replace replace files of an earlier run (the CLI's --force)
   * @return the paths written
   */
  public List<Path> generate(boolean replace, Progress progress) {
    return output.generate(replace, progress);
  }

  /**
   * Writes the scorecards as PDF (replacing earlier ones of this loop) and prints each on
   * {@code printer}, as {@code kit scorecards --format pdf --print} does.
   *
   * @return the scorecards printed
   */
  public List<Path> printScorecards(PrintService printer, Consumer<String> status) {
    return output.printScorecards(printer, status);
  }

  /** File-name stems of the loop's documents, in the order {@code packet} writes them. */
  public List<String> documents() {
    return output.documents();
  }

  /** One document rendered as PDF, for the preview. */
  public byte[] pdf(String stem) {
    return output.pdf(stem);
  }

  // ---- internals ----

  LoopService.Planned plan(LoopRequest request) {
    return workbench.service().plan(request, Optional.of(panel()));
  }

  /** The planned loop with its banks; refused when there is none. */
  LoopService.Planned planned() {
    requireLoop();
    return planned;
  }

  private Loop requireLoop() {
    if (planned == null) {
      throw new IllegalStateException(error.isEmpty() ? "no loop planned" : error);
    }
    return planned.loop();
  }

  private Optional<RoleDefinition> definition() {
    if (role == null) {
      return Optional.empty();
    }
    return workbench.host().roles().stream().flatMap(r -> r.definition().stream())
        .filter(d -> d.id().equals(role)).findFirst();
  }

  private PlannedRound round(String roundId) {
    requireLoop();
    return planned.loop().rounds().stream().filter(r -> r.spec().id().equals(roundId))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no round " + roundId));
  }

  private Set<String> usedOutside(String roundId) {
    Set<String> used = new HashSet<>();
    for (PlannedRound r : planned.loop().rounds()) {
      if (!r.spec().id().equals(roundId)) {
        used.addAll(ids(r.questions()));
      }
    }
    return used;
  }

  /** Fixes every round's current questions, so one round's edit never moves another's. */
  private void pinCurrent() {
    for (PlannedRound r : planned.loop().rounds()) {
      pinned.putIfAbsent(r.spec().id(), ids(r.questions()));
    }
  }

  private static List<String> ids(List<Question> questions) {
    return questions.stream().map(Question::id).toList();
  }

  private void changed() {
    replan();
    notifyListeners();
  }

  /** Applies {@code change} as one undoable edit named {@code name}, then plans again. */
  private void edit(String name, Runnable change) {
    LoopState before = state();
    change.run();
    LoopState after = state();
    if (!before.equals(after)) {
      history.addEdit(new LoopEdit(this, name, before, after));
    }
    changed();
  }

  LoopState state() {
    return new LoopState(role, candidate, date, paper, formats, seed, out, interviewers, pinned,
        logistics);
  }

  /** Puts the editor back into {@code state}, as an undo or redo does. */
  void restore(LoopState state) {
    restore(state, true);
  }

  private void restore(LoopState state, boolean notify) {
    role = state.role();
    candidate = state.candidate();
    date = state.date();
    paper = state.paper();
    formats = state.formats();
    seed = state.seed();
    out = state.out();
    interviewers.clear();
    interviewers.putAll(state.interviewers());
    pinned.clear();
    pinned.putAll(state.pinned());
    logistics = state.logistics();
    textFaults.clear();
    replan();
    if (notify) {
      notifyListeners();
    }
  }

  private void notifyListeners() {
    listeners.forEach(Runnable::run);
  }

  private void replan() {
    planned = null;
    if (role == null) {
      error = "No role is installed";
      return;
    }
    if (candidate.isBlank()) {
      error = "Name the candidate";
      return;
    }
    try {
      // Planned in memory from the same panel that Save writes.
      planned = plan(request(Outputs.PACKET, List.of(), false));
      error = "";
    } catch (KitException e) {
      error = e.getMessage();
    } catch (InvalidInputException e) {
      error = String.join("\n", e.problems().stream().map(Problem::toString).toList());
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
