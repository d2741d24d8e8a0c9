package dev.interviewkit.dist;

import dev.interviewkit.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process against the assembled installation, capturing its output. */
record Kit(int exitCode, String out, String err) {

  static final Path HOME = Path.of(System.getProperty("interviewkit.home"));
  static final Path PLUGINS = HOME.resolve("plugins");
  static final Path BANKS = Path.of(System.getProperty("interviewkit.banks"));

  static Kit run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(all.toArray(String[]::new), o, e);
    }
    return new Kit(code, out.toString(), err.toString());
  }

  /** Runs with {@code stdin} as standard input, for the commands given {@code -}. */
  static Kit withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, new java.io.ByteArrayInputStream(
          stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false, o, e);
    }
    return new Kit(code, out.toString(), err.toString());
  }

  List<Path> paths() {
    return out.lines().filter(l -> !l.isBlank()).map(Path::of).toList();
  }
}
