package se.kommunstod.engine;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.PoliceRegion;
import se.kommunstod.municipality.PoliceRegionRepository;
import se.kommunstod.security.Role;

/**
 * Who may see a municipality's work: its Camunda tenant has as members the Brå advisors, the
 * process managers and the administrators (they follow every municipality), the group of its police
 * region, and the municipality's own people (added one by one, see {@link #addPerson}). Idempotent.
 */
@Service
public class MunicipalityAccess {

  private final IdentitySetup identity;
  private final PoliceRegionRepository policeRegions;

  public MunicipalityAccess(IdentitySetup identity, PoliceRegionRepository policeRegions) {
    this.identity = identity;
    this.policeRegions = policeRegions;
  }

  public void open(Municipality municipality) {
    String tenant = municipality.getCode();
    identity.tenant(tenant, municipality.getName());
    identity.tenantGroup(Role.BRA.groupId(), tenant);
    identity.tenantGroup(Role.ADMIN_GROUP, tenant);
    identity.tenantGroup(Role.PROCESS_MANAGER_GROUP, tenant);
    policeRegions
        .findByName(municipality.getPoliceRegion())
        .ifPresent(
            region -> {
              policeRegionGroup(region);
              identity.tenantGroup(region.getGroupId(), tenant);
            });
  }

  public void policeRegionGroup(PoliceRegion region) {
    identity.group(region.getGroupId(), "Polisen " + region.getName(), Groups.GROUP_TYPE_WORKFLOW);
  }

  /** A person working in a role for one municipality: role group plus tenant membership. */
  public void addPerson(String userId, Role role, String municipalityCode) {
    identity.groupMember(userId, role.groupId());
    identity.tenantMember(userId, municipalityCode);
  }

  /** A police officer working for a whole police region: police role plus the region's group. */
  public void addRegionPolice(String userId, PoliceRegion region) {
    policeRegionGroup(region);
    identity.groupMember(userId, Role.POLICE.groupId());
    identity.groupMember(userId, region.getGroupId());
  }
}
