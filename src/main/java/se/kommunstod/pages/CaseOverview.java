package se.kommunstod.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.assessment.Contributor;
import se.kommunstod.assessment.SituationPictureController;
import se.kommunstod.assessment.SituationPictureController.ProblemView;
import se.kommunstod.assessment.SituationPictureController.SituationPictureView;
import se.kommunstod.evaluation.IndicatorController;
import se.kommunstod.evaluation.IndicatorController.IndicatorView;
import se.kommunstod.intervention.InterventionController;
import se.kommunstod.intervention.InterventionController.InterventionView;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.meeting.MeetingController;
import se.kommunstod.meeting.MeetingController.ActionItemView;
import se.kommunstod.meeting.MeetingController.MeetingView;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.plan.ActivityPlanController;
import se.kommunstod.plan.ActivityPlanController.ActivityPlanView;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCaseController;
import se.kommunstod.supportcase.SupportCaseController.SupportCaseView;

/**
 * Everything the case page shows about one support case, read through the same /api controllers
 * (and so the same access rules: the case's municipality, Brå, administrators) plus the engine.
 *
 * <p>Once the caller may see the case, its open and completed steps are read without the caller's
 * task permissions: every participant of the municipality sees where the whole case stands, not
 * only the steps of their own role. The queries are limited to the case's business key and tenant.
 */
@Component
class CaseOverview {

  static final int MAX_ITEMS = 100;
  private static final int MAX_VALUE_LENGTH = 600;

  record Case(
      SupportCaseView supportCase,
      String municipalityName,
      List<OpenStep> openSteps,
      List<CompletedStep> completedSteps,
      List<OpenActionItem> openActionItems,
      List<MeetingView> meetings,
      List<InterventionView> interventions,
      List<IndicatorView> indicators,
      Method method) {}

  /**
   * The knowledge-based method as the case's tasks recorded it (issue 17): each organisation's
   * latest situation picture, the joint analysis's prioritised problems, the action plan (null
   * before the kick-off).
   */
  record Method(
      List<SituationPictureView> situationPictures,
      List<ProblemView> problems,
      ActivityPlanView activityPlan) {}

  record OpenStep(
      String taskId,
      String name,
      String process,
      Date created,
      Date due,
      String assignee,
      List<String> roles) {}

  record CompletedStep(
      String name, String process, Date ended, String completedBy, Map<String, String> recorded) {}

  record OpenActionItem(ActionItemView item, LocalDate meetingDate) {}

  record CaseRow(SupportCaseView supportCase, String municipalityName, long openSteps) {}

  private final SupportCaseController cases;
  private final MeetingController meetings;
  private final InterventionController interventions;
  private final IndicatorController indicators;
  private final SituationPictureController situationPictures;
  private final ActivityPlanController activityPlans;
  private final MunicipalityRepository municipalities;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final FormLabels formLabels;
  private final ObjectMapper json = new ObjectMapper();

  CaseOverview(
      SupportCaseController cases,
      MeetingController meetings,
      InterventionController interventions,
      IndicatorController indicators,
      SituationPictureController situationPictures,
      ActivityPlanController activityPlans,
      MunicipalityRepository municipalities,
      TaskService taskService,
      HistoryService historyService,
      IdentityService identityService,
      FormLabels formLabels) {
    this.cases = cases;
    this.meetings = meetings;
    this.interventions = interventions;
    this.indicators = indicators;
    this.situationPictures = situationPictures;
    this.activityPlans = activityPlans;
    this.municipalities = municipalities;
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.formLabels = formLabels;
  }

  /** The cases the caller may see (all for Brå and administrators). */
  List<CaseRow> list() {
    List<SupportCaseView> visible = cases.list(0, MAX_ITEMS).content();
    return visible.stream()
        .map(
            c ->
                new CaseRow(
                    c,
                    municipalityName(c.municipalityCode()),
                    asEngine(
                        () ->
                            taskService
                                .createTaskQuery()
                                .processInstanceBusinessKey(c.businessKey())
                                .tenantIdIn(c.municipalityCode())
                                .count())))
        .toList();
  }

