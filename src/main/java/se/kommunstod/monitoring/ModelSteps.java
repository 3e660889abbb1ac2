package se.kommunstod.monitoring;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.kommunstod.process.ElementProperties;

/**
 * What the deployed models say about their steps: names and the idle limit a process manager set in
 * Modeler as the extension property {@value #STALL_AFTER} (ISO-8601, e.g. {@code P14D}).
 *
 * <p>Read straight from the engine's tables (a deployed definition never changes), parsed once and
 * cached per process definition; no engine API, so no authorization check of the user who happens
 * to ask.
 */
@Component
public class ModelSteps {

  public static final String STALL_AFTER = "stallAfter";

  private static final Logger log = LoggerFactory.getLogger(ModelSteps.class);

  private final JdbcTemplate jdbc;
  private final ConcurrentMap<String, Definition> cache = new ConcurrentHashMap<>();

  public ModelSteps(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A step of a model. {@code stallAfter} is the explicit model property, or null. */
  public record Step(
      String activityId,
      String name,
      Duration stallAfter,
      boolean userTask,
      boolean messageWait,
      boolean optionalMessage) {}

  /** A deployed process definition and its steps by activity id. */
  public record Definition(String id, String key, String name, Map<String, Step> steps) {

    public String stepName(String activityId) {
      Step step = steps.get(activityId);
      return step == null || step.name() == null ? activityId : step.name();
    }
  }

  /** Every deployed process definition; new ones are read once. */
  public List<Definition> all() {
    List<String> ids = jdbc.queryForList("select id_ from act_re_procdef", String.class);
    return ids.stream().map(this::definition).filter(d -> d != null).toList();
  }

  public Definition definition(String id) {
    if (id == null) {
      return null;
    }
    Definition cached = cache.get(id);
    if (cached != null) {
      return cached;
    }
    Definition loaded = load(id);
    if (loaded != null) {
      cache.put(id, loaded);
    }
    return loaded;
  }

  private Definition load(String id) {
    List<Definition> found =
        jdbc.query(
            """
        select d.key_, d.name_, b.bytes_ from act_re_procdef d
        join act_ge_bytearray b on b.deployment_id_ = d.deployment_id_ and b.name_ = d.resource_name_
        where d.id_ = ?""",
            (rs, n) -> parse(id, rs.getString(1), rs.getString(2), rs.getBytes(3)),
            id);
    return found.isEmpty() ? null : found.get(0);
  }

  private static Definition parse(String id, String key, String name, byte[] xml) {
    Map<String, Step> steps = new HashMap<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (RuntimeException e) {
      log.warn("Cannot read the model of process definition {}: {}", id, e.getMessage());
      return new Definition(id, key, name, Map.of());
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean messageCatch =
          node instanceof CatchEvent event
              && event.getEventDefinitions().stream()
                  .anyMatch(MessageEventDefinition.class::isInstance);
      boolean waitsForMessage =
          node instanceof ReceiveTask || (messageCatch && node instanceof IntermediateCatchEvent);
      // a message boundary or start event is an option, not something the process waits for
      boolean optionalMessage = messageCatch && !waitsForMessage;
      steps.put(
          node.getId(),
          new Step(
              node.getId(),
              node.getName(),
              stallAfter(id, node),
              node instanceof UserTask,
              waitsForMessage,
              optionalMessage));
    }
    return new Definition(id, key, name, Map.copyOf(steps));
  }

  private static Duration stallAfter(String definitionId, BaseElement element) {
    return ElementProperties.read(element, STALL_AFTER)
        .map(
            value -> {
              Duration parsed = parseDuration(value);
              if (parsed == null) {
                log.warn(
                    "{}: {} of {} is not an ISO-8601 duration ('{}'), the default applies",
                    definitionId,
                    STALL_AFTER,
                    element.getId(),
                    value);
              }
              return parsed;
            })
        .orElse(null);
  }

  /** "P14D", "PT36H" or calendar periods like "P1M" (counted as 30 days a month). */
  static Duration parseDuration(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim().toUpperCase();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException notADuration) {
      try {
        Period period = Period.parse(text);
        return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
      } catch (DateTimeParseException notAPeriod) {
        return null;
      }
    }
  }
}
