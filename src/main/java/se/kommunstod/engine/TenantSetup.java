package se.kommunstod.engine;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.municipality.PoliceRegion;
import se.kommunstod.municipality.PoliceRegionRepository;

/**
 * Keeps one Camunda tenant per municipality record, with the members {@link MunicipalityAccess}
 * gives it, and one group per police region.
 */
@Component
@Order(2)
class TenantSetup implements ApplicationRunner {

  private final MunicipalityAccess access;
  private final MunicipalityRepository municipalities;
  private final PoliceRegionRepository policeRegions;

  TenantSetup(
      MunicipalityAccess access,
      MunicipalityRepository municipalities,
      PoliceRegionRepository policeRegions) {
    this.access = access;
    this.municipalities = municipalities;
    this.policeRegions = policeRegions;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (PoliceRegion region : policeRegions.findAll()) {
      access.policeRegionGroup(region);
    }
    for (Municipality municipality : municipalities.findAll()) {
      access.open(municipality);
    }
  }
}
