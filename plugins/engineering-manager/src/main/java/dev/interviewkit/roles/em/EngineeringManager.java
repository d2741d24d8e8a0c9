package dev.interviewkit.roles.em;

import dev.interviewkit.api.KitResource;
import dev.interviewkit.api.RoleKit;
import org.pf4j.Extension;

/** The Engineering Manager loop; everything role-specific is in its blueprint. */
@Extension
public final class EngineeringManager implements RoleKit {

  @Override
  public KitResource blueprint() {
    return KitResource.of(EngineeringManager.class, "engineering-manager/role.yaml");
  }
}
