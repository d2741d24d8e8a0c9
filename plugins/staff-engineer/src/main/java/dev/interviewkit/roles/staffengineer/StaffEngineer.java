package dev.interviewkit.roles.staffengineer;

import dev.interviewkit.api.KitResource;
import dev.interviewkit.api.RoleKit;
import org.pf4j.Extension;

/** The staff-engineer loop; everything role-specific is in its blueprint. */
@Extension
public final class StaffEngineer implements RoleKit {

  @Override
  public KitResource blueprint() {
    return KitResource.of(StaffEngineer.class, "staff-engineer/role.yaml");
  }
}
