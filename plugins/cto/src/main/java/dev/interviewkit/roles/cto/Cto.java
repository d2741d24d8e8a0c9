package dev.interviewkit.roles.cto;

import dev.interviewkit.api.KitResource;
import dev.interviewkit.api.RoleKit;
import org.pf4j.Extension;

/** The CTO loop; everything role-specific is in its blueprint. */
@Extension
public final class Cto implements RoleKit {

  @Override
  public KitResource blueprint() {
    return KitResource.of(Cto.class, "cto/role.yaml");
  }
}
