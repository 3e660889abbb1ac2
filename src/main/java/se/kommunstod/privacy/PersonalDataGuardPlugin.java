package se.kommunstod.privacy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Registers {@link GuardedStringValueSerializer} ahead of the engine's own string serializer, so
 * that no string process or task variable with a personal identity number is ever written, whether
 * it comes from Tasklist, the engine REST API or Java code.
 */
@Component
public class PersonalDataGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, new GuardedStringValueSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }
}