  /** One case; 404 if there is none, 403 if the caller may not see its municipality. */
  Case load(String businessKey) {
    SupportCaseView supportCase = cases.get(businessKey);
    String tenant = supportCase.municipalityCode();
    List<MeetingView> meetingList = meetings.list(businessKey, 0, MAX_ITEMS).content();
    List<OpenActionItem> openItems =
        meetingList.stream()
            .flatMap(
                m ->
                    m.actionItems().stream()
                        .filter(i -> i.status() == ActionItemStatus.OPEN)
                        .map(i -> new OpenActionItem(i, m.heldOn())))
            .sorted(
                Comparator.comparing(
                    (OpenActionItem i) -> i.item().dueDate(),
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    return new Case(
        supportCase,
        municipalityName(tenant),
        asEngine(() -> openSteps(businessKey, tenant)),
        asEngine(() -> completedSteps(businessKey, tenant)),
        openItems,
        meetingList,
        interventions.list(businessKey, 0, MAX_ITEMS).content(),
        indicators.list(businessKey, 0, MAX_ITEMS).content(),
        method(businessKey));
  }

  private Method method(String businessKey) {
    // the latest picture of each organisation (a step done again replaces what it said)
    Map<Contributor, SituationPictureView> latest = new java.util.TreeMap<>();
    for (SituationPictureView picture :
        situationPictures.list(businessKey, 0, MAX_ITEMS).content()) {
      if (picture.contributor() != Contributor.JOINT) {
        latest.put(picture.contributor(), picture);
      }
    }
    ActivityPlanView plan;
    try {
      plan = activityPlans.get(businessKey);
    } catch (RecordNotFoundException beforeTheKickOff) {
      plan = null;
    }
    return new Method(List.copyOf(latest.values()), situationPictures.problems(businessKey), plan);
  }

  /**
   * The business key of the case a process instance (the case, a meeting, an intervention) belongs
   * to.
   */
  HistoricProcessInstance instance(String processInstanceId) {
    return asEngine(
        () ->
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult());
  }

  private List<OpenStep> openSteps(String businessKey, String tenant) {
    Map<String, String> processNames = processNames(businessKey, tenant);
    List<OpenStep> steps = new ArrayList<>();
    for (Task task :
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .tenantIdIn(tenant)
            .orderByTaskCreateTime()
            .asc()
            .listPage(0, MAX_ITEMS)) {
      List<String> roles =
          taskService.getIdentityLinksForTask(task.getId()).stream()
              .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
              .map(IdentityLink::getGroupId)
              .map(CaseOverview::roleName)
              .distinct()
              .toList();
      steps.add(
          new OpenStep(
              task.getId(),
              task.getName(),
              processNames.get(task.getProcessInstanceId()),
              task.getCreateTime(),
              task.getDueDate(),
              personName(task.getAssignee()),
              roles));
    }
    return steps;
  }

  private List<CompletedStep> completedSteps(String businessKey, String tenant) {
    Map<String, String> processNames = processNames(businessKey, tenant);
    List<HistoricTaskInstance> tasks =
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .tenantIdIn(tenant)
            .finished()
            .orderByHistoricTaskInstanceEndTime()
            .asc()
            .listPage(0, 500);
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, List<HistoricVariableUpdate>> updatesByActivity = new LinkedHashMap<>();
    for (String instanceId : processNames.keySet()) {
      for (HistoricDetail detail :
          historyService
              .createHistoricDetailQuery()
              .processInstanceId(instanceId)
              .variableUpdates()
              .disableBinaryFetching()
              .orderByTime()
              .asc()
              .list()) {
        if (detail instanceof HistoricVariableUpdate update
            && update.getActivityInstanceId() != null) {
          updatesByActivity
              .computeIfAbsent(update.getActivityInstanceId(), k -> new ArrayList<>())
              .add(update);
        }
      }
    }
    List<CompletedStep> steps = new ArrayList<>();
    for (HistoricTaskInstance task : tasks) {
      Map<String, FormLabels.Field> fields =
          formLabels.fields(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
      Map<String, String> recorded = new LinkedHashMap<>();
      for (HistoricVariableUpdate update :
          updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of())) {
        FormLabels.Field field = fields.get(update.getVariableName());
        if (field != null) {
          String text = text(update.getValue(), field);
          if (text != null && !text.isBlank()) {
            recorded.put(field.label(), text);
          }
        }
      }
      steps.add(
          new CompletedStep(
              task.getName(),
              processNames.get(task.getProcessInstanceId()),
              task.getEndTime(),
              personName(task.getAssignee()),
              recorded));
    }
    return steps;
  }

  /**
   * The case's process instances (the case itself, its meetings and interventions) and their names.
   */
  private Map<String, String> processNames(String businessKey, String tenant) {
    Map<String, String> names = new LinkedHashMap<>();
    for (HistoricProcessInstance instance :
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .tenantIdIn(tenant)
            .orderByProcessInstanceStartTime()
            .asc()
            .listPage(0, 1000)) {
      names.put(
          instance.getId(),
          Objects.requireNonNullElse(
              instance.getProcessDefinitionName(), instance.getProcessDefinitionKey()));
    }
    return names;
  }

  /** A recorded value as a person reads it: options by their labels, yes/no, lists joined. */
  private String text(Object value, FormLabels.Field field) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b ? "Ja" : "Nej";
    }
    if (value instanceof Date date) {
      return Pages.dateTime(date);
    }
    if (value instanceof Collection<?> list) {
      return list.stream()
          .map(v -> text(v, field))
          .filter(Objects::nonNull)
          .collect(Collectors.joining(", "));
    }
    if (value instanceof Map<?, ?> map) {
      return map.values().stream()
          .map(v -> text(v, field))
          .filter(Objects::nonNull)
          .collect(Collectors.joining(" – "));
    }
    String string = value.toString().trim();
    if (string.startsWith("[") || string.startsWith("{")) {
      try {
        return shorten(jsonText(json.readTree(string), field));
      } catch (Exception notJson) {
        // plain text that starts with a bracket
      }
    }
    return shorten(field.optionLabel(string));
  }

  private String jsonText(JsonNode node, FormLabels.Field field) {
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(jsonText(n, field)));
      return String.join(node.size() > 0 && node.get(0).isObject() ? "; " : ", ", parts);
    }
    if (node.isObject()) {
      List<String> parts = new ArrayList<>();
      node.fields().forEachRemaining(e -> parts.add(jsonText(e.getValue(), field)));
      return String.join(" – ", parts);
    }
    return field.optionLabel(node.asText());
  }

  private static String shorten(String text) {
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + " …" : text;
  }

  private String municipalityName(String code) {
    return municipalities.findById(code).map(Municipality::getName).orElse(code);
  }

  private String personName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name =
        (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""))
            .trim()
            .replaceAll("\\s+", " ");
    return name.isEmpty() ? userId : name;
  }

  static String roleName(String groupId) {
    for (Role role : Role.values()) {
      if (role.groupId().equals(groupId)) {
        return role.displayName();
      }
    }
    return groupId;
  }

  /**
   * Runs engine queries without the caller's task permissions (see the class comment), then
   * restores them.
   */
  private <T> T asEngine(Supplier<T> query) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
