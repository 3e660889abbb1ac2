package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kommunstod.support.IntegrationTest;

/**
 * The engine's durations use the datatype factory the class path's search finds, named once, and a
 * factory the JVM's options name is kept. (The lookup works on a given set of properties, so the
 * test does not change the JVM's while the engine runs.)
 */
@IntegrationTest
class DatatypeFactoryLookupTest {

  private static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

  @Autowired DatatypeFactoryLookup lookup;

  @Test
  void theRunningEngineHasTheFactoryNamed() {
    assertThat(lookup).isNotNull();
    assertThat(System.getProperty(PROPERTY)).isEqualTo(DatatypeFactoryLookup.found().getName());
  }

  @Test
  void namesTheFactoryTheSearchFinds() {
    Properties properties = new Properties();

    DatatypeFactoryLookup.nameTheFactory(properties);

    assertThat(properties.getProperty(PROPERTY)).isEqualTo(DatatypeFactoryLookup.found().getName());
  }

  @Test
  void keepsAFactoryTheJvmOptionsName() {
    Properties properties = new Properties();
    properties.setProperty(PROPERTY, "an.OptionOfTheOperator");

    DatatypeFactoryLookup.nameTheFactory(properties);

    assertThat(properties.getProperty(PROPERTY)).isEqualTo("an.OptionOfTheOperator");
  }
}
