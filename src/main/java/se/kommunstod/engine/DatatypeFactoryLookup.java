package se.kommunstod.engine;

import java.util.Properties;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine resolves every duration (a task's due date, an escalation or meeting timer) through a
 * new {@link DatatypeFactory}, and {@code DatatypeFactory.newInstance()} searches the whole class
 * path for a provider each time unless a system property names one (JAXP's lookup order): 3.1 % of
 * the lifecycle's CPU samples in the throughput benchmark (docs/throughput.md, "Stops 30 and 32"),
 * every timer of the job executor besides. Before the engine starts, the property is set to the
 * implementation that search finds, so the engine uses the same one without searching again; a
 * property set already (by the JVM's options) is left as it is.
 */
@Component
public class DatatypeFactoryLookup extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    nameTheFactory(System.getProperties());
  }

  static void nameTheFactory(Properties properties) {
    if (properties.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      properties.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, found().getName());
    }
  }

  static Class<? extends DatatypeFactory> found() {
    try {
      return DatatypeFactory.newInstance().getClass();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("No XML datatype factory for the engine's durations", e);
    }
  }
}
