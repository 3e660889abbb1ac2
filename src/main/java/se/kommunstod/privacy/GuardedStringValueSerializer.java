package se.kommunstod.privacy;

import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * The engine's string serializer, refusing a value that contains a personal identity number. It
 * runs when a variable's value is written into its entity, before the runtime row or any history
 * event exists; the exception fails the whole command (task completion, process start, …), so the
 * transaction is rolled back and neither the refused value nor anything else of it is stored.
 */
class GuardedStringValueSerializer extends StringValueSerializer {

  @Override
  public void writeValue(StringValue value, ValueFields valueFields) {
    if (PersonalIdentityNumbers.containsOne(value.getValue())) {
      throw new PersonalDataRefusal(valueFields.getName());
    }
    super.writeValue(value, valueFields);
  }
}
