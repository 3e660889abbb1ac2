package se.kommunstod.privacy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * The engine's personal data guard. One point sees every row before it is written: {@link
 * GuardedDbEntityManager} replaces the engine's entity manager and reads every text field a caller
 * can fill (variables of every type and their names, task fields, identity links, business keys,
 * comments, attachments, users, groups, filters, incidents, history) — see {@link
 * PersonalDataScan}. {@link GuardedStringValueSerializer} refuses a string variable already when it
 * is set, which names the variable in the refusal; both use the same detector ({@link
 * PersonalIdentityNumbers}), so they never disagree.
 */
@Component
public class PersonalDataGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers =
        configuration.getCustomPreVariableSerializers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, new GuardedStringValueSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // after init: the id generator exists, and ours replaces the default factory of the same type
    configuration
        .getSessionFactories()
        .put(
            DbEntityManager.class,
            new GuardedDbEntityManager.Factory(configuration.getIdGenerator()));
  }
}
