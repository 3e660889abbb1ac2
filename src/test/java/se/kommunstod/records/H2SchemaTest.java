package se.kommunstod.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import se.kommunstod.municipality.AreaRepository;
import se.kommunstod.municipality.PoliceClassification;

/**
 * The embedded default database is H2 (without PostgreSQL mode): the migrations must run there
 * too, and Hibernate must accept the schema they create.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class H2SchemaTest {

  @Autowired
  AreaRepository areas;

  @Test
  void migrationsRunOnH2AndMatchTheEntities() {
    assertThat(areas.findByMunicipalityCodeOrderByName("sodertalje")).extracting(a -> a.getClassification())
        .contains(PoliceClassification.ESPECIALLY_VULNERABLE);
  }
}
