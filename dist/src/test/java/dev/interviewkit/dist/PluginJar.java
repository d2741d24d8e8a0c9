package dev.interviewkit.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds a plugin jar the way a plugin's own Maven build would, in a temporary folder: compiles
 * the given sources against the installed api and pf4j jars with pf4j's annotation processor
 * (which writes {@code META-INF/extensions.idx}), adds resources and packages a jar whose manifest
 * carries the {@code Plugin-*} descriptor. Each part can be left out to build a faulty plugin.
 */
final class PluginJar {

  private final String id;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> resources = new LinkedHashMap<>();
  private final Map<String, String> descriptor = new LinkedHashMap<>();
  private boolean index = true;

  private PluginJar(String id) {
    this.id = id;
    descriptor.put("Plugin-Id", id);
    descriptor.put("Plugin-Version", "1.0.0");
    descriptor.put("Plugin-Provider", "Example Corp");
    descriptor.put("Plugin-Requires", ">=1.0.0");
  }

  /** A plugin with this id and version 1.0.0, requiring host 1.0.0 or later. */
  static PluginJar withId(String id) {
    return new PluginJar(id);
  }

  /** A Java source, by its fully qualified class name. */
  PluginJar source(String className, String code) {
    sources.put(className, code);
    return this;
  }

  /** A resource, by its path inside the jar. */
  PluginJar resource(String path, String text) {
    resources.put(path, text);
    return this;
  }

  /** Sets (or, with {@code null}, removes) a manifest descriptor entry such as Plugin-Class. */
  PluginJar descriptor(String key, String value) {
    if (value == null) {
      descriptor.remove(key);
    } else {
      descriptor.put(key, value);
    }
    return this;
  }

  /** Leaves out every {@code Plugin-*} entry. */
  PluginJar withoutDescriptor() {
    descriptor.clear();
    return this;
  }

  /** Leaves {@code META-INF/extensions.idx} out of the jar. */
  PluginJar withoutExtensionIndex() {
    index = false;
    return this;
  }

  /** Compiles and packages the plugin under {@code work}; returns {@code work/out/ID.jar}. */
  Path build(Path work) throws IOException {
    Path root = Files.createDirectories(work.resolve("build-" + id));
    Path src = root.resolve("src");
    Path classes = Files.createDirectories(root.resolve("classes"));
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = src.resolve(s.getKey().replace('.', '/') + ".java");
      write(file, s.getValue());
      files.add(file.toFile());
    }
    for (Map.Entry<String, String> r : resources.entrySet()) {
      write(classes.resolve(r.getKey()), r.getValue());
    }
    if (!files.isEmpty()) {
      compile(files, classes);
    }
    Path idx = classes.resolve("META-INF/extensions.idx");
    if (!index) {
      Files.deleteIfExists(idx);
    }

    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    descriptor.forEach(main::putValue);
    Path jar = Files.createDirectories(work.resolve("out")).resolve(id + ".jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        Stream<Path> all = Files.walk(classes)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void compile(List<File> files, Path classes) throws IOException {
    Path api = libJar("interview-kit-api-");
    Path pf4j = libJar("pf4j-");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(diagnostics, fm, null, List.of(
              "--release", "17", "-d", classes.toString(),
              "-classpath", api + File.pathSeparator + pf4j,
              "-processorpath", pf4j.toString(),
              "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor"),
          null, fm.getJavaFileObjectsFromFiles(files)).call();
      assertTrue(compiled, diagnostics.toString());
    }
  }

  /** A jar of the installation's {@code lib/}, by its name before the version. */
  static Path libJar(String prefix) throws IOException {
    return jarsIn(Kit.HOME.resolve("lib")).stream()
        .filter(p -> p.getFileName().toString().startsWith(prefix)
            && Character.isDigit(p.getFileName().toString().charAt(prefix.length())))
        .findFirst()
        .orElseThrow(() -> new AssertionError(prefix + "*.jar is missing from " + Kit.HOME));
  }

  /** The jars in a folder, sorted. */
  static List<Path> jarsIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files.filter(p -> p.toString().endsWith(".jar")).sorted().toList());
    }
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
