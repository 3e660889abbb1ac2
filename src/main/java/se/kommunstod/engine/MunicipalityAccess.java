package se.kommunstod.engine;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.municipality.PoliceRegion;
import se.kommunstod.municipality.PoliceRegionRepository;
import se.kommunstod.security.Role;

/**
 * Who may see a municipality's work: its Camunda tenant has as members the Brå advisors, the
 * process managers and the administrators (they follow every municipality), the group of its police
 * region, and the municipality's own people (added one by one, see {@link #addPerson}). Each role
 * that works in one municipality has a group there ({@link Role#groupIn}), which the municipality's
 * tasks are granted to ({@link MunicipalTaskGrants}); its members are the role's people there and,
 * for the police, the police of the municipality's region. Idempotent.
 */
@Service
public class MunicipalityAccess {

  private final IdentitySetup identity;
  private final IdentityService identityService;
  private final PoliceRegionRepository policeRegions;
  private final MunicipalityRepository municipalities;

  public MunicipalityAccess(
      IdentitySetup identity,
      IdentityService identityService,
      PoliceRegionRepository policeRegions,
      MunicipalityRepository municipalities) {
    this.identity = identity;
    this.identityService = identityService;
    this.policeRegions = policeRegions;
    this.municipalities = municipalities;
  }

  public void open(Municipality municipality) {
    open(
        municipality,
        identity,
        policeRegions.findByName(municipality.getPoliceRegion()).orElse(null));
  }

  /**
   * Opens every municipality and region group at once, reading what exists in bulk: what a start
   * does, so it costs a handful of queries instead of about 20 per municipality.
   */
  public void openAll() {
    IdentitySteps steps = identity.remembering();
    Map<String, PoliceRegion> regions = new HashMap<>();
    for (PoliceRegion region : policeRegions.findAll()) {
      policeRegionGroup(region, steps);
      regions.put(region.getName(), region);
    }
    for (Municipality municipality : municipalities.findAll()) {
      open(municipality, steps, regions.get(municipality.getPoliceRegion()));
    }
  }

  private void open(Municipality municipality, IdentitySteps steps, PoliceRegion region) {
    String tenant = municipality.getCode();
    steps.tenant(tenant, municipality.getName());
    steps.tenantGroup(Role.BRA.groupId(), tenant);
    steps.tenantGroup(Role.ADMIN_GROUP, tenant);
    steps.tenantGroup(Role.PROCESS_MANAGER_GROUP, tenant);
    for (Role role : Role.values()) {
      if (role.worksInOneMunicipality()
          && localGroup(role, tenant, municipality.getName(), steps)) {
        // a new group of an existing municipality: its people so far are the role's tenant members
        for (User person :
            identityService
                .createUserQuery()
                .memberOfGroup(role.groupId())
                .memberOfTenant(tenant)
                .list()) {
          steps.groupMember(person.getId(), role.groupIn(tenant));
        }
      }
    }
    if (region != null) {
      policeRegionGroup(region, steps);
      steps.tenantGroup(region.getGroupId(), tenant);
      for (String police : steps.membersOf(region.getGroupId())) {
        steps.groupMember(police, Role.POLICE.groupIn(tenant));
      }
    }
  }

  public void policeRegionGroup(PoliceRegion region) {
    policeRegionGroup(region, identity);
  }

  private static void policeRegionGroup(PoliceRegion region, IdentitySteps steps) {
    steps.group(region.getGroupId(), "Polisen " + region.getName(), Groups.GROUP_TYPE_WORKFLOW);
  }

  /**
   * A person working in a role for one municipality: role group, the role's group in the
   * municipality and tenant membership.
   */
  public void addPerson(String userId, Role role, String municipalityCode) {
    identity.groupMember(userId, role.groupId());
    localGroup(
        role,
        municipalityCode,
        municipalities
            .findById(municipalityCode)
            .map(Municipality::getName)
            .orElse(municipalityCode));
    identity.groupMember(userId, role.groupIn(municipalityCode));
    identity.tenantMember(userId, municipalityCode);
  }

  /**
   * A police officer working for a whole police region: police role, the region's group (tenant
   * member of the region's municipalities) and the police group of each of them.
   */
  public void addRegionPolice(String userId, PoliceRegion region) {
    policeRegionGroup(region);
    identity.groupMember(userId, Role.POLICE.groupId());
    identity.groupMember(userId, region.getGroupId());
    for (Municipality municipality : municipalities.findAll()) {
      if (region.getName().equals(municipality.getPoliceRegion())) {
        localGroup(Role.POLICE, municipality.getCode(), municipality.getName());
        identity.groupMember(userId, Role.POLICE.groupIn(municipality.getCode()));
      }
    }
  }

  private boolean localGroup(Role role, String municipalityCode, String municipalityName) {
    return localGroup(role, municipalityCode, municipalityName, identity);
  }

  /** Creates the role's group in the municipality if absent; true if it was created. */
  private static boolean localGroup(
      Role role, String municipalityCode, String municipalityName, IdentitySteps steps) {
    return steps.group(
        role.groupIn(municipalityCode),
        role.displayName() + ", " + municipalityName,
        Groups.GROUP_TYPE_WORKFLOW);
  }
}
