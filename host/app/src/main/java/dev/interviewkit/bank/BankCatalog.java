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
      read.bank().ifPresent(bank -> catalog.add(bank, problems));
    }
    catalog.crossCheck(problems);
    return catalog;
  }

  private record Read(Optional<Bank> bank, List<Problem> problems, List<Problem> warnings) {}

  private static Read read(BankSource source) {
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    Optional<Bank> bank = read(source, problems, warnings);
    return new Read(bank, problems, warnings);
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
        if (!competencies.containsKey(a.competency())) {
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
        bank.competencies().forEach(c -> competencies.remove(c.id()));
        bank.questions().forEach(q -> questions.remove(q.id()));
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

  /** One bank file. */
  public static BankSource file(Path file, String origin) {
    return new BankSource(file.toString(), origin, () -> InputFiles.open(file, YamlSource.MAX_BYTES));
  }

  private static Optional<Bank> read(BankSource source, List<Problem> problems,
      List<Problem> warnings) {
    try (InputStream in = source.opener().open()) {
      Optional<org.yaml.snakeyaml.nodes.Node> root = YamlSource.parse(source.path(), in);
      if (root.isEmpty()) {
        problems.add(new Problem(source.path(), 1, 1, "file is empty; expected a bank"));
        return Optional.empty();
      }
      return new BankParser(source.path(), source.expectedId(), source.origin(), problems,
          warnings).parse(root.get());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Problem.inFile(source.path(), "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private void add(Bank bank, List<Problem> problems) {
    Bank sameId = banks.get(bank.id());
    if (sameId != null) {
      problems.add(bank.location().problem("bank id '" + bank.id() + "' is also defined at "
          + sameId.location() + " (" + sameId.origin() + ")"));
      return;
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
      return;
    }
    banks.put(bank.id(), bank);
    bank.competencies().forEach(c -> competencies.put(c.id(), c));
    bank.questions().forEach(q -> questions.put(q.id(), q));
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
