package se.kommunstod.rollout;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * What moving the running cases of one process key to its latest version does, or did: the same
 * shape for the preview (a trial run that is always rolled back, {@code changed} false) and for the
 * move itself, so a process manager reads the preview as exactly what the move will do.
 *
 * @param movable whether the move can be (or was) done: no problem found, the trial run succeeded
 * @param changed whether anything was written (only a successful move)
 * @param cases instances of the key that move (the support cases)
 * @param calledInstances their running called instances (meetings, interventions) that move with
 *     them
 * @param instructions migration instructions in the plans (source activity to target activity)
 * @param durationMs how long the run (or trial run) took inside its transaction
 */
public record MigrationReport(
    String processDefinitionKey,
    Target target,
    boolean movable,
    boolean changed,
    int cases,
    int calledInstances,
    int instructions,
    TimerCounts timers,
    long durationMs,
    List<Plan> plans,
    List<Instance> instances,
    List<Finding> problems,
    List<Finding> warnings) {

  /** The version everything moves to, and the called models of the same deployment. */
  public record Target(
      String processDefinitionId, int version, String deploymentId, List<Definition> called) {}

  public record Definition(String key, String processDefinitionId, int version) {}

  /** One source version of one model and how its activities map onto the target. */
  public record Plan(
      String processDefinitionKey,
      String sourceProcessDefinitionId,
      int sourceVersion,
      String targetProcessDefinitionId,
      int targetVersion,
      int instances,
      List<Instruction> instructions,
      List<Finding> notMapped) {}

  public record Instruction(
      String sourceActivityId,
      String sourceActivityName,
      String targetActivityId,
      String targetActivityName) {}

  /**
   * One instance that moves: where it stands and what happens to each of its timers.
   *
   * @param calledBy the instance whose call activity started this one, null for a case
   */
  public record Instance(
      String processInstanceId,
      String businessKey,
      String processDefinitionKey,
      int sourceVersion,
      int targetVersion,
      String calledBy,
      List<String> activities,
      List<Timer> timers) {}

  /**
   * A timer of a moving instance. {@code outcome}: {@code KEPT} (same job, same due date), {@code
   * NOT_REARMED} (the engine would have started an already used-up timer again; removed), {@code
   * NEW} (a timer the new version adds, starting now), {@code DROPPED} (the new version has no
   * counterpart, the timer ends).
   */
  public record Timer(
      String processInstanceId,
      String activityId,
      String activityName,
      Instant dueDate,
      String outcome) {}

  public record TimerCounts(
      int kept, int notRearmed, int added, int dropped, int dueDatesRestored) {}

  /**
   * Why something cannot be moved (a problem) or what the move will lose (a warning), in Swedish
   * and English.
   */
  public record Finding(
      String processInstanceId,
      String businessKey,
      String processDefinitionKey,
      String activityId,
      String activityName,
      String reason,
      @JsonProperty("reason_en") String reasonEn) {}
}
