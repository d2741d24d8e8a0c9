package dev.interviewkit.service;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.InputFiles;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.StandardInput;
import dev.interviewkit.plan.Panel;
import dev.interviewkit.plan.PanelCheck;
import dev.interviewkit.plan.PanelParser;
import dev.interviewkit.plan.PanelRead;
import dev.interviewkit.role.BlueprintChecker;
import dev.interviewkit.role.RoleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads a request's panel file and refuses it with every problem of the file at once. */
final class PanelFiles {

  private final LoopService service;
  private final Supplier<BankCatalog> catalog;

  PanelFiles(LoopService service, Supplier<BankCatalog> catalog) {
    this.service = service;
    this.catalog = catalog;
  }

  /** The panel {@code request} names, empty without one; a faulty file with all its problems. */
  Optional<Panel> read(LoopRequest request) {
    Path file = request.panel();
    if (file == null) {
      return Optional.empty();
    }
    PanelRead read;
    try (InputStream in = InputFiles.open(file, PanelParser.MAX_BYTES)) {
      read = PanelParser.read(StandardInput.is(file) ? StandardInput.NAME : file.toString(), in);
    } catch (NoSuchFileException e) {
      throw new KitException(ExitCode.BAD_INPUT, "panel file " + file + " does not exist");
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "cannot read panel file " + file + ": "
          + e.getMessage());
    }
    // A clean file is checked against the role when the loop is planned, after the role's own.
    List<Problem> problems = read.problems().isEmpty()
        ? PanelCheck.problems(read, request.role(), Optional.empty(), Optional.empty())
        : problems(read, request.role());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return Optional.of(read.panel());
  }

  /** See {@link LoopService#panelProblems}. */
  List<Problem> problems(PanelRead read, String role) {
    if (role == null) {
      return read.problems().stream().sorted().toList();
    }
    Optional<RoleDefinition> definition = Optional.empty();
    Optional<BankCatalog> banks = Optional.empty();
    if (read.panel().role().map(role::equals).orElse(true)) {
      try {
        RoleDefinition found = service.findRole(role).definition().orElseThrow();
        BankCatalog loaded = catalog.get();
        if (BlueprintChecker.check(found, loaded).isEmpty()) {
          definition = Optional.of(found);
          banks = Optional.of(loaded);
        }
      } catch (KitException | InvalidInputException e) {
        // the role or its banks have a fault of their own, reported once the file is clean
      }
    }
    return PanelCheck.problems(read, role, definition, banks);
  }
}
