package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.api.RenderException;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.output.OutputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code kit} command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getenv("KIT_DEBUG") != null ? "debug" : "off");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line, writing to the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Context context = new Context(out, err);
    try {
      CommandLine cl = new CommandLine(new Kit());
      cl.addSubcommand(new RolesCommand(context));
      cl.addSubcommand(new BanksCommand(context));
      cl.addSubcommand(new ValidateCommand(context));
      cl.addSubcommand(new PacketCommand(context));
      cl.addSubcommand(new ScorecardsCommand(context));
      cl.addSubcommand(new BatchCommand(context));
      cl.addSubcommand(new PluginsCommand(context));
      cl.addSubcommand(new DebriefCommand(context));
      cl.addSubcommand(new NewRoleCommand(context));
      cl.addSubcommand(new PrintersCommand(context));
      cl.addSubcommand(new WorkbenchCommand(context));
      cl.setOut(out);
      cl.setErr(err);
      cl.setCaseInsensitiveEnumValuesAllowed(true);
      cl.setExecutionExceptionHandler((e, line, parsed) -> handle(e, err));
      cl.setParameterExceptionHandler((e, a) -> {
        err.println("kit: " + e.getMessage());
        err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName()
            + " --help' for usage.");
        return ExitCode.USAGE;
      });
      return cl.execute(args);
    } finally {
      context.close();
      out.flush();
      err.flush();
    }
  }

  static int handle(Exception e, PrintWriter err) {
    if (e instanceof KitException k) {
      err.println("kit: " + k.getMessage());
      return k.exitCode();
    }
    if (e instanceof InvalidInputException invalid) {
      for (Problem p : invalid.problems()) {
        err.println(p);
      }
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof RenderException r) {
      err.println("kit: " + r.getMessage());
      return ExitCode.UNPRINTABLE;
    }
    if (e instanceof OutputException o) {
      err.println("kit: " + o.getMessage());
      return ExitCode.OUTPUT;
    }
    err.println("kit: internal error: " + e + " (please report this with the command you ran; "
        + "set KIT_DEBUG=1 for details)");
    if (System.getenv("KIT_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }

  @Command(
      name = "kit",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = "Interview packets and scorecards for engineering-leadership loops.",
      footer = {"", "Exit codes are listed in docs/cli.md."})
  static final class Kit implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"interview-kit " + dev.interviewkit.host.PluginHost.HOST_VERSION};
    }
  }
}
