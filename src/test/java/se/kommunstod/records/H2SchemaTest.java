package se.kommunstod.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import se.kommunstod.municipality.AreaClassification;
import se.kommunstod.municipality.AreaClassificationRepository;
import se.kommunstod.municipality.AreaRepository;
import se.kommunstod.municipality.PoliceClassification;

/**
 * The embedded default database is H2 (without PostgreSQL mode): the migrations must run there too,
 * and Hibernate must accept the schema they create.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class H2SchemaTest {

  @Autowired AreaRepository areas;

  @Autowired AreaClassificationRepository classifications;

  @Test
  void migrationsRunOnH2AndMatchTheEntities() {
    assertThat(areas.findByMunicipalityCodeOrderByName("sodertalje"))
        .extracting(a -> a.getName())
        .contains("Hovsjö", "Saltskog");
    assertThat(classifications.currentListYear("linkoping")).isEqualTo(2025);
    assertThat(classifications.findByMunicipalityCodeAndListYear("linkoping", 2025))
        .extracting(
            AreaClassification::getAreaName,
            AreaClassification::getClassification,
            AreaClassification::isVerified)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Skäggetorp", PoliceClassification.ESPECIALLY_VULNERABLE, true));
  }
}
