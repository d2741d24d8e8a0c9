package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.api.RenderException;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.output.LockedException;
import dev.interviewkit.output.OutputException;
import dev.interviewkit.output.Terminal;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code kit} command line. */
public final class Main {

  /** Every command by name, in the order help lists them. */
  static final Map<String, Function<Context, Object>> COMMANDS = commands();

  private Main() {}

  private static Map<String, Function<Context, Object>> commands() {
    Map<String, Function<Context, Object>> commands = new LinkedHashMap<>();
    commands.put("roles", RolesCommand::new);
    commands.put("banks", BanksCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("plan", PlanCommand::new);
    commands.put("packet", PacketCommand::new);
    commands.put("scorecards", ScorecardsCommand::new);
    commands.put("batch", BatchCommand::new);
    commands.put("rounds", RoundsCommand::new);
    commands.put("plugins", PluginsCommand::new);
    commands.put("debrief", DebriefCommand::new);
    commands.put("scorecard", c -> new ScorecardCommand());
    commands.put("questions", QuestionsCommand::new);
    commands.put("records", c -> new RecordsCommand());
    commands.put("training", TrainingCommand::new);
    commands.put("calibration", CalibrationCommand::new);
    commands.put("new-role", NewRoleCommand::new);
    commands.put("printers", PrintersCommand::new);
    commands.put("config", ConfigCommand::new);
    commands.put("workbench", WorkbenchCommand::new);
    commands.put("completion", CompletionCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  public static void main(String[] args) {
    dev.interviewkit.service.Trace.mark("main");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getenv("KIT_DEBUG") != null ? "debug" : "off");
    // The Word and PDF libraries take longest to start: begin while picocli reads the arguments.
    dev.interviewkit.service.WarmUp.startFor(args);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    if (args.length > 0 && args[0].equals("workbench")) {
      WorkbenchCommand.prepare(args); // the window shows while the command line is parsed
    }
    int code = run(args, System.in, System.console() != null, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line, writing to the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, new java.io.ByteArrayInputStream(new byte[0]), false, out, err);
  }

  /**
   * Runs one command line with {@code in} as standard input (read where a file is given as
   * {@code -}); {@code terminal} says it is a terminal, which is never read.
   */
  public static int run(String[] args, java.io.InputStream in, boolean terminal, PrintWriter out,
      PrintWriter err) {
    return run(args, in, terminal, out, err, dev.interviewkit.config.KitConfig::load);
  }

  /**
   * {@link #run(String[], PrintWriter, PrintWriter)} with the configuration read by {@code
   * config} instead of {@code ./kit.yaml} and the user's file (tests).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err,
      java.util.function.Supplier<dev.interviewkit.config.KitConfig> config) {
    return run(args, new java.io.ByteArrayInputStream(new byte[0]), false, out, err, config);
  }

  /** The full form: standard input, whether it is a terminal, the writers, the configuration. */
  public static int run(String[] args, java.io.InputStream in, boolean terminal, PrintWriter out,
      PrintWriter err, java.util.function.Supplier<dev.interviewkit.config.KitConfig> config) {
    dev.interviewkit.bank.StandardInput.use(in, terminal);
    // The one place output reaches the terminal: control characters are escaped as written.
    out = TerminalWriter.of(out);
    err = TerminalWriter.of(err);
    PrintWriter errors = err;
    Context context = new Context(out, err, config);
    try {
      CommandLine cl = new CommandLine(new Kit(), new ContextFactory(context));
      // Building a command's model costs picocli much reflection (about 10-20 ms a command on a
      // cold JVM): when the first argument names a command, only that one is built. Anything
      // else (no command, an option, a misspelt name) gets all of them, for help and suggestions.
      // 'help COMMAND' builds that one too; 'completion' needs them all.
      boolean help = args.length > 0 && args[0].equals("help");
      String named = help ? (args.length > 1 ? args[1] : "") : args.length > 0 ? args[0] : "";
      Function<Context, Object> only = named.equals("completion") ? null : COMMANDS.get(named);
      if (help) {
        cl.addSubcommand("help", new CommandLine.HelpCommand());
      }
      if (only != null) {
        cl.addSubcommand(only.apply(context));
      } else {
        COMMANDS.values().forEach(command -> cl.addSubcommand(command.apply(context)));
      }
      versions(cl);
      cl.setOut(out);
      cl.setErr(err);
      cl.setCaseInsensitiveEnumValuesAllowed(true);
      cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
      cl.setExecutionExceptionHandler((e, line, parsed) -> handle(e, errors));
      cl.setParameterExceptionHandler((e, a) -> {
        errors.println("kit: " + Terminal.oneLine(Usage.message(e)));
        errors.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName()
            + " --help' for usage.");
        return ExitCode.USAGE;
      });
      dev.interviewkit.service.Trace.mark("command line built");
      return cl.execute(args);
    } catch (Error e) {
      // A stack overflow, running out of memory, a missing class: one line, never a trace.
      err.println("kit: internal error: " + e.getClass().getSimpleName() + " (please report this"
          + " with the command you ran; set KIT_DEBUG=1 for details)");
      if (System.getenv("KIT_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    } finally {
      context.close();
      out.flush();
      err.flush();
    }
  }

  /** Every command and subcommand answers {@code --version} as {@code kit --version} does. */
  private static void versions(CommandLine cl) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getCommandSpec().versionProvider() == null
          && sub.getCommandSpec().version().length == 0) {
        sub.getCommandSpec().versionProvider(new Version());
      }
      versions(sub);
    }
  }

  static int handle(Exception e, PrintWriter err) {
    if (e instanceof KitException k) {
      err.println("kit: " + Terminal.oneLine(k.getMessage()));
      return k.exitCode();
    }
    if (e instanceof InvalidInputException invalid) {
      for (Problem p : invalid.problems()) {
        err.println(p);
      }
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof RenderException r) {
      err.println("kit: " + Terminal.oneLine(r.getMessage()));
      return ExitCode.UNPRINTABLE;
    }
    if (e instanceof OutputException o) {
      err.println("kit: " + Terminal.oneLine(o.getMessage()));
      return o instanceof LockedException ? ExitCode.LOCKED : ExitCode.OUTPUT;
    }
    err.println("kit: internal error: " + Terminal.oneLine(String.valueOf(e))
        + " (please report this with the command you ran; set KIT_DEBUG=1 for details)");
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
      footer = {"", "'kit help COMMAND' or 'kit COMMAND --help' describes a command.",
          "Exit codes are listed in docs/cli.md."})
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

  /** Creates nested subcommands (such as {@code training score}) with the run's context. */
  private record ContextFactory(Context context) implements CommandLine.IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        java.lang.reflect.Constructor<K> withContext = type.getDeclaredConstructor(Context.class);
        return withContext.newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
