package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kommunstod.process.ProgrammeProcess;
import se.kommunstod.security.Role;

/**
 * The rules every model in processes/ follows (read with the BPMN Model API): each user task has a
 * candidate group that is a role, a Camunda Form that exists in forms/, a due date and valid
 * tunables; each process has a historyTimeToLive and is drawn; escalations never cancel the task
 * and go to the Brå advisor.
 *
 * <p>The rules that need only the model are also bpmnlint rules (tools/bpmnlint-plugin-kommunstod,
 * run by {@code mvn verify} and loadable in Camunda Modeler), so a process manager sees them while
 * editing; this test keeps them and adds what needs the rest of the project (forms/, the roles).
 */
class ModelRulesTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Set<String> EXPRESSION_GROUPS =
      Set.of("${ownerOrganisation}", "${actorGroup}", "${surveyOrganisation}");

  static Map<String, BpmnModelInstance> models = new TreeMap<>();
  static Map<String, JsonNode> forms = new TreeMap<>();

  @BeforeAll
  static void readModels() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = json.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      }
    }
  }

  @Test
  void theFourLifecycleModelsArePresent() {
    assertThat(
            models.values().stream()
                .flatMap(m -> m.getModelElementsByType(Process.class).stream())
                .map(Process::getId))
        .containsExactlyInAnyOrder(
            "programme", "supportCase", "cooperationMeeting", "intervention");
  }

  /** The lint plugin's list of roles is the application's: a new role needs both. */
  @Test
  void theLintRulesKnowTheSameRoles() throws IOException {
    JsonNode lint =
        new ObjectMapper()
            .readTree(Path.of("tools/bpmnlint-plugin-kommunstod/roles.json").toFile());
    List<String> lintRoles = new ArrayList<>();
    lint.get("roles").forEach(role -> lintRoles.add(role.asText()));
    List<String> lintExpressions = new ArrayList<>();
    lint.get("expressions").forEach(expression -> lintExpressions.add(expression.asText()));
    assertThat(lintRoles)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(Role.values()).map(Role::groupId).toList());
    assertThat(lintExpressions).containsExactlyInAnyOrderElementsOf(EXPRESSION_GROUPS);
    assertThat(lint.get("escalationGroup").asText()).isEqualTo(Role.BRA.groupId());
  }

  @Test
  void everyProcessHasAHistoryTimeToLiveAndTargetsCamunda724() {
    List<String> problems = new ArrayList<>();
    models.forEach(
        (file, model) -> {
          for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.getCamundaHistoryTimeToLiveString() == null) {
              problems.add(
                  file + ": process " + process.getId() + " lacks camunda:historyTimeToLive");
            }
            if (!process.isExecutable()) {
              problems.add(file + ": process " + process.getId() + " is not executable");
            }
          }
          String platform =
              model
                  .getDefinitions()
                  .getDomElement()
                  .getAttribute(
                      "http://camunda.org/schema/modeler/1.0", "executionPlatformVersion");
          if (!"7.24.0".equals(platform)) {
            problems.add(file + ": modeler:executionPlatformVersion is " + platform);
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyUserTaskHasARoleAFormADueDateAndValidLimits() {
    Set<String> roles =
        java.util.Arrays.stream(Role.values())
            .map(Role::groupId)
            .collect(java.util.stream.Collectors.toSet());
    List<String> problems = new ArrayList<>();
    eachUserTask(
        (file, task) -> {
          String where = file + ": " + task.getId();
          String groups = task.getCamundaCandidateGroups();
          if (groups == null || groups.isBlank()) {
            problems.add(where + " has no candidate group");
          } else if (!roles.contains(groups) && !EXPRESSION_GROUPS.contains(groups)) {
            problems.add(where + " has candidate group '" + groups + "', not a role");
          }
          if (task.getCamundaFormRef() == null) {
            problems.add(where + " has no form (camunda:formRef)");
          } else if (!forms.containsKey(task.getCamundaFormRef())) {
            problems.add(
                where
                    + " refers to form '"
                    + task.getCamundaFormRef()
                    + "', which is not in forms/");
          } else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
            problems.add(where + " must bind its form with camunda:formRefBinding=\"deployment\"");
          }
          if (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank()) {
            problems.add(where + " has no due date");
          }
          for (String limit : List.of(ModelProperties.DUE_IN, ModelProperties.STALL_AFTER)) {
            ModelProperties.property(task, limit)
                .ifPresent(
                    value -> {
                      try {
                        ModelProperties.duration(value, limit);
                      } catch (RuntimeException e) {
                        problems.add(where + ": " + e.getMessage());
                      }
                    });
          }
          if (task.getName() == null || task.getName().isBlank()) {
            problems.add(where + " has no (Swedish) name");
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTaskThatCanStallIsEscalatedToTheAdvisorWithoutBeingCancelled() {
    List<String> problems = new ArrayList<>();
    eachUserTask(
        (file, task) -> {
          boolean stalls = ModelProperties.property(task, ModelProperties.STALL_AFTER).isPresent();
          List<BoundaryEvent> timers =
              task.getParentElement().getChildElementsByType(BoundaryEvent.class).stream()
                  .map(BoundaryEvent.class::cast)
                  .filter(b -> b.getAttachedTo() == task)
                  .filter(b -> !b.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                  .toList();
          if (stalls && timers.isEmpty()) {
            problems.add(file + ": " + task.getId() + " has stallAfter but no escalation timer");
          }
          for (BoundaryEvent timer : timers) {
            if (timer.cancelActivity()) {
              problems.add(file + ": " + timer.getId() + " must be non-interrupting");
            }
            FlowNode next = timer.getOutgoing().iterator().next().getTarget();
            if (!(next instanceof UserTask escalation)
                || !"bra".equals(escalation.getCamundaCandidateGroups())) {
              problems.add(file + ": " + timer.getId() + " must lead to a task for the group bra");
            }
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFlowNodeIsDrawn() {
    List<String> problems = new ArrayList<>();
    models.forEach(
        (file, model) -> {
          Set<String> drawn = new java.util.HashSet<>();
          model
              .getModelElementsByType(BpmnShape.class)
              .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
          model.getModelElementsByType(FlowNode.class).stream()
              .filter(node -> !drawn.contains(node.getId()))
              .forEach(node -> problems.add(file + ": " + node.getId() + " has no shape"));
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormIsInSwedishAndWarnsAgainstDataAboutIndividuals() {
    assertThat(forms).isNotEmpty();
    forms.forEach(
        (id, form) -> {
          assertThat(form.get("executionPlatformVersion").asText()).as(id).isEqualTo("7.24.0");
          assertThat(form.get("components").get(0).get("text").asText())
              .as(id)
              .contains("aldrig uppgifter om enskilda personer");
          form.get("components")
              .forEach(
                  component -> {
                    if (component.has("key")) {
                      assertThat(component.has("label") || component.has("dateLabel"))
                          .as(id + "." + component.get("key"))
                          .isTrue();
                    }
                  });
        });
  }

  /**
   * Issue 4: what a form enters reaches the records, through a listener on the task's completion.
   */
  @Test
  void everyFormOfTheSupportCaseWritesTheRecordsWhenItsTaskIsCompleted() {
    Set<String> writing =
        Set.of("support-case.bpmn", "cooperation-meeting.bpmn", "intervention.bpmn");
    eachUserTask(
        (file, task) -> {
          if (!writing.contains(file) || "escalation".equals(task.getCamundaFormRef())) {
            return;
          }
          List<org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener> listeners =
              task.getExtensionElements()
                  .getElementsQuery()
                  .filterByType(
                      org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)
                  .list();
          assertThat(listeners)
              .as(file + " " + task.getId())
              .anySatisfy(
                  listener -> {
                    assertThat(listener.getCamundaEvent()).isEqualTo("complete");
                    assertThat(listener.getCamundaExpression())
                        .matches("\\$\\{\\w+\\.\\w+\\(task(, '[a-z-]+')?\\)}");
                  });
        });
    org.camunda.bpm.model.bpmn.instance.Process supportCase =
        models
            .get("support-case.bpmn")
            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
            .iterator()
            .next();
    assertThat(
            supportCase
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(
                    org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)
                .list())
        .extracting(l -> l.getCamundaEvent() + " " + l.getCamundaDelegateExpression())
        .containsExactlyInAnyOrder(
            "start ${supportCaseLifecycleListener}", "end ${supportCaseLifecycleListener}");
  }

  /**
   * One way a task name gets its case: the create listener {@code ${taskNames.withCase(task)}} on
   * every task of a case (support case, its meetings and interventions) and of a municipality's
   * application in the programme (Brå decides many at once), never an expression in the name, so
   * the model's name stays the plain step the history, the dashboard and the report use.
   */
  @Test
  void everyTaskOfACaseIsNamedWithItsCaseByTaskNamesAndNoNameHoldsAnExpression() {
    Set<String> caseModels =
        Set.of("support-case.bpmn", "cooperation-meeting.bpmn", "intervention.bpmn");
    List<String> problems = new ArrayList<>();
    eachUserTask(
        (file, task) -> {
          if (task.getName() != null && task.getName().contains("${")) {
            problems.add(file + ": " + task.getId() + " has an expression in its name");
          }
          boolean named =
              task.getExtensionElements() != null
                  && task
                      .getExtensionElements()
                      .getElementsQuery()
                      .filterByType(CamundaTaskListener.class)
                      .list()
                      .stream()
                      .anyMatch(
                          listener ->
                              "create".equals(listener.getCamundaEvent())
                                  && "${taskNames.withCase(task)}"
                                      .equals(listener.getCamundaExpression()));
          boolean ofAnApplication =
              task.getParentElement() instanceof SubProcess parent
                  && ProgrammeProcess.EVENT_SUB_PROCESS_APPLICATION.equals(parent.getId());
          if ((caseModels.contains(file) || ofAnApplication) && !named) {
            problems.add(
                file + ": " + task.getId() + " lacks ${taskNames.withCase(task)} on create");
          }
        });
    assertThat(problems).isEmpty();
  }

  private static void eachUserTask(java.util.function.BiConsumer<String, UserTask> check) {
    models.forEach(
        (file, model) ->
            model.getModelElementsByType(UserTask.class).forEach(task -> check.accept(file, task)));
  }
}
