package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import se.kommunstod.KommunstodApplication;
import se.kommunstod.support.EmbeddedPostgres;
import se.kommunstod.support.IntegrationTest;

/**
 * Demo and production never share state: the demo keeps its data apart from the production default,
 * a start without the demo profile refuses a database with demo accounts (and changes nothing), and
 * on a database of its own the administrator's password is the environment's.
 */
@IntegrationTest
class ProductionStartIntegrationTest {

  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;

  /**
   * A second application in this JVM leaves the static engine registries (which the webapps and the
   * engine REST API look the "default" engine up in) without this context's engine when it closes;
   * put it back, so later tests in the same JVM reach the right engine.
   */
  @org.junit.jupiter.api.AfterEach
  void restoreTheSharedEngine() {
    if (org.camunda.bpm.engine.ProcessEngines.getProcessEngine("default", false) == null) {
      org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(processEngine);
    }
    var container = org.camunda.bpm.container.RuntimeContainerDelegate.INSTANCE.get();
    if (container.getProcessEngineService().getProcessEngine("default") == null) {
      container.registerProcessEngine(processEngine);
    }
  }

  @Test
  void theDemoKeepsItsDataApartFromTheProductionDefault() throws Exception {
    YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
    String production = url(yaml.load("default", new ClassPathResource("application.yaml")));
    String demo = url(yaml.load("demo", new ClassPathResource("application-demo.yaml")));
    assertThat(production).contains("jdbc:h2:file:./data/kommunstod");
    assertThat(demo).contains("jdbc:h2:file:./data/demo/");
    assertThat(demo).isNotEqualTo(production);
  }

  @Test
  void aProductionStartOnTheDemosDatabaseIsRefusedAndChangesNothing() {
    // this context is the demo: its database holds the demo's people, password "demo"
    long users = identityService.createUserQuery().count();
    assertThatThrownBy(
            () ->
                production(
                    EmbeddedPostgres.jdbcUrl(),
                    "driftadmin",
                    "ett-langt-losenord-1",
                    "prodRefused"))
        .hasRootCauseInstanceOf(DemoAccounts.DemoAccountsException.class)
        .rootCause()
        .hasMessageContaining("samordnare.linkoping")
        .hasMessageContaining("admin");
    assertThat(identityService.createUserQuery().userId("driftadmin").count()).isZero();
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.checkPassword("radgivare", "demo")).isTrue();
  }

  @Test
  void onItsOwnDatabaseProductionStartsAndHonoursTheAdministratorsPassword() throws Exception {
    String database = "production_" + System.nanoTime();
    try (Connection connection =
        DriverManager.getConnection(EmbeddedPostgres.jdbcUrl(), "postgres", "postgres")) {
      connection.createStatement().execute("CREATE DATABASE " + database);
    }
    String url = EmbeddedPostgres.server().getJdbcUrl("postgres", database);
    try (ConfigurableApplicationContext first =
        production(url, "driftadmin", "forsta-losenordet-1", "prodFirst")) {
      IdentityService identity = first.getBean(IdentityService.class);
      assertThat(identity.checkPassword("driftadmin", "forsta-losenordet-1")).isTrue();
      assertThat(
              identity
                  .createUserQuery()
                  .userIdIn(DemoAccounts.DEMO_USER_IDS.toArray(String[]::new))
                  .count())
          .isZero();
    }
    try (ConfigurableApplicationContext second =
        production(url, "driftadmin", "andra-losenordet-2", "prodSecond")) {
      IdentityService identity = second.getBean(IdentityService.class);
      assertThat(identity.checkPassword("driftadmin", "andra-losenordet-2")).isTrue();
      assertThat(identity.checkPassword("driftadmin", "forsta-losenordet-1")).isFalse();
    }
  }

  private static ConfigurableApplicationContext production(
      String url, String admin, String password, String engine) {
    return new SpringApplicationBuilder(KommunstodApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--kommunstod.admin.user=" + admin,
            "--kommunstod.admin.password=" + password,
            "--camunda.bpm.job-execution.enabled=false",
            // no second set of Camunda webapps in this JVM: they keep static state the shared
            // context's use
            "--camunda.bpm.webapp.enabled=false",
            // an engine name of its own: the shared test context's "default" engine must stay
            // registered
            "--camunda.bpm.process-engine-name=" + engine);
  }

  private static String url(List<PropertySource<?>> sources) {
    return sources.stream()
        .map(s -> s.getProperty("spring.datasource.url"))
        .filter(v -> v != null)
        .map(Object::toString)
        .findFirst()
        .orElseThrow();
  }
}
