package dev.interviewkit.cli;

import dev.interviewkit.print.Printing;
import dev.interviewkit.print.Printing.PrinterInfo;
import dev.interviewkit.service.ExitCode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "printers", mixinStandardHelpOptions = true,
    description = {"List the printers of the system print service (CUPS on Linux): name, "
        + "whether it is the default, and whether it takes PDF on Letter and A4 paper.",
        "Use a name with 'packet --print --printer NAME' or 'scorecards --print --printer NAME'."})
final class PrintersCommand implements Callable<Integer> {

  private final Context context;

  PrintersCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<PrinterInfo> printers = Printing.printers();
    if (printers.isEmpty()) {
      context.err.println("kit: no printer is installed; add one to the system print service "
          + "(on Linux: CUPS, 'lpadmin')");
      return ExitCode.PRINT;
    }
    TextTable table = new TextTable("NAME", "DEFAULT", "PDF", "LETTER", "A4");
    for (PrinterInfo p : printers) {
      table.add(p.name(), p.isDefault() ? "yes" : "", yes(p.acceptsPdf()), yes(p.letter()),
          yes(p.a4()));
    }
    table.print(context.out);
    return ExitCode.OK;
  }

  private static String yes(boolean value) {
    return value ? "yes" : "no";
  }
}
