package dev.interviewkit.host;

import dev.interviewkit.bank.Problem;
import dev.interviewkit.host.PluginHost.InstalledRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Settles role ids claimed by more than one plugin. */
final class RoleClaims {

  private RoleClaims() {}

  /**
   * A role id claimed by a built-in plugin (one of {@link PluginHost#BUILT_IN_ROLES}, whose plugin
   * id is its role id) stays the built-in's, and every other claimant is refused by name. A role id
   * claimed twice otherwise is refused for every claimant: which one would win would depend on the
   * order pf4j finds the jars in, and a plugin must never silently replace another's role.
   */
  static List<InstalledRole> settle(List<InstalledRole> read) {
    Map<String, List<String>> claims = new TreeMap<>();
    for (InstalledRole role : read) {
      if (role.definition().isPresent()) {
        claims.computeIfAbsent(role.roleId(), k -> new ArrayList<>()).add(role.pluginId());
      }
    }
    List<InstalledRole> settled = new ArrayList<>();
    for (InstalledRole role : read) {
      List<String> claimants = role.definition().isPresent() ? claims.get(role.roleId())
          : List.of();
      if (claimants.size() <= 1) {
        settled.add(role);
        continue;
      }
      String id = role.roleId();
      boolean builtIn = PluginHost.BUILT_IN_ROLES.contains(id) && claimants.contains(id);
      if (builtIn && role.pluginId().equals(id)) {
        settled.add(role);
      } else if (builtIn) {
        settled.add(refused(role, "claims role id '" + id + "', which is built in; refused, the "
            + "built-in plugin " + id + " is used"));
      } else {
        List<String> others = claimants.stream().filter(c -> !c.equals(role.pluginId()))
            .sorted().toList();
        settled.add(refused(role, "claims role id '" + id + "', as do"
            + (others.size() == 1 ? "es plugin " : " plugins ") + String.join(", ", others)
            + "; remove or disable all but one of them"));
      }
    }
    return settled;
  }

  private static InstalledRole refused(InstalledRole role, String why) {
    return new InstalledRole(role.roleId(), role.pluginId(), role.pluginVersion(),
        Optional.empty(), List.of(Problem.inFile(role.pluginId(), why)));
  }
}
