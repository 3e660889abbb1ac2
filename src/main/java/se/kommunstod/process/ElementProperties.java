package se.kommunstod.process;

import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The one reader of a model element's {@code camunda:property} extension elements, where process
 * managers set the tunables in Modeler ({@code dueIn}, {@code stallAfter}, {@code meetingCycle},
 * {@code contributor}, …).
 */
public final class ElementProperties {

  private ElementProperties() {}

  /**
   * The value of the element's first {@code camunda:property} called {@code name}, if it has one.
   */
  public static Optional<String> read(BaseElement element, String name) {
    if (element == null || element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element.getExtensionElements().getChildElementsByType(CamundaProperties.class).stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst();
  }
}
