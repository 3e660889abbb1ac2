package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kommunstod.support.IntegrationTest;
import se.kommunstod.supportcase.ApplicationInput;

/**
 * An application submitted "today" just after midnight in Sweden is accepted, though the server's
 * date (UTC) is still yesterday; tomorrow in Sweden is refused ({@link DateChecks}).
 */
@IntegrationTest
class DateChecksIntegrationTest {

  @Autowired Validator validator;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void todayIsTheSwedishDateByTheEnginesClock() {
    // 00:30 on 2 December in Stockholm, 23:30 on 1 December in UTC
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T23:30:00Z")));

    assertThat(violations(LocalDate.parse("2026-12-02"))).isEmpty();
    assertThat(violations(LocalDate.parse("2026-12-03")))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("submittedOn");
  }

  private List<ConstraintViolation<ApplicationInput>> violations(LocalDate submittedOn) {
    return List.copyOf(
        validator.validate(
            new ApplicationInput(
                "linkoping",
                "Vi vill arbeta kunskapsbaserat.",
                "Kommunens trygghetssamordnare",
                submittedOn,
                List.of(1L),
                null,
                null)));
  }
}
