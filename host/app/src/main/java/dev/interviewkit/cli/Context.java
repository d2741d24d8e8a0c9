package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.config.KitConfig;
import dev.interviewkit.host.PluginHost;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What commands share: the writers, the installation and the started plugin host. */
final class Context implements AutoCloseable {

  final PrintWriter out;
  final PrintWriter err;
  private Installation installation;
  private PluginHost host;
  private BankCatalog catalog;
  private final java.util.function.Supplier<KitConfig> configSource;
  private KitConfig config;
  private java.util.Optional<dev.interviewkit.record.HiringRecord> record;

  Context(PrintWriter out, PrintWriter err) {
    this(out, err, KitConfig::load);
  }

  /** A context whose {@code kit.yaml} files are read by {@code configSource} (tests). */
  Context(PrintWriter out, PrintWriter err, java.util.function.Supplier<KitConfig> configSource) {
    this.out = out;
    this.err = err;
    this.configSource = configSource;
  }

  /** The {@code kit.yaml} configuration, read once, when a command first needs it. */
  synchronized KitConfig config() {
    if (config == null) {
      config = configSource.get();
      dev.interviewkit.render.pdf.PdfFonts.configure(config.fonts());
    }
    return config;
  }

  Installation installation(HostOptions options) {
    if (installation == null) {
      installation = Installation.resolve(options, config().plugins());
    }
    return installation;
  }

  /** Starts pf4j once; a missing plugins folder is an error naming it. */
  PluginHost host(HostOptions options) {
    if (host == null) {
      Installation where = installation(options);
      for (java.nio.file.Path dir : where.pluginRoots()) {
        if (!java.nio.file.Files.isDirectory(dir)) {
          throw new KitException(ExitCode.PLUGIN, "plugins folder " + dir
              + " does not exist; build with 'mvn package' or pass --plugins DIR");
        }
      }
      dev.interviewkit.service.Trace.mark("starting plugins");
      host = PluginHost.start(where.pluginRoots(), where.config());
      host.checkBanksAgainst(() -> {
        try {
          return BankCatalog.folder(where.banks(), "question-banks");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      dev.interviewkit.service.Trace.mark("plugins started");
    }
    return host;
  }

  /** Bank sources: the banks folder, then every plugin's banks. */
  List<BankSource> bankSources(HostOptions options) {
    List<BankSource> sources = new ArrayList<>();
    Installation where = installation(options);
    try {
      sources.addAll(BankCatalog.folder(where.banks(), "question-banks"));
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "banks folder " + where.banks()
          + " does not exist; pass --banks DIR");
    }
    sources.addAll(host(options).pluginBanks());
    return sources;
  }

  /**
   * Every bank, failing with all problems when any bank is invalid. Read once per run (a batch
   * of loops parses each bank once); the next run reads them afresh, so edits take effect.
   */
  synchronized BankCatalog catalog(HostOptions options) {
    if (catalog == null) {
      catalog = host(options).catalog(bankSources(options));
    }
    return catalog;
  }

  /** The loop core over this host and this run's banks. */
  dev.interviewkit.service.LoopService service(HostOptions options) {
    record().ifPresent(dev.interviewkit.record.HiringRecord::openInBackground);
    return new dev.interviewkit.service.LoopService(host(options), () -> catalog(options),
        config(), record());
  }

  /**
   * The loop core for a long-running front end (the workbench): the banks are read afresh for
   * every loop planned, exactly as a new {@code kit packet} run reads them.
   */
  dev.interviewkit.service.LoopService freshService(HostOptions options) {
    return new dev.interviewkit.service.LoopService(host(options),
        () -> host(options).catalog(bankSources(options)), config(), record());
  }

  /** The hiring record of this run, or empty when recording is off. */
  java.util.Optional<dev.interviewkit.record.HiringRecord> record() {
    if (record == null) {
      record = dev.interviewkit.record.HiringRecord.open(settings());
    }
    return record;
  }

  /** The hiring record, for the commands that need one: exit 15 when recording is off. */
  dev.interviewkit.record.HiringRecord requireRecord() {
    return record().orElseThrow(() -> new KitException(ExitCode.RECORD, "recording is off "
        + "(record.database: off); there is no hiring record to use"));
  }

  /** Where this run records: kit.yaml's {@code record:}, unless overridden (docs/record.md). */
  dev.interviewkit.record.RecordSettings settings() {
    return dev.interviewkit.record.RecordSettings.of(config().record());
  }

  /** Prints one warning line per plugin that cannot be used. */
  void warnAboutPlugins(HostOptions options) {
    for (String line : host(options).failures()) {
      err.println("kit: warning: " + dev.interviewkit.output.Terminal.oneLine(line));
    }
  }

  /** Refuses an empty {@code --out}, which would write into the current folder unasked. */
  static void checkOut(java.nio.file.Path out) {
    if (out != null && out.toString().isBlank()) {
      throw new KitException(ExitCode.USAGE, "--out is empty; name the output folder, or leave "
          + "the option out for kit.yaml's 'out' or ./interview-packets");
    }
  }

  static String lines(List<Problem> problems) {
    return String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList());
  }

  @Override
  public void close() {
    if (host != null) {
      host.close();
    }
  }
}
