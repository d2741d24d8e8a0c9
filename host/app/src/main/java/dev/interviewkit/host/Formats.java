package dev.interviewkit.host;

import dev.interviewkit.api.Renderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pf4j.PluginManager;

/** Settles which renderer serves each format; built-in formats cannot be replaced. */
final class Formats {

  private Formats() {}

  /**
   * The host's own renderers (PDF, DOCX), then the plugins' {@code offered}. A plugin renderer
   * claiming a built-in format or file extension, or one another renderer claims, is refused: the
   * reason goes to {@code refusals} under its plugin; the built-in one is used, and of two plugins
   * neither is.
   */
  static Map<String, Renderer> settle(PluginManager manager, List<GuardedRenderer> offered,
      Map<String, List<String>> refusals) {
    Map<String, Renderer> byFormat = new TreeMap<>();
    for (Class<? extends Renderer> cls : manager.getExtensionClasses(Renderer.class, null)) {
      Renderer r = manager.getExtensionFactory().create(cls);
      byFormat.putIfAbsent(r.format(), r);
    }
    Set<String> builtIn = Set.copyOf(byFormat.keySet());
    Set<String> builtInExtensions = new HashSet<>();
    byFormat.values().forEach(r -> builtInExtensions.add(r.fileExtension()));
    for (GuardedRenderer r : offered) {
      String why = refusal(r, offered, builtIn, builtInExtensions);
      if (why == null) {
        byFormat.put(r.format(), r);
      } else {
        refusals.computeIfAbsent(r.pluginId(), k -> new ArrayList<>()).add(why);
      }
    }
    return Collections.unmodifiableMap(byFormat);
  }

  /** Why a plugin's renderer is refused, or null when it is used. */
  private static String refusal(GuardedRenderer r, List<GuardedRenderer> offered,
      Set<String> builtIn, Set<String> builtInExtensions) {
    String what = "its renderer " + r.className() + " claims ";
    if (builtIn.contains(r.format())) {
      return what + "format '" + r.format() + "', which is built in; refused, the built-in "
          + r.format() + " renderer is used";
    }
    if (builtInExtensions.contains(r.fileExtension())) {
      return what + "file extension '." + r.fileExtension() + "', which a built-in format "
          + "writes; refused";
    }
    List<String> others = offered.stream().filter(o -> o != r && (o.format().equals(r.format())
        || o.fileExtension().equals(r.fileExtension())))
        .map(o -> o.pluginId().equals(r.pluginId()) ? o.className() : "plugin " + o.pluginId())
        .sorted().distinct().toList();
    return others.isEmpty() ? null : what + "format '" + r.format() + "' (file extension '."
        + r.fileExtension() + "'), as does " + String.join(", ", others)
        + "; refused, neither is used";
  }
}
