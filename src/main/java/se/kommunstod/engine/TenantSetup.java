package se.kommunstod.engine;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.security.Role;

/**
 * Keeps one Camunda tenant per municipality record. Brå advisors support every municipality,
 * so their group is a member of every tenant.
 */
@Component
@Order(2)
class TenantSetup implements ApplicationRunner {

  private final IdentitySetup identity;
  private final MunicipalityRepository municipalities;

  TenantSetup(IdentitySetup identity, MunicipalityRepository municipalities) {
    this.identity = identity;
    this.municipalities = municipalities;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Municipality municipality : municipalities.findAll()) {
      identity.tenant(municipality.getCode(), municipality.getName());
      identity.tenantGroup(Role.BRA.groupId(), municipality.getCode());
      identity.tenantGroup(Role.ADMIN_GROUP, municipality.getCode());
    }
  }
}
