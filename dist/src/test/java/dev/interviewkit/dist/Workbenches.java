package dev.interviewkit.dist;

import dev.interviewkit.bank.BankCatalog;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.host.PluginHost;
import dev.interviewkit.service.LoopService;
import dev.interviewkit.workbench.model.Workbench;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A workbench view model over the assembled installation, as {@code kit workbench} builds it. */
final class Workbenches {

  private Workbenches() {}

  static Workbench open(Path banks, Path config) {
    return open(banks, config, null);
  }

  /** A workbench whose loops take their defaults and organisation from {@code kit} when given. */
  static Workbench open(Path banks, Path config, dev.interviewkit.config.KitConfig kit) {
    PluginHost host = PluginHost.start(Kit.PLUGINS, config);
    java.util.function.Supplier<List<BankSource>> sources = () -> {
      try {
        List<BankSource> all = new ArrayList<>(BankCatalog.folder(banks, "question-banks"));
        all.addAll(host.pluginBanks());
        return all;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    return new Workbench(host, sources, banks, kit == null
        ? new LoopService(host, () -> host.catalog(sources.get()))
        : new LoopService(host, () -> host.catalog(sources.get()), kit));
  }

  /** File name (relative to {@code folder}) to SHA-256 of every file under it but loop locks. */
  static Map<String, String> hashes(Path folder) throws Exception {
    Map<String, String> hashes = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().equals(".interview-kit.lock")).toList()) {
        hashes.put(folder.relativize(f).toString(),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return hashes;
  }
}
