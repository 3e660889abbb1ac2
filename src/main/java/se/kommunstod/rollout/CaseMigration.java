package se.kommunstod.rollout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.rollout.MigrationReport.Definition;
import se.kommunstod.rollout.MigrationReport.Finding;
import se.kommunstod.rollout.MigrationReport.Instance;
import se.kommunstod.rollout.MigrationReport.Instruction;
import se.kommunstod.rollout.MigrationReport.Plan;
import se.kommunstod.rollout.MigrationReport.Target;
import se.kommunstod.rollout.MigrationReport.Timer;
import se.kommunstod.rollout.MigrationReport.TimerCounts;

/**
 * Moves the running instances of a process key (the support cases) to the key's latest version,
 * together with their running called instances (cooperation meetings, interventions), which go to
 * the definitions of the same deployment, since the models call each other with {@code
 * binding="deployment"}.
 *
 * <p>Camunda's migration API does the moving; this class adds what the product needs around it:
 *
 * <ul>
 *   <li><b>A preview that is the move.</b> The preview runs the very same migration in a
 *       transaction that is always rolled back, so "movable" in the preview means the engine
 *       accepted every instance, and the timer outcomes shown are the ones the move produces.
 *   <li><b>All or nothing.</b> Every plan of every version and called model executes synchronously
 *       inside one Spring transaction (the engine joins it), followed by the timer fix-ups and a
 *       check that every instance reached its target; any failure rolls all of it back.
 *   <li><b>No idle time lost.</b> Instructions never use {@code updateEventTrigger()}, which would
 *       recreate timers from now: a mapped timer keeps its job and due date (checked, and restored
 *       if it differs).
 *   <li><b>No used-up timer re-armed.</b> For a scope that migrates, the engine creates the timers
 *       its target declares but the source instance no longer has: for the meeting cycle of {@code
 *       SubProcess_Implementation} ({@code R<n>/…}) that has fired {@code n} times this starts the
 *       cycle again. A timer job that appears in the move for a target timer event that is mapped
 *       from a source timer event is such a re-armed timer and is deleted; a timer the new version
 *       adds (no source counterpart) stays, starting now.
 * </ul>
 */
@Service
public class CaseMigration {

