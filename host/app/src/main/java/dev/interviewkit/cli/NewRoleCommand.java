package dev.interviewkit.cli;

import dev.interviewkit.service.ExitCode;
import dev.interviewkit.service.KitException;
import dev.interviewkit.bank.Fields;
import dev.interviewkit.bank.InvalidInputException;
import dev.interviewkit.role.BlueprintParser;
import dev.interviewkit.role.RoleDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scaffolds a role plugin module in the source tree: its pom, extension class and blueprint, and
 * the module and dist entries that build and install it.
 */
@Command(name = "new-role", mixinStandardHelpOptions = true,
    description = {"Create a role plugin module plugins/ID in the source tree: pom.xml, an "
        + "@Extension RoleKit class and src/main/resources/ID/role.yaml, and add it to "
        + "plugins/pom.xml and dist/pom.xml.",
        "The blueprint is copied from --from ROLE, or is a director-level starter that "
        + "validates against the shared banks."})
final class NewRoleCommand implements Callable<Integer> {

  /** The source tree's root; the {@code kit} launcher sets it. */
  static final String REPO_PROPERTY = "interviewkit.repo";
  static final String MODULE_MARKER = "new-role inserts modules above this line";
  static final String DEPENDENCY_MARKER = "new-role inserts dependencies above this line";
  static final String STARTER = "starter-role.yaml";

  private static final Pattern PLAIN_TITLE = Pattern.compile("\\p{L}[\\p{L}\\p{N} ,.()/&+-]*");
  private static final Set<String> YAML_WORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
  /** Simple names the generated class uses; a class of the same name would shadow them. */
  private static final Set<String> TAKEN_NAMES = Set.of("Extension", "KitResource", "RoleKit");

  private final Context context;

  @Parameters(index = "0", paramLabel = "ID",
      description = "Role and plugin id: lower-case words joined by hyphens, e.g. staff-engineer.")
  String id;

  @Option(names = "--title", required = true, paramLabel = "TITLE",
      description = "The role's title as printed on every document, e.g. \"Staff Engineer\".")
  String title;

  @Option(names = "--from", paramLabel = "ROLE",
      description = "Copy the blueprint of this role in plugins/ (default: a director-level "
          + "starter blueprint).")
  String from;

  NewRoleCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!Fields.ID.matcher(id).matches()) {
      throw new KitException(ExitCode.USAGE, "invalid role id '" + id + "': use lower-case "
          + "letters and digits in words joined by single hyphens, e.g. staff-engineer");
    }
    title = title.strip();
    if (title.isEmpty() || title.chars().anyMatch(Character::isISOControl)) {
      throw new KitException(ExitCode.USAGE, "--title must be one line of text, e.g. "
          + "--title \"Staff Engineer\"");
    }
    Path repo = repo();
    Path plugins = repo.resolve("plugins");
    Path module = plugins.resolve(id);
    if (Files.exists(module)) {
      throw new KitException(ExitCode.OUTPUT, "plugins/" + id + " already exists; choose "
          + "another id or remove that folder first");
    }

    String blueprintText = blueprint(plugins);
    Path pluginsPom = plugins.resolve("pom.xml");
    Path distPom = repo.resolve("dist").resolve("pom.xml");
    String pluginsPomText = read(pluginsPom);
    String distPomText = read(distPom);
    if (pluginsPomText.contains("<module>" + id + "</module>")) {
      throw new KitException(ExitCode.BAD_INPUT, "plugins/pom.xml already lists module " + id
          + " but plugins/" + id + " does not exist; remove that <module> line first");
    }
    if (distPomText.contains("<artifactId>" + id + "</artifactId>")) {
      throw new KitException(ExitCode.BAD_INPUT, "dist/pom.xml already has a dependency on " + id
          + " but plugins/" + id + " does not exist; remove that dependency first");
    }

    String className = className(id);
    String packageName = packageName(id);
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(module.resolve("pom.xml"), modulePom(id, title));
    files.put(module.resolve(Path.of("src", "main", "java"))
            .resolve(packageName.replace('.', '/')).resolve(className + ".java"),
        extensionClass(id, packageName, className));
    files.put(module.resolve(Path.of("src", "main", "resources", id, "role.yaml")),
        blueprintText);
    Map<Path, String> edits = new LinkedHashMap<>();
    edits.put(pluginsPom, insertAbove(pluginsPomText, MODULE_MARKER, "plugins/pom.xml",
        List.of("<module>" + id + "</module>")));
    edits.put(distPom, insertAbove(distPomText, DEPENDENCY_MARKER, "dist/pom.xml", List.of(
        "<dependency>",
        "  <groupId>dev.interviewkit.plugins</groupId>",
        "  <artifactId>" + id + "</artifactId>",
        "  <version>${project.version}</version>",
        "  <scope>provided</scope>",
        "</dependency>")));

    write(module, files, Map.of(pluginsPom, pluginsPomText, distPom, distPomText), edits);

    for (Path file : files.keySet()) {
      context.out.println("created " + relative(repo, file));
    }
    context.out.println("updated plugins/pom.xml (module " + id + ")");
    context.out.println("updated dist/pom.xml (" + id + " is installed into plugins/)");
    context.out.println("next: edit " + relative(repo, module.resolve(Path.of("src", "main",
        "resources", id, "role.yaml"))) + " (see docs/role-blueprint.md), then run './kit roles'"
        + " and './kit validate'; ./kit rebuilds by itself because the sources are newer than "
        + "the build");
    return ExitCode.OK;
  }

  /** The source tree named by {@value #REPO_PROPERTY}, checked to look like one. */
  private static Path repo() {
    String property = System.getProperty(REPO_PROPERTY);
    if (property == null || property.isBlank()) {
      throw new KitException(ExitCode.USAGE, "new-role changes the source tree, but "
          + REPO_PROPERTY + " is not set; run it through the ./kit launcher of a source "
          + "checkout (or pass -D" + REPO_PROPERTY + "=DIR to java)");
    }
    Path repo = Path.of(property).toAbsolutePath().normalize();
    if (!Files.isRegularFile(repo.resolve("plugins").resolve("pom.xml"))
        || !Files.isRegularFile(repo.resolve("dist").resolve("pom.xml"))) {
      throw new KitException(ExitCode.USAGE, repo + " (" + REPO_PROPERTY + ") is not an "
          + "interview-kit source tree: plugins/pom.xml or dist/pom.xml is missing");
    }
    return repo;
  }

  /** The new role's blueprint text: copied or the starter, with id and title replaced. */
  private String blueprint(Path plugins) {
    String source;
    String text;
    if (from == null) {
      source = STARTER;
      try (InputStream in = NewRoleCommand.class.getResourceAsStream(STARTER)) {
        if (in == null) {
          throw new IllegalStateException("resource " + STARTER + " is missing from the host jar");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      Path file = Fields.ID.matcher(from).matches() ? blueprintOf(plugins, from) : null;
      if (file == null || !Files.isRegularFile(file)) {
        List<String> known = knownRoles(plugins);
        throw new KitException(ExitCode.UNKNOWN_ROLE, "unknown role '" + from + "' for --from: "
            + "no plugins/" + from + "/src/main/resources/" + from + "/role.yaml; roles in "
            + "plugins/: " + (known.isEmpty() ? "none" : String.join(", ", known)));
      }
      source = "plugins/" + from + "/src/main/resources/" + from + "/role.yaml";
      text = read(file);
    }
    String result = replaceTopLevel(replaceTopLevel(text, "role", id, source), "title",
        yamlText(title), source);
    String path = "plugins/" + id + "/src/main/resources/" + id + "/role.yaml";
    RoleDefinition parsed;
    try {
      parsed = BlueprintParser.parse(path,
          new ByteArrayInputStream(result.getBytes(StandardCharsets.UTF_8)));
    } catch (InvalidInputException e) {
      throw new KitException(ExitCode.BAD_INPUT, "the blueprint copied from " + source
          + " is not valid, fix it first: " + e.problems().get(0).message()
          + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!parsed.id().equals(id) || !parsed.title().equals(title)) {
      throw new KitException(ExitCode.BAD_INPUT, "could not set the role id and title in the "
          + "blueprint copied from " + source + "; its 'role:' and 'title:' must be plain "
          + "top-level keys");
    }
    return result;
  }

  private static Path blueprintOf(Path plugins, String role) {
    return plugins.resolve(role).resolve(Path.of("src", "main", "resources", role, "role.yaml"));
  }

  /** Role ids that have a blueprint where new-role looks for one, sorted. */
  private static List<String> knownRoles(Path plugins) {
    try (Stream<Path> dirs = Files.list(plugins)) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(name -> Files.isRegularFile(blueprintOf(plugins, name)))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Replaces the value of a top-level key, including any continuation lines of a multi-line
   * value; comments and everything else stay as they were.
   */
  static String replaceTopLevel(String yaml, String key, String value, String source) {
    String newline = yaml.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(yaml.split("\r?\n", -1)));
    Pattern keyLine = Pattern.compile(Pattern.quote(key) + ":(\\s.*)?");
    for (int i = 0; i < lines.size(); i++) {
      if (keyLine.matcher(lines.get(i)).matches()) {
        lines.set(i, key + ": " + value);
        int next = i + 1;
        while (next < lines.size() && continues(lines, next)) {
          lines.remove(next);
        }
        return String.join(newline, lines);
      }
    }
    throw new KitException(ExitCode.BAD_INPUT, source + " has no top-level '" + key + ":' line");
  }

  /** Whether line {@code i} still belongs to the value of the key above it. */
  private static boolean continues(List<String> lines, int i) {
    String line = lines.get(i);
    if (line.startsWith(" ") || line.startsWith("\t")) {
      return true;
    }
    if (!line.isBlank()) {
      return false;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return lines.get(j).startsWith(" ") || lines.get(j).startsWith("\t");
      }
    }
    return false;
  }

  /** The title as a YAML scalar that reads back as the same text. */
  static String yamlText(String text) {
    if (PLAIN_TITLE.matcher(text).matches() && !text.endsWith(" ")
        && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** {@code staff-engineer} becomes {@code StaffEngineer}; never a name the class needs. */
  static String className(String roleId) {
    StringBuilder name = new StringBuilder();
    for (String word : roleId.split("-")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    String result = Character.isDigit(name.charAt(0)) ? "Role" + name : name.toString();
    if (TAKEN_NAMES.contains(result) || isJavaLang(result)) {
      result += "Role";
    }
    return result;
  }

  private static boolean isJavaLang(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** {@code dev.interviewkit.roles.} plus the id without hyphens, made a legal package name. */
  static String packageName(String roleId) {
    String segment = roleId.replace("-", "");
    if (!SourceVersion.isIdentifier(segment) || SourceVersion.isKeyword(segment)) {
      segment = "role" + segment;
    }
    return "dev.interviewkit.roles." + segment;
  }

  static String modulePom(String roleId, String roleTitle) {
    return String.join("\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"",
        "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 "
            + "https://maven.apache.org/xsd/maven-4.0.0.xsd\">",
        "  <modelVersion>4.0.0</modelVersion>",
        "  <parent>",
        "    <groupId>dev.interviewkit.plugins</groupId>",
        "    <artifactId>interview-kit-plugins</artifactId>",
        "    <version>1.0.0</version>",
        "  </parent>",
        "",
        "  <artifactId>" + roleId + "</artifactId>",
        "  <name>" + xml(roleTitle) + "</name>",
        "  <description>Role kit for a " + xml(roleTitle) + " loop.</description>",
        "</project>",
        "");
  }

  static String extensionClass(String roleId, String packageName, String className) {
    return String.join("\n",
        "package " + packageName + ";",
        "",
        "import dev.interviewkit.api.KitResource;",
        "import dev.interviewkit.api.RoleKit;",
        "import org.pf4j.Extension;",
        "",
        "/** The " + roleId + " loop; everything role-specific is in its blueprint. */",
        "@Extension",
        "public final class " + className + " implements RoleKit {",
        "",
        "  @Override",
        "  public KitResource blueprint() {",
        "    return KitResource.of(" + className + ".class, \"" + roleId + "/role.yaml\");",
        "  }",
        "}",
        "");
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** {@code text} with {@code block} inserted above the marker line, at its indentation. */
  static String insertAbove(String text, String marker, String name, List<String> block) {
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    int at = text.indexOf(marker);
    if (at < 0) {
      throw new KitException(ExitCode.BAD_INPUT, name + " has no '<!-- " + marker + " -->' "
          + "line; put it back where new entries belong");
    }
    int lineStart = text.lastIndexOf('\n', at) + 1;
    StringBuilder indent = new StringBuilder();
    for (int i = lineStart; i < at && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
      indent.append(text.charAt(i));
    }
    StringBuilder inserted = new StringBuilder();
    for (String line : block) {
      inserted.append(indent).append(line).append(newline);
    }
    return text.substring(0, lineStart) + inserted + text.substring(lineStart);
  }

  /** Writes everything, or nothing: on failure the module folder and the poms are restored. */
  private static void write(Path module, Map<Path, String> files, Map<Path, String> originals,
      Map<Path, String> edits) {
    Path current = module;
    try {
      for (Map.Entry<Path, String> file : files.entrySet()) {
        current = file.getKey();
        Files.createDirectories(current.getParent());
        Files.writeString(current, file.getValue(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<Path, String> edit : edits.entrySet()) {
        current = edit.getKey();
        Files.writeString(current, edit.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      undo(module, originals);
      throw new KitException(ExitCode.OUTPUT, "cannot write " + current + ": " + e.getMessage()
          + "; nothing was changed");
    }
  }

  private static void undo(Path module, Map<Path, String> originals) {
    try (Stream<Path> created = Files.walk(module)) {
      for (Path p : created.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // best effort: the error message names what could not be written
    }
    originals.forEach((pom, text) -> {
      try {
        Files.writeString(pom, text, StandardCharsets.UTF_8);
      } catch (IOException ignored) {
        // best effort
      }
    });
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KitException(ExitCode.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String relative(Path repo, Path file) {
    return repo.relativize(file).toString().replace('\\', '/');
  }
}
