package dev.interviewkit.host;

import dev.interviewkit.api.KitResource;
import dev.interviewkit.api.Renderer;
import dev.interviewkit.api.RoleKit;
import dev.interviewkit.bank.BankSource;
import dev.interviewkit.bank.Problem;
import dev.interviewkit.bank.YamlSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Asks one started plugin, once per run, for everything it contributes: its extensions are
 * created, blueprints and banks read into memory, renderers asked for their format. Every call goes
 * through {@link PluginCalls}; the first fault ends the probe and disables the plugin for this run.
 */
final class PluginProbe {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,19}");
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}(\\.[a-z0-9]{1,10}){0,2}");

  /** A blueprint's bytes, with the path messages name ({@code ID.jar!/ID/role.yaml}). */
  record Blueprint(String path, byte[] yaml) {}

  /** What a plugin contributes; {@code fault} is empty when it answered every call. */
  record Contribution(String pluginId, String version, List<Blueprint> blueprints,
      List<BankSource> banks, List<GuardedRenderer> renderers, String fault) {

    Contribution {
      blueprints = List.copyOf(blueprints);
      banks = List.copyOf(banks);
      renderers = List.copyOf(renderers);
    }

    boolean faulty() {
      return !fault.isEmpty();
    }
  }

  private final PluginManager manager;
  private final PluginCalls calls;
  private final Faults faults;

  PluginProbe(PluginManager manager, PluginCalls calls, Faults faults) {
    this.manager = manager;
    this.calls = calls;
    this.faults = faults;
  }

  Contribution probe(PluginWrapper w, String label) {
    String id = w.getPluginId();
    String version = w.getDescriptor().getVersion();
    List<Blueprint> blueprints = new ArrayList<>();
    List<BankSource> banks = new ArrayList<>();
    List<GuardedRenderer> renderers = new ArrayList<>();
    try {
      List<RoleKit> kits = create(RoleKit.class, id);
      List<Renderer> plain = create(Renderer.class, id);
      for (RoleKit kit : kits) {
        KitResource blueprint = calls.call("blueprint()", kit::blueprint);
        blueprints.add(new Blueprint(id + ".jar!/" + blueprint.name(), read(blueprint)));
      }
      for (RoleKit kit : kits) {
        List<KitResource> resources = calls.call("banks()", kit::banks);
        for (KitResource r : resources) {
          if (r == null) {
            throw new PluginFault("banks() returned a list with null in it");
          }
          byte[] bytes = read(r);
          banks.add(new BankSource(id + ".jar!/" + r.name(), "plugin " + id,
              () -> new ByteArrayInputStream(bytes)));
        }
      }
      for (Renderer r : plain) {
        String format = calls.call("format()", r::format);
        String extension = calls.call("fileExtension()", r::fileExtension);
        if (!FORMAT.matcher(format).matches()) {
          throw new PluginFault("format() of " + r.getClass().getName() + " returned '"
              + PluginFault.oneLine(format) + "', not a format id (lower-case letters, digits "
              + "and hyphens, at most 20)");
        }
        if (!EXTENSION.matcher(extension).matches()) {
          throw new PluginFault("fileExtension() of " + r.getClass().getName() + " returned '"
              + PluginFault.oneLine(extension) + "', not a file extension (lower-case letters "
              + "and digits, without the dot)");
        }
        renderers.add(new GuardedRenderer(id, label, r, format, extension, calls, faults));
      }
    } catch (PluginFault f) {
      return new Contribution(id, version, List.of(), List.of(), List.of(), f.getMessage());
    }
    return new Contribution(id, version, blueprints, banks, renderers, "");
  }

  /** One line for a plugin's bank problems: the first, and how many more. */
  static String bankFault(List<Problem> problems) {
    List<Problem> sorted = problems.stream().sorted().toList();
    int more = sorted.size() - 1;
    return "its bank does not validate: " + sorted.get(0) + (more == 0 ? ""
        : " (and " + more + " more problem" + (more == 1 ? "" : "s")
            + "; 'kit validate' lists them)");
  }

  /** The plugin's extensions of {@code type}, each created through {@link PluginCalls}. */
  private <T> List<T> create(Class<T> type, String pluginId) {
    List<T> created = new ArrayList<>();
    for (Class<? extends T> cls : manager.getExtensionClasses(type, pluginId)) {
      created.add(calls.call("creating its extension " + cls.getName(),
          () -> manager.getExtensionFactory().create(cls)));
    }
    return created;
  }

  /** A resource's bytes, at most one more than the YAML reader accepts, so it names the limit. */
  private byte[] read(KitResource resource) {
    URL url = resource.url();
    return calls.call("reading " + resource.name(), () -> {
      try (InputStream in = url.openStream()) {
        return in.readNBytes(YamlSource.MAX_BYTES + 1);
      }
    });
  }
}
