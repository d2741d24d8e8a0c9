package ${package};

import dev.interviewkit.api.KitResource;
import dev.interviewkit.api.RoleKit;
import java.util.List;
import org.pf4j.Extension;

/** The ${roleTitle} loop; everything role-specific is in its blueprint and bank. */
@Extension
public final class Role implements RoleKit {

  @Override
  public KitResource blueprint() {
    return KitResource.of(Role.class, "${artifactId}/role.yaml");
  }

  @Override
  public List<KitResource> banks() {
    return List.of(KitResource.of(Role.class, "${artifactId}/banks/${artifactId}-core.yaml"));
  }
}
