package dev.interviewkit.roles.director;

import dev.interviewkit.api.KitResource;
import dev.interviewkit.api.RoleKit;
import org.pf4j.Extension;

/** The Director of Engineering loop; everything role-specific is in its blueprint. */
@Extension
public final class DirectorOfEngineering implements RoleKit {

  @Override
  public KitResource blueprint() {
    return KitResource.of(DirectorOfEngineering.class, "director-of-engineering/role.yaml");
  }
}
