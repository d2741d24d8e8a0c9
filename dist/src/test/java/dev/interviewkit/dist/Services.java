package dev.interviewkit.dist;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.host.PluginHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that drives the service layer in this JVM: the shipped plugins started once for the
 * class ({@link #host}) and the shipped and plugin banks read strictly on every call
 * ({@link #catalog}).
 */
abstract class Services {

  static PluginHost host;
  static Supplier<BankCatalog> catalog;

  @BeforeAll
  static void startPlugins(@TempDir Path config) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
    PluginHost started = PluginHost.start(Kit.PLUGINS, config);
    host = started;
    catalog = () -> {
      try {
        List<BankSource> all = new ArrayList<>(BankCatalog.folder(Kit.BANKS, "question-banks"));
        all.addAll(started.pluginBanks());
        return BankCatalog.loadStrict(all);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  @AfterAll
  static void stopPlugins() {
    host.close();
  }
}
