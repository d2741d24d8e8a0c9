package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.bank.Bank;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "banks", mixinStandardHelpOptions = true,
    description = "List the competency banks: id, title, competencies, questions, source.")
final class BanksCommand implements Callable<Integer> {

  private final Context context;
  @Mixin HostOptions options = new HostOptions();

  BanksCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<Problem> problems = new ArrayList<>();
    BankCatalog catalog = BankCatalog.load(context.bankSources(options), problems);
    TextTable table = new TextTable("ID", "TITLE", "VERSION", "COMPETENCIES", "QUESTIONS",
        "FROM", "PATH");
    for (Bank bank : catalog.banks()) {
      table.add(bank.id(), bank.title(), bank.version(),
          String.valueOf(bank.competencies().size()), String.valueOf(bank.questions().size()),
          bank.origin(), bank.path());
    }
    table.print(context.out);
    problems.stream().sorted().forEach(context.err::println);
    context.warnAboutPlugins(options);
    return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
  }
}
