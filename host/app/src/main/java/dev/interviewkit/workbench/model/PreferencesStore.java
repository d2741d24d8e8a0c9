package dev.interviewkit.workbench.model;

import dev.interviewkit.api.doc.Paper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The workbench's own file in the user's configuration folder, {@code workbench.properties}:
 * the {@link Preferences} and the {@link WindowLayout}. A value that cannot be read is left at
 * its default and reported; the file is replaced atomically.
 */
public final class PreferencesStore {

  static final String FILE = "workbench.properties";
  private static final long MAX_BYTES = 64 * 1024;

  private final Path file;
  private final Preferences base;
  private final List<String> problems = new ArrayList<>();

  public PreferencesStore(Path folder) {
    this(folder, Preferences.DEFAULT);
  }

  /** A store whose unset preferences are those of {@code base} (the {@code kit.yaml} ones). */
  public PreferencesStore(Path folder, Preferences base) {
    this.file = folder.resolve(FILE);
    this.base = java.util.Objects.requireNonNull(base, "base");
  }

  /** The store in {@code $XDG_CONFIG_HOME/interview-kit}. */
  public static PreferencesStore user() {
    return new PreferencesStore(ConfigFolder.user());
  }

  /**
   * The store in {@code $XDG_CONFIG_HOME/interview-kit}; paper, output folder and organisation
   * not set in the workbench's preferences are {@code kit.yaml}'s.
   */
  public static PreferencesStore user(dev.interviewkit.config.KitConfig config) {
    return new PreferencesStore(ConfigFolder.user(), Preferences.from(config));
  }

  public Path file() {
    return file;
  }

  /** What the last {@link #load} could not read, one line each: {@code file: key: fault}. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  public Preferences preferences() {
    Properties p = load();
    Preferences d = base;
    Paper paper = d.paper();
    String paperText = p.getProperty("paper");
    if (paperText != null) {
      switch (paperText.strip().toLowerCase(Locale.ROOT)) {
        case "letter" -> paper = Paper.LETTER;
        case "a4" -> paper = Paper.A4;
        default -> fault("paper", "'" + paperText + "' is not letter or a4");
      }
    }
    Path out = d.out();
    String outText = p.getProperty("out");
    if (outText != null && !outText.isBlank()) {
      try {
        out = Path.of(outText.strip());
      } catch (java.nio.file.InvalidPathException e) {
        fault("out", "'" + outText + "' is not a path");
      }
    }
    int font = d.fontSize();
    String fontText = p.getProperty("font.size");
    if (fontText != null) {
      try {
        int f = Integer.parseInt(fontText.strip());
        if (f < Preferences.MIN_FONT || f > Preferences.MAX_FONT) {
          fault("font.size", f + " is outside " + Preferences.MIN_FONT + " to "
              + Preferences.MAX_FONT);
        } else {
          font = f;
        }
      } catch (NumberFormatException e) {
        fault("font.size", "'" + fontText + "' is not a whole number");
      }
    }
    Preferences.Editor editor = d.editor();
    String editorText = p.getProperty("editor");
    if (editorText != null) {
      switch (editorText.strip().toLowerCase(Locale.ROOT)) {
        case "built-in" -> editor = Preferences.Editor.BUILT_IN;
        case "system" -> editor = Preferences.Editor.SYSTEM;
        default -> fault("editor", "'" + editorText + "' is not built-in or system");
      }
    }
    return new Preferences(paper, out, p.getProperty("organisation", ""),
        Optional.ofNullable(p.getProperty("role")), font, editor);
  }

  public WindowLayout layout() {
    Properties p = load();
    Map<String, Integer> dividers = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("divider.")) {
        number(p, key).ifPresent(v -> dividers.put(key.substring("divider.".length()), v));
      }
    }
    Optional<Path> last = Optional.ofNullable(p.getProperty("last.loop"))
        .filter(s -> !s.isBlank()).map(Path::of);
    int w = number(p, "window.width").orElse(0);
    int h = number(p, "window.height").orElse(0);
    return new WindowLayout(number(p, "window.x").orElse(0), number(p, "window.y").orElse(0),
        Math.max(0, w), Math.max(0, h), dividers, last);
  }

  /** Writes both, replacing the file in one step. */
  public void save(Preferences prefs, WindowLayout layout) throws IOException {
    Properties p = new Properties();
    p.setProperty("paper", prefs.paper() == Paper.A4 ? "a4" : "letter");
    p.setProperty("out", prefs.out().toString());
    p.setProperty("organisation", prefs.organisation());
    prefs.role().ifPresent(r -> p.setProperty("role", r));
    p.setProperty("font.size", Integer.toString(prefs.fontSize()));
    p.setProperty("editor", prefs.editor() == Preferences.Editor.SYSTEM ? "system" : "built-in");
    if (layout.remembered()) {
      p.setProperty("window.x", Integer.toString(layout.x()));
      p.setProperty("window.y", Integer.toString(layout.y()));
      p.setProperty("window.width", Integer.toString(layout.width()));
      p.setProperty("window.height", Integer.toString(layout.height()));
    }
    layout.dividers().forEach((k, v) -> p.setProperty("divider." + k, Integer.toString(v)));
    layout.lastLoop().ifPresent(l -> p.setProperty("last.loop", l.toString()));
    StringWriter text = new StringWriter();
    p.store(text, "interview-kit workbench preferences (kit.yaml is read by the CLI; see "
        + "docs/workbench.md)");
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), ".workbench", ".tmp");
    try {
      Files.writeString(temp, text.toString(), StandardCharsets.ISO_8859_1);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private Properties load() {
    problems.clear();
    Properties p = new Properties();
    if (!Files.isRegularFile(file)) {
      return p;
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        problems.add(file + ": larger than " + MAX_BYTES / 1024 + " KiB; using the defaults");
        return p;
      }
      p.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
    } catch (IOException | IllegalArgumentException e) {
      problems.add(file + ": cannot be read (" + e.getMessage() + "); using the defaults");
    }
    return p;
  }

  private Optional<Integer> number(Properties p, String key) {
    String text = p.getProperty(key);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      fault(key, "'" + text + "' is not a whole number");
      return Optional.empty();
    }
  }

  private void fault(String key, String what) {
    problems.add(file + ": " + key + ": " + what + "; using the default");
  }

}
