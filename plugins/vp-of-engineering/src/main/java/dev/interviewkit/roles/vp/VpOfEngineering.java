package dev.interviewkit.roles.vp;

import dev.interviewkit.api.KitResource;
import dev.interviewkit.api.RoleKit;
import org.pf4j.Extension;

/** The VP of Engineering loop; everything role-specific is in its blueprint. */
@Extension
public final class VpOfEngineering implements RoleKit {

  @Override
  public KitResource blueprint() {
    return KitResource.of(VpOfEngineering.class, "vp-of-engineering/role.yaml");
  }
}
