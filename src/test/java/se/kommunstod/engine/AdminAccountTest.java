package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.kommunstod.KommunstodApplication;
import se.kommunstod.support.EmbeddedPostgres;

/** Outside the demo profile the app must not start on PostgreSQL without a named administrator. */
class AdminAccountTest {

  @Test
  void refusesToStartWithoutAdministrator() {
    SpringApplicationBuilder app =
        new SpringApplicationBuilder(KommunstodApplication.class).web(WebApplicationType.NONE);
    assertThatThrownBy(
            () ->
                app.run(
                    "--spring.datasource.url=" + EmbeddedPostgres.jdbcUrl(),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--kommunstod.admin.user=",
                    "--kommunstod.admin.password=",
                    "--camunda.bpm.job-execution.enabled=false",
                    // Its own engine name: failing to start would otherwise unregister the
                    // "default"
                    // engine that the other tests' shared Spring context still uses.
                    "--camunda.bpm.process-engine-name=adminCheck"))
        .hasRootCauseInstanceOf(MissingAdminAccountException.class)
        .rootCause()
        .hasMessageContaining("KOMMUNSTOD_ADMIN_USER");
  }

  @Test
  void refusesAShortAdministratorPassword() {
    assertThatThrownBy(() -> new AdminAccount(null, null, "admin", "short"))
        .isInstanceOf(MissingAdminAccountException.class)
        .hasMessageContaining("shorter than 12");
  }
}
