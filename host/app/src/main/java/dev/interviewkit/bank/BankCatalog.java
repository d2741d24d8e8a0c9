package dev.interviewkit.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every loaded bank, indexed by bank, competency and question id. */
public final class BankCatalog {

  private final Map<String, Bank> banks = new LinkedHashMap<>();
  private final Map<String, Competency> competencies = new LinkedHashMap<>();
  private final Map<String, Question> questions = new LinkedHashMap<>();
  private final List<Problem> warnings = new ArrayList<>();
  /** Bank ids read but not loaded because of their own problems, already reported. */
  private final java.util.Set<String> failedBanks = new java.util.TreeSet<>();
  /** Competency ids defined by banks that failed, cleanly or with a fault in another key. */
  private final java.util.Set<String> failedCompetencies = new java.util.TreeSet<>();
  /** False when a failed bank's competency ids could not all be read. */
  private boolean idsComplete = true;

  private BankCatalog() {}

  /**
   * Reads and cross-checks {@code sources}. Problems are added to {@code problems}; the catalog
   * holds every bank that was read cleanly.
   */
  public static BankCatalog load(Collection<BankSource> sources, List<Problem> problems) {
    // Files are parsed in parallel, then cross-checked in the given order: the same result and
    // the same problems, in the same order, as reading them one by one.
    List<Read> reads = sources.parallelStream().map(BankCatalog::read).toList();
    BankCatalog catalog = new BankCatalog();
    for (Read read : reads) {
      problems.addAll(read.problems());
      catalog.warnings.addAll(read.warnings());
      if (read.bank().isEmpty() || !catalog.add(read.bank().get(), problems)) {
        catalog.failed(read.bankId(), read.declared(), read.idsComplete());
      }
    }
    catalog.crossCheck(problems);
    return catalog;
  }

  /**
   * One file read: the bank when it is clean, else what could be read of it (its id and the ids of
   * the competencies it defines) so that references to them are not reported as well.
   */
  private record Read(Optional<Bank> bank, String bankId, java.util.Set<String> declared,
      boolean idsComplete, List<Problem> problems, List<Problem> warnings) {}

  private static Read read(BankSource source) {
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    BankParser parser = new BankParser(source.path(), source.expectedId(), source.origin(),
        problems, warnings);
    Optional<Bank> bank = read(source, parser, problems);
    return new Read(bank, bank.map(Bank::id).orElse(String.valueOf(source.expectedId())), parser.declared(),
        parser.idsComplete(), problems, warnings);
  }

  private void failed(String bankId, java.util.Set<String> declared, boolean complete) {
    if (!banks.containsKey(bankId)) {
      failedBanks.add(bankId);
    }
    declared.stream().filter(id -> !competencies.containsKey(id))
        .forEach(failedCompetencies::add);
    idsComplete &= complete;
  }

  /**
   * Whether a reference to competency {@code id} that is not in the catalog was already explained
   * by another problem: the bank defining it failed, or a failed bank could not be read far enough
   * to tell which competencies it defines. Checkers report nothing more for such a reference.
   */
  public boolean explainsMissingCompetency(String id) {
    return failedCompetencies.contains(id) || !idsComplete;
  }

  /** Whether bank {@code id} was read but not loaded, its problems already reported. */
  public boolean failedBank(String id) {
    return failedBanks.contains(id);
  }

  /**
   * Checks what spans banks once all are in: every {@code also_assesses} names a competency some
   * bank defines. A bank with such a fault is taken out of the catalog, as a bank with any other
   * problem is.
   */
  private void crossCheck(List<Problem> problems) {
    List<String> faulty = new ArrayList<>();
    for (Question q : questions.values()) {
      for (Assessment a : q.alsoAssesses()) {
        if (!competencies.containsKey(a.competency())
            && !explainsMissingCompetency(a.competency())) {
          problems.add(a.location().problem("'also_assesses' names competency "
              + Fields.quote(a.competency()) + ", which no bank defines"
              + Suggestions.closest(a.competency(), competencies.keySet())
                  .map(k -> " (did you mean '" + k + "'?)").orElse("")));
          faulty.add(q.bankId());
        }
      }
    }
    for (String bankId : faulty) {
      Bank bank = banks.remove(bankId);
      if (bank != null) {
        // Its competencies stay defined for references: the bank's one fault is reported.
        bank.competencies().forEach(c -> competencies.remove(c.id()));
        bank.questions().forEach(q -> questions.remove(q.id()));
        failed(bankId, new java.util.HashSet<>(bank.competencies().stream()
            .map(Competency::id).toList()), true);
      }
    }
  }

