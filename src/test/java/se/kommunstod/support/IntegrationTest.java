package se.kommunstod.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the embedded PostgreSQL with the demo organisations and users, on a
 * random port. All tests share one context (and so one engine); each test starts its own process
 * instances and must not depend on what others left behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // the demo's late step (demo.DemoSetup) stays out: tests count stalled steps of their own
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "kommunstod.demo.stalled-example=false",
      // the app starts without it (application.yaml); here Hibernate checks the migrated schema
      "spring.jpa.hibernate.ddl-auto=validate"
    })
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@ActiveProfiles("demo")
public @interface IntegrationTest {}