  static final String KEPT = "KEPT";
  static final String NOT_REARMED = "NOT_REARMED";
  static final String NEW = "NEW";
  static final String DROPPED = "DROPPED";
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  private static final Logger log = LoggerFactory.getLogger(CaseMigration.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final MigrationAccess access;
  private final MovedTasks movedTasks;
  private final TransactionTemplate transactions;

  CaseMigration(
      RepositoryService repositoryService,
      RuntimeService runtimeService,
      ManagementService managementService,
      MigrationAccess access,
      MovedTasks movedTasks,
      PlatformTransactionManager transactionManager) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.access = access;
    this.movedTasks = movedTasks;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** What a move would do, from a trial run that is rolled back: nothing changes. */
  public MigrationReport preview(String processDefinitionKey, MigrationRequest request) {
    return access.asApplication(() -> run(processDefinitionKey, request, false));
  }

  /** Moves the cases, or refuses with the reasons and changes nothing (409 over REST). */
  public MigrationReport execute(String processDefinitionKey, MigrationRequest request) {
    MigrationReport report = access.asApplication(() -> run(processDefinitionKey, request, true));
    if (!report.movable()) {
      throw new MigrationRefusedException(
          report,
          "Ärendena flyttades inte, ingenting har ändrats: "
              + report.problems().stream().map(Finding::reason).collect(Collectors.joining(" ")),
          "The cases were not moved, nothing was changed: "
              + report.problems().stream().map(Finding::reasonEn).collect(Collectors.joining(" ")));
    }
    log.info(
        "Moved {} {} case(s) and {} called instance(s) to version {} ({} instructions, timers: {}) in {} ms",
        report.cases(),
        processDefinitionKey,
        report.calledInstances(),
        report.target().version(),
        report.instructions(),
        report.timers(),
        report.durationMs());
    return report;
  }

  private MigrationReport run(String key, MigrationRequest request, boolean commit) {
    MigrationRequest limits = request == null ? MigrationRequest.everything() : request;
    ProcessDefinition target = latest(key);
    Analysis analysis = new Analysis(key, target);
    if (limits.targetProcessDefinitionId() != null
        && !limits.targetProcessDefinitionId().equals(target.getId())) {
      analysis.problems.add(
          new Finding(
              null,
              null,
              key,
              null,
              null,
              "En nyare version ("
                  + target.getVersion()
                  + ") av '"
                  + key
                  + "' har driftsatts sedan förhandsgranskningen ("
                  + limits.targetProcessDefinitionId()
                  + "); förhandsgranska igen.",
              "A newer version ("
                  + target.getVersion()
                  + ") of '"
                  + key
                  + "' was deployed after the preview ("
                  + limits.targetProcessDefinitionId()
                  + "); preview again."));
      return analysis.report(null, false, 0);
    }
    collect(analysis, limits.processInstanceIds());
    if (analysis.problems.isEmpty()) {
      plan(analysis);
    }
    // Unmapped activities found by reading the instances do not stop the trial: the engine's own
    // verdict decides, and the reading only explains it in Swedish and with the step's name.
    if (analysis.groups.isEmpty()
        || analysis.groups.values().stream().anyMatch(group -> group.plan == null)
        || analysis.problems.size() > analysis.unmapped) {
      return analysis.report(null, false, 0);
    }
    long started = System.nanoTime();
    Outcome outcome;
    try {
      outcome =
          transactions.execute(
              status -> {
                Outcome result = migrate(analysis);
                if (!commit || !result.problems.isEmpty()) {
                  status.setRollbackOnly();
                }
                return result;
              });
    } catch (RuntimeException e) {
      outcome = new Outcome();
      outcome.problems.add(
          new Finding(
              null,
              null,
              key,
              null,
              null,
              "Flytten avbröts av ett fel och ingenting ändrades: " + e.getMessage(),
              "The move failed and nothing was changed: " + e.getMessage()));
    }
    long durationMs = (System.nanoTime() - started) / 1_000_000;
    for (Finding finding : outcome.problems) {
      boolean explained =
          analysis.problems.stream()
              .anyMatch(
                  known ->
                      known.activityId() != null
                          && known.activityId().equals(finding.activityId())
                          && java.util.Objects.equals(
                              known.processInstanceId(), finding.processInstanceId()));
      if (!explained) {
        analysis.problems.add(finding);
      }
    }
    return analysis.report(outcome, commit && outcome.problems.isEmpty(), durationMs);
  }

  private ProcessDefinition latest(String key) {
    List<ProcessDefinition> latest =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .list();
    if (latest.isEmpty()) {
      throw new RecordNotFoundException("ingen processmodell", "process model", key);
    }
    // models are shared by every municipality: the tenant-less definition is the product's own
    return latest.stream()
        .filter(definition -> definition.getTenantId() == null)
        .findFirst()
        .orElse(latest.get(0));
  }

  /**
   * The running instances of the key and, recursively, the instances their call activities started.
   */
  private void collect(Analysis analysis, List<String> selection) {
    List<ProcessInstance> roots =
        runtimeService.createProcessInstanceQuery().processDefinitionKey(analysis.key).list();
    if (selection != null && !selection.isEmpty()) {
      Set<String> wanted = new HashSet<>(selection);
      roots = roots.stream().filter(instance -> wanted.contains(instance.getId())).toList();
      Set<String> found = roots.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
      for (String id : selection) {
        if (!found.contains(id)) {
          analysis.problems.add(
              new Finding(
                  id,
                  null,
                  analysis.key,
                  null,
                  null,
                  "Det finns inget pågående ärende '" + id + "' av '" + analysis.key + "'.",
                  "There is no running instance '" + id + "' of '" + analysis.key + "'."));
        }
      }
    }
    for (ProcessInstance root : roots) {
      collect(analysis, root, null, 0, root.getBusinessKey());
    }
  }

  private void collect(
      Analysis analysis, ProcessInstance instance, String calledBy, int depth, String caseKey) {
    ProcessDefinition source = analysis.definition(instance.getProcessDefinitionId());
    ProcessDefinition target =
        depth == 0 ? analysis.target : analysis.calledTarget(source.getKey());
    if (target == null) {
      analysis.problems.add(
          new Finding(
              instance.getId(),
              caseKey,
              source.getKey(),
              null,
              null,
              "Den anropade processen '"
                  + source.getKey()
                  + "' finns inte i samma driftsättning som version "
                  + analysis.target.getVersion()
                  + " av '"
                  + analysis.key
                  + "'; driftsätt alla modeller tillsammans.",
              "The called process '"
                  + source.getKey()
                  + "' is not in the deployment of version "
                  + analysis.target.getVersion()
                  + " of '"
                  + analysis.key
                  + "'; deploy all models together."));
    } else if (!target.getId().equals(source.getId())) {
      Member member = new Member(instance, source, target, calledBy, depth, caseKey);
      analysis.members.put(instance.getId(), member);
      analysis
          .groups
          .computeIfAbsent(source.getId(), id -> new Group(source, target))
          .members
          .add(member);
    }
    for (ProcessInstance child :
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(instance.getId())
            .list()) {
      collect(analysis, child, instance.getId(), depth + 1, caseKey);
    }
  }

  /**
   * A plan per source version (mapEqualActivities, no updateEventTrigger); where each instance
   * stands.
   */
  private void plan(Analysis analysis) {
    for (Group group : analysis.groups.values()) {
      group.sourceModel = repositoryService.getBpmnModelInstance(group.source.getId());
      group.targetModel = repositoryService.getBpmnModelInstance(group.target.getId());
      try {
        group.plan =
            runtimeService
                .createMigrationPlan(group.source.getId(), group.target.getId())
                .mapEqualActivities()
                .build();
      } catch (MigrationPlanValidationException e) {
        for (MigrationInstructionValidationReport report :
            e.getValidationReport().getInstructionReports()) {
          MigrationInstruction instruction = report.getMigrationInstruction();
          analysis.problems.add(
              new Finding(
                  null,
                  null,
                  group.source.getKey(),
                  instruction.getSourceActivityId(),
                  name(group.sourceModel, instruction.getSourceActivityId()),
                  "Motorn godtar inte att flytta '"
                      + instruction.getSourceActivityId()
                      + "' till '"
                      + instruction.getTargetActivityId()
                      + "' (version "
                      + group.target.getVersion()
                      + ").",
                  "The engine refuses to map '"
                      + instruction.getSourceActivityId()
                      + "' to '"
                      + instruction.getTargetActivityId()
                      + "': "
                      + String.join("; ", report.getFailures())));
        }
        continue;
      }
      for (MigrationInstruction instruction : group.plan.getInstructions()) {
        group.mapped.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
      }
      for (Member member : group.members) {
        locate(analysis, group, member);
      }
    }
  }

  private void locate(Analysis analysis, Group group, Member member) {
    ActivityInstance tree = runtimeService.getActivityInstance(member.instance.getId());
    if (tree == null) {
      return;
    }
    List<String> leaves = new ArrayList<>();
    leaves(tree, leaves);
    for (String activityId : leaves) {
      member.activities.add(name(group.sourceModel, activityId) + " (" + activityId + ")");
      if (!group.mapped.containsKey(activityId)) {
        analysis.problems.add(unmapped(group, member, activityId));
        analysis.unmapped++;
      }
    }
  }

  private static void leaves(ActivityInstance instance, List<String> leaves) {
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0
          && child.getChildTransitionInstances().length == 0) {
        leaves.add(child.getActivityId());
      } else {
        leaves(child, leaves);
      }
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      leaves.add(transition.getActivityId());
    }
  }

  private Finding unmapped(Group group, Member member, String activityId) {
    String name = name(group.sourceModel, activityId);
    String model = group.source.getKey();
    int version = group.target.getVersion();
    boolean exists = group.targetModel.getModelElementById(elementId(activityId)) != null;
    String sv =
        exists
            ? "Står i '"
                + name
                + "' ("
                + activityId
                + "), som finns i version "
                + version
                + " av '"
                + model
                + "' men är av en annan typ eller ligger i ett annat delflöde, så instansen kan inte flyttas dit."
            : "Står i '"
                + name
                + "' ("
                + activityId
                + "), som saknas i version "
                + version
                + " av '"
                + model
                + "'. Ge steget samma id i den nya versionen, eller vänta tills ärendet har gått vidare.";
    String en =
        exists
            ? "Is at '"
                + name
                + "' ("
                + activityId
                + "), which version "
                + version
                + " of '"
                + model
                + "' has with another type or in another scope, so the instance cannot move there."
            : "Is at '"
                + name
                + "' ("
                + activityId
                + "), which version "
                + version
                + " of '"
                + model
                + "' lacks. Keep the step's id in the new version, or wait until the case has moved on.";
    return new Finding(member.instance.getId(), member.caseKey, model, activityId, name, sv, en);
  }

  /** Inside the transaction: every plan, then the timer fix-ups and the check that all arrived. */
  private Outcome migrate(Analysis analysis) {
    Outcome outcome = new Outcome();
    Set<String> ids = analysis.members.keySet();
    Map<String, TimerJob> before =
        timers(analysis.groups.values().stream().map(g -> g.source.getId()).toList(), ids);
    List<Group> ordered =
        analysis.groups.values().stream()
            .sorted(Comparator.comparingInt(Group::depth).thenComparing(g -> g.source.getVersion()))
            .toList();
    for (Group group : ordered) {
      try {
        runtimeService.newMigration(group.plan).processInstanceIds(group.ids()).execute();
      } catch (MigratingProcessInstanceValidationException e) {
        // the engine reports the first instance of the plan it cannot move; the other plans are
        // still tried
        outcome.problems.addAll(refusals(analysis, group, e.getValidationReport()));
      }
    }
    if (!outcome.problems.isEmpty()) {
      return outcome;
    }
    // a waiting task keeps the task its old version created: what the new version's create
    // listeners show its form from earlier steps is filled now
    int prepared = 0;
    for (Group group : ordered) {
      prepared += movedTasks.prepare(group.sourceModel, group.ids());
    }
    if (prepared > 0) {
      log.info("Ran {} create listener(s) of the new version for waiting tasks", prepared);
    }
    Map<String, TimerJob> after =
        timers(
            analysis.groups.values().stream().map(g -> g.target.getId()).distinct().toList(), ids);
    for (TimerJob job : before.values()) {
      Member member = analysis.members.get(job.processInstanceId);
      TimerJob moved = after.get(job.jobId);
      if (moved == null) {
        outcome.add(member, job, name(analysis.group(member).sourceModel, job.activityId), DROPPED);
        continue;
      }
      if (!moved.due.equals(job.due)) {
        managementService.setJobDuedate(job.jobId, job.due);
        outcome.dueDatesRestored++;
      }
      outcome.add(member, job, name(analysis.group(member).targetModel, moved.activityId), KEPT);
    }
    for (TimerJob job : after.values()) {
      if (before.containsKey(job.jobId)) {
        continue;
      }
      Member member = analysis.members.get(job.processInstanceId);
      Group group = analysis.group(member);
      if (mappedFromTimer(group, job.activityId)) {
        managementService.deleteJob(job.jobId);
        outcome.add(member, job, name(group.targetModel, job.activityId), NOT_REARMED);
      } else {
        outcome.add(member, job, name(group.targetModel, job.activityId), NEW);
      }
    }
    for (ProcessInstance instance :
        runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
      Member member = analysis.members.get(instance.getId());
      if (!instance.getProcessDefinitionId().equals(member.target.getId())) {
        outcome.problems.add(
            new Finding(
                instance.getId(),
                member.caseKey,
                member.source.getKey(),
                null,
                null,
                "Instansen hamnade inte på version "
                    + member.target.getVersion()
                    + "; flytten rullades tillbaka.",
                "The instance did not reach version "
                    + member.target.getVersion()
                    + "; the move was rolled back."));
      }
    }
    return outcome;
  }

  /**
   * Whether a target timer event is the counterpart of a source timer event: then its new job is a
   * re-arm.
   */
  private static boolean mappedFromTimer(Group group, String targetActivityId) {
    return group.mapped.entrySet().stream()
        .filter(entry -> entry.getValue().equals(targetActivityId))
        .anyMatch(
            entry ->
                isTimerEvent(group.sourceModel.getModelElementById(elementId(entry.getKey()))));
  }

  private static boolean isTimerEvent(ModelElementInstance element) {
    return element instanceof CatchEvent event
        && event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
  }

  private List<Finding> refusals(
      Analysis analysis, Group group, MigratingProcessInstanceValidationReport report) {
    Member member = analysis.members.get(report.getProcessInstanceId());
    String caseKey = member == null ? null : member.caseKey;
    List<Finding> findings = new ArrayList<>();
    for (String failure : report.getFailures()) {
      findings.add(
          new Finding(
              report.getProcessInstanceId(),
              caseKey,
              group.source.getKey(),
              null,
              null,
              "Motorn kan inte flytta instansen till version " + group.target.getVersion() + ".",
              failure));
    }
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      findings.add(
          refusal(report, caseKey, group, activity.getSourceScopeId(), activity.getFailures()));
    }
    for (MigratingTransitionInstanceValidationReport transition :
        report.getTransitionInstanceReports()) {
      findings.add(
          refusal(report, caseKey, group, transition.getSourceScopeId(), transition.getFailures()));
    }
    return findings;
  }

  private Finding refusal(
      MigratingProcessInstanceValidationReport report,
      String caseKey,
      Group group,
      String activityId,
      List<String> failures) {
    String name = name(group.sourceModel, activityId);
    return new Finding(
        report.getProcessInstanceId(),
        caseKey,
        group.source.getKey(),
        activityId,
        name,
        "Motorn kan inte flytta '"
            + name
            + "' ("
            + activityId
            + ") till version "
            + group.target.getVersion()
            + ".",
        "The engine cannot move '"
            + name
            + "' ("
            + activityId
            + ") to version "
            + group.target.getVersion()
            + ": "
            + String.join("; ", failures));
  }

  /** The timer jobs of these definitions that belong to the given instances, by job id. */
  private Map<String, TimerJob> timers(Collection<String> definitionIds, Set<String> instanceIds) {
    Map<String, TimerJob> timers = new LinkedHashMap<>();
    for (String definitionId : definitionIds) {
      Map<String, String> activities =
          managementService
              .createJobDefinitionQuery()
              .processDefinitionId(definitionId)
              .list()
              .stream()
              .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
      for (Job job :
          managementService.createJobQuery().processDefinitionId(definitionId).timers().list()) {
        if (instanceIds.contains(job.getProcessInstanceId())) {
          timers.put(
              job.getId(),
              new TimerJob(
                  job.getId(),
                  job.getProcessInstanceId(),
                  activities.get(job.getJobDefinitionId()),
                  job.getDuedate()));
        }
      }
    }
    return timers;
  }

  static String name(BpmnModelInstance model, String activityId) {
    if (activityId == null) {
      return null;
    }
    ModelElementInstance element = model.getModelElementById(elementId(activityId));
    String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
    return name == null || name.isBlank() ? activityId : name.replaceAll("\\s+", " ");
  }

  private static String elementId(String activityId) {
    return activityId.endsWith(MULTI_INSTANCE_BODY)
        ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length())
        : activityId;
  }

  private record TimerJob(String jobId, String processInstanceId, String activityId, Date due) {}

  private static final class Member {
    final ProcessInstance instance;
    final ProcessDefinition source;
    final ProcessDefinition target;
    final String calledBy;
    final int depth;
    final String caseKey;
    final List<String> activities = new ArrayList<>();

    Member(
        ProcessInstance instance,
        ProcessDefinition source,
        ProcessDefinition target,
        String calledBy,
        int depth,
        String caseKey) {
      this.instance = instance;
      this.source = source;
      this.target = target;
      this.calledBy = calledBy;
      this.depth = depth;
      this.caseKey = caseKey;
    }
  }

  private static final class Group {
    final ProcessDefinition source;
    final ProcessDefinition target;
    final List<Member> members = new ArrayList<>();
    final Map<String, String> mapped = new LinkedHashMap<>();
    BpmnModelInstance sourceModel;
    BpmnModelInstance targetModel;
    MigrationPlan plan;

    Group(ProcessDefinition source, ProcessDefinition target) {
      this.source = source;
      this.target = target;
    }

    int depth() {
      return members.stream().mapToInt(member -> member.depth).min().orElse(0);
    }

    List<String> ids() {
      return members.stream().map(member -> member.instance.getId()).toList();
    }
  }

  private static final class Outcome {
    final List<Finding> problems = new ArrayList<>();
    final Map<String, List<Timer>> timers = new HashMap<>();
    int kept;
    int notRearmed;
    int added;
    int dropped;
    int dueDatesRestored;

    void add(Member member, TimerJob job, String name, String result) {
      timers
          .computeIfAbsent(member.instance.getId(), id -> new ArrayList<>())
          .add(
              new Timer(
                  job.processInstanceId,
                  job.activityId,
                  name,
                  job.due == null ? null : job.due.toInstant(),
                  result));
      switch (result) {
        case KEPT -> kept++;
        case NOT_REARMED -> notRearmed++;
        case NEW -> added++;
        default -> dropped++;
      }
    }
  }

  /**
   * Everything known before the transaction: target, instances, plans, and what cannot be mapped.
   */
  private final class Analysis {
    final String key;
    final ProcessDefinition target;
    final Map<String, ProcessDefinition> definitions = new HashMap<>();
    final Map<String, ProcessDefinition> calledTargets = new HashMap<>();
    final Map<String, Member> members = new LinkedHashMap<>();
    final Map<String, Group> groups = new LinkedHashMap<>();
    final List<Finding> problems = new ArrayList<>();

    /** How many of the problems are unmapped activities found by reading the instances. */
    int unmapped;

    Analysis(String key, ProcessDefinition target) {
      this.key = key;
      this.target = target;
    }

    ProcessDefinition definition(String id) {
      return definitions.computeIfAbsent(id, repositoryService::getProcessDefinition);
    }

    /**
     * The called model as the target calls it: the definition of that key in the target's
     * deployment.
     */
    ProcessDefinition calledTarget(String calledKey) {
      return calledTargets.computeIfAbsent(
          calledKey,
          k ->
              repositoryService
                  .createProcessDefinitionQuery()
                  .deploymentId(target.getDeploymentId())
                  .processDefinitionKey(k)
                  .singleResult());
    }

    Group group(Member member) {
      return groups.get(member.source.getId());
    }

    MigrationReport report(Outcome outcome, boolean changed, long durationMs) {
      List<Plan> plans = new ArrayList<>();
      int instructions = 0;
      List<Finding> warnings = new ArrayList<>();
      for (Group group : groups.values()) {
        List<Instruction> mapped = new ArrayList<>();
        List<Finding> notMapped = new ArrayList<>();
        if (group.plan != null) {
          group.mapped.forEach(
              (source, targetId) ->
                  mapped.add(
                      new Instruction(
                          source,
                          name(group.sourceModel, source),
                          targetId,
                          name(group.targetModel, targetId))));
          for (FlowNode node : group.sourceModel.getModelElementsByType(FlowNode.class)) {
            if (canWaitIn(node) && !group.mapped.containsKey(node.getId())) {
              notMapped.add(notMapped(group, node));
            }
          }
        }
        instructions += mapped.size();
        plans.add(
            new Plan(
                group.source.getKey(),
                group.source.getId(),
                group.source.getVersion(),
                group.target.getId(),
                group.target.getVersion(),
                group.members.size(),
                mapped,
                notMapped));
      }
      List<Instance> instances = new ArrayList<>();
      int cases = 0;
      for (Member member : members.values()) {
        if (member.depth == 0) {
          cases++;
        }
        List<Timer> timers =
            outcome == null
                ? List.of()
                : outcome.timers.getOrDefault(member.instance.getId(), List.of());
        for (Timer timer : timers) {
          if (DROPPED.equals(timer.outcome())) {
            warnings.add(
                new Finding(
                    member.instance.getId(),
                    member.caseKey,
                    member.source.getKey(),
                    timer.activityId(),
                    timer.activityName(),
                    "Timern '"
                        + timer.activityName()
                        + "' saknar motsvarighet i version "
                        + member.target.getVersion()
                        + " och upphör vid flytten.",
                    "The timer '"
                        + timer.activityName()
                        + "' has no counterpart in version "
                        + member.target.getVersion()
                        + " and ends with the move."));
          }
        }
        instances.add(
            new Instance(
                member.instance.getId(),
                member.instance.getBusinessKey(),
                member.source.getKey(),
                member.source.getVersion(),
                member.target.getVersion(),
                member.calledBy,
                member.activities,
                timers));
      }
      List<Definition> called =
          repositoryService
              .createProcessDefinitionQuery()
              .deploymentId(target.getDeploymentId())
              .list()
              .stream()
              .filter(definition -> !definition.getKey().equals(key))
              .map(
                  definition ->
                      new Definition(
                          definition.getKey(), definition.getId(), definition.getVersion()))
              .sorted(Comparator.comparing(Definition::key))
              .toList();
      TimerCounts counts =
          outcome == null
              ? new TimerCounts(0, 0, 0, 0, 0)
              : new TimerCounts(
                  outcome.kept,
                  outcome.notRearmed,
                  outcome.added,
                  outcome.dropped,
                  outcome.dueDatesRestored);
      return new MigrationReport(
          key,
          new Target(target.getId(), target.getVersion(), target.getDeploymentId(), called),
          problems.isEmpty(),
          changed,
          cases,
          members.size() - cases,
          instructions,
          counts,
          durationMs,
          plans,
          instances,
          List.copyOf(problems),
          warnings);
    }

    private Finding notMapped(Group group, FlowNode node) {
      boolean exists = group.targetModel.getModelElementById(node.getId()) != null;
      String name = name(group.sourceModel, node.getId());
      return new Finding(
          null,
          null,
          group.source.getKey(),
          node.getId(),
          name,
          exists
              ? "Finns i version "
                  + group.target.getVersion()
                  + " men av annan typ eller i ett annat delflöde: "
                  + "instanser som står här kan inte flyttas."
              : "Saknas i version "
                  + group.target.getVersion()
                  + ": instanser som står här kan inte flyttas.",
          exists
              ? "In version "
                  + group.target.getVersion()
                  + " with another type or scope: instances here cannot move."
              : "Missing in version "
                  + group.target.getVersion()
                  + ": instances here cannot move.");
    }

    /**
     * Where an instance can stand between transactions, so where a move can find it: user and
     * receive tasks, call activities, subprocesses, events that wait for something, and any step
     * marked asynchronous. A decision or service task without async runs through in one
     * transaction.
     */
    private static boolean canWaitIn(FlowNode node) {
      if (node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()) {
        return true;
      }
      if (node instanceof CatchEvent event) {
        return !event.getEventDefinitions().isEmpty();
      }
      return node instanceof UserTask
          || node instanceof ReceiveTask
          || node instanceof CallActivity
          || node instanceof SubProcess;
    }
  }
}
