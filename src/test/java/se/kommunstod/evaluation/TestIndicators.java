package se.kommunstod.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Defines an indicator of a case the way the action plan does (name, unit, source, baseline,
 * target, direction), for tests of what the follow-up and the report make of it without walking the
 * kick-off. It goes through the kick-off's own writer, {@link
 * IndicatorService#defineForActionPlan}.
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
            status ->
                service
                    .defineForActionPlan(
                        businessKey,
                        List.of(
                            new PlannedIndicator(
                                name,
                                unit,
                                source,
                                new BigDecimal(baseline),
                                new BigDecimal(target),
                                direction)))
                    .values()
                    .iterator()
                    .next()
                    .getId());
  }
}
