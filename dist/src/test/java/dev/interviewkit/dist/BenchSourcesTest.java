package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/run compiles bench/src against the installation's jars: a change to the host's API that
 * breaks the benchmark fails here, not on the next person who wants figures.
 */
class BenchSourcesTest {

  @TempDir Path classes;

  @Test
  void benchmarkSourcesCompileAgainstTheInstallation() throws IOException {
    Path lib = Path.of(System.getProperty("interviewkit.home"), "lib");
    Path sources = Path.of(System.getProperty("interviewkit.repo"), "bench", "src");
    List<String> classPath = new ArrayList<>();
    try (Stream<Path> jars = Files.list(lib)) {
      jars.filter(p -> p.toString().endsWith(".jar")).sorted()
          .forEach(p -> classPath.add(p.toString()));
    }
    List<String> files = new ArrayList<>();
    try (Stream<Path> java = Files.list(sources)) {
      java.filter(p -> p.toString().endsWith(".java")).sorted()
          .forEach(p -> files.add(p.toString()));
    }
    assertTrue(files.size() >= 2, "bench sources in " + sources + ": " + files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK is needed to run the tests");
    List<String> args = new ArrayList<>(List.of("-nowarn", "-proc:none", "-d", classes.toString(),
        "-cp", String.join(File.pathSeparator, classPath)));
    args.addAll(files);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = javac.run(null, null, err, args.toArray(String[]::new));
    assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.isRegularFile(classes.resolve("Bench.class")));
  }
}
