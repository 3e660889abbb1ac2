package se.kommunstod.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The fields of a user task's form as its people saw them: key → label and, for choices, value →
 * label. Read from the Camunda Form deployed with the model ({@code camunda:formRef}), so the case
 * page names what a step recorded in the form's own Swedish words, never by variable name.
 */
@Component
class FormLabels {

  /** One field of a form: its label and the labels of its options. */
  record Field(String label, Map<String, String> options) {

    String optionLabel(String value) {
      return options.getOrDefault(value, value);
    }
  }

  private final RepositoryService repositoryService;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Map<String, Map<String, Field>>> formsByDeployment =
      new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> formRefsByDefinition = new ConcurrentHashMap<>();

  FormLabels(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /**
   * The fields of the form of task {@code taskKey} in process definition {@code
   * processDefinitionId}; empty if none.
   */
  Map<String, Field> fields(String processDefinitionId, String taskKey) {
    String formId =
        formRefsByDefinition.computeIfAbsent(processDefinitionId, this::formRefs).get(taskKey);
    if (formId == null) {
      return Map.of();
    }
    ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
    return formsByDeployment
        .computeIfAbsent(definition.getDeploymentId(), this::forms)
        .getOrDefault(formId, Map.of());
  }

  private Map<String, String> formRefs(String processDefinitionId) {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
    Map<String, String> refs = new LinkedHashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        refs.put(task.getId(), task.getCamundaFormRef());
      }
    }
    return refs;
  }

  private Map<String, Map<String, Field>> forms(String deploymentId) {
    Map<String, Map<String, Field>> forms = new LinkedHashMap<>();
    for (Resource resource : repositoryService.getDeploymentResources(deploymentId)) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try (InputStream in =
          repositoryService.getResourceAsStream(deploymentId, resource.getName())) {
        JsonNode form = json.readTree(in);
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        forms.put(form.path("id").asText(), fields);
      } catch (IOException e) {
        // a form that cannot be read names nothing; the page shows no values for its step
      }
    }
    return forms;
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && component.hasNonNull("label")) {
        Map<String, String> options = new LinkedHashMap<>();
        for (JsonNode option : component.path("values")) {
          options.put(option.path("value").asText(), option.path("label").asText());
        }
        fields.put(key, new Field(component.path("label").asText(), options));
      }
      collect(component.path("components"), fields);
    }
  }
}
