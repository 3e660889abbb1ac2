package se.kommunstod.evaluation;

import java.math.BigDecimal;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Defines an indicator of a case the way the action plan does (name, unit, source, baseline,
 * target, direction), for tests of what the follow-up and the report make of it. The plan's own
 * task (issue 17) writes these in the app; here they are set through the service and the entity.
 */
public final class TestIndicators {

  private TestIndicators() {}

  public static long define(
      IndicatorService service,
      IndicatorRepository repository,
      PlatformTransactionManager transactions,
      String businessKey,
      String name,
      String unit,
      String source,
      String baseline,
      String target,
      IndicatorDirection direction) {
    return new TransactionTemplate(transactions)
        .execute(
            status -> {
              Indicator indicator = service.define(businessKey, new IndicatorInput(name, unit));
              indicator.describe(
                  source, new BigDecimal(baseline), new BigDecimal(target), direction);
              repository.save(indicator);
              return indicator.getId();
            });
  }
}
