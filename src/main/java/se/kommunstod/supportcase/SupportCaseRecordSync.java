package se.kommunstod.supportcase;

import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.MunicipalityTenants;

/**
 * At start-up, opens the case record of every running {@code supportCase} instance that has none
 * (instances started before the model called {@link SupportCaseLifecycleListener}, and the demo's
 * cases). Opening is idempotent, so this never duplicates anything.
 */
@Component
@Order(20)
class SupportCaseRecordSync implements ApplicationRunner {

  static final String PROCESS_KEY = "supportCase";
  private static final Logger log = LoggerFactory.getLogger(SupportCaseRecordSync.class);

  private final RuntimeService runtimeService;
  private final SupportCaseService service;
  private final SupportCaseRepository cases;

  SupportCaseRecordSync(
      RuntimeService runtimeService, SupportCaseService service, SupportCaseRepository cases) {
    this.runtimeService = runtimeService;
    this.service = service;
    this.cases = cases;
  }

  @Override
  public void run(ApplicationArguments args) {
    int opened = 0;
    Set<String> withRecord = cases.findAllBusinessKeys();
    for (ProcessInstance instance :
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .active()
            .list()) {
      String businessKey = instance.getBusinessKey();
      if (businessKey == null || withRecord.contains(businessKey)) {
        continue;
      }
      Object code =
          runtimeService.getVariable(instance.getId(), MunicipalityTenants.MUNICIPALITY_VARIABLE);
      if (code == null) {
        continue;
      }
      try {
        service.open(businessKey, code.toString(), instance.getId());
        opened++;
      } catch (RuntimeException e) {
        log.warn(
            "No case record for process instance {} ({}): {}",
            instance.getId(),
            businessKey,
            e.getMessage());
      }
    }
    if (opened > 0) {
      log.info("Opened {} support case records for running supportCase instances", opened);
    }
  }
}
