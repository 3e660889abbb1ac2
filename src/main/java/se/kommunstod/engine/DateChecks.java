package se.kommunstod.engine;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PastOrPresent} and the other date checks compare with today in Sweden by the engine's
 * clock ({@link EngineTime}), as the dates people enter are. With the JVM's own clock and zone (UTC
 * on a server) an application submitted "today" just after midnight in Sweden was refused as a date
 * in the future, every night between 00:00 and 01:00 (02:00 in summer).
 */
@Configuration
class DateChecks {

  @Bean
  ValidationConfigurationCustomizer swedishToday() {
    return configuration -> configuration.clockProvider(EngineTime::clock);
  }
}
