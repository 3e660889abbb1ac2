package se.kommunstod.engine;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps one Camunda tenant per municipality record, with the members {@link MunicipalityAccess}
 * gives it, and one group per police region.
 */
@Component
@Order(2)
class TenantSetup implements ApplicationRunner {

  private final MunicipalityAccess access;

  TenantSetup(MunicipalityAccess access) {
    this.access = access;
  }

  @Override
  public void run(ApplicationArguments args) {
    access.openAll();
  }
}