  /**
   * Advice that did not stop a bank loading, each printed as {@code path:line:column: warning:
   * ...}: an exercise without {@code timing}.
   */
  public List<Problem> warnings() {
    return java.util.Collections.unmodifiableList(warnings);
  }

  /**
   * Loads all sources and fails on the first problems found.
   *
   * @throws InvalidInputException listing every problem
   */
  public static BankCatalog loadStrict(Collection<BankSource> sources) {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = load(sources, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.stream().sorted().toList());
    }
    return catalog;
  }

  /** The {@code *.yaml} files of {@code folder}, in name order. */
  public static List<BankSource> folder(Path folder, String origin) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "banks folder not found");
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .map(f -> file(f, origin))
          .toList();
    }
  }

  /** One bank file; {@code -} is standard input. */
  public static BankSource file(Path file, String origin) {
    if (StandardInput.is(file)) {
      return new BankSource(StandardInput.NAME, origin,
          () -> InputFiles.open(file, YamlSource.MAX_BYTES));
    }
    return new BankSource(file.toString(), origin, () -> InputFiles.open(file, YamlSource.MAX_BYTES));
  }

  private static Optional<Bank> read(BankSource source, BankParser parser,
      List<Problem> problems) {
    try (InputStream in = source.opener().open()) {
      Optional<org.yaml.snakeyaml.nodes.Node> root = YamlSource.parse(source.path(), in);
      if (root.isEmpty()) {
        problems.add(new Problem(source.path(), 1, 1, "file is empty; expected a bank"));
        return Optional.empty();
      }
      return parser.parse(root.get());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Problem.inFile(source.path(), "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** Adds a clean bank unless its ids clash with a loaded one; returns whether it was added. */
  private boolean add(Bank bank, List<Problem> problems) {
    Bank sameId = banks.get(bank.id());
    if (sameId != null) {
      problems.add(bank.location().problem("bank id '" + bank.id() + "' is also defined at "
          + sameId.location() + " (" + sameId.origin() + ")"));
      return false;
    }
    int before = problems.size();
    for (Competency c : bank.competencies()) {
      Competency other = competencies.get(c.id());
      if (other != null) {
        problems.add(c.location().problem("competency id '" + c.id() + "' is also defined at "
            + other.location() + " (bank '" + other.bankId() + "')"));
      }
    }
    for (Question q : bank.questions()) {
      Question other = questions.get(q.id());
      if (other != null) {
        problems.add(q.location().problem("question id '" + q.id() + "' is also defined at "
            + other.location() + " (bank '" + other.bankId() + "')"));
      }
    }
    if (problems.size() > before) {
      return false;
    }
    banks.put(bank.id(), bank);
    bank.competencies().forEach(c -> competencies.put(c.id(), c));
    bank.questions().forEach(q -> questions.put(q.id(), q));
    failedBanks.remove(bank.id());
    bank.competencies().forEach(c -> failedCompetencies.remove(c.id()));
    return true;
  }

  public Collection<Bank> banks() {
    return java.util.Collections.unmodifiableCollection(banks.values());
  }

  public Optional<Bank> bank(String id) {
    return Optional.ofNullable(banks.get(id));
  }

  public Optional<Competency> competency(String id) {
    return Optional.ofNullable(competencies.get(id));
  }

  public Optional<Question> question(String id) {
    return Optional.ofNullable(questions.get(id));
  }

  public Collection<String> competencyIds() {
    return java.util.Collections.unmodifiableSet(competencies.keySet());
  }
}
