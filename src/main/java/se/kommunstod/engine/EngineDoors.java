package se.kommunstod.engine;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricJobLogExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import se.kommunstod.security.Role;

/**
 * The engine's doors that Camunda's authorization and tenant checks leave open, closed inside the
 * engine so that every API (engine REST, Tasklist's and Cockpit's API, Java) behaves the same.
 *
 * <p><b>Comments and attachments are switched off for everyone but administrators.</b> Camunda
 * checks neither a task's single comment, attachment, attachment content nor its events by id
 * against the task's tenant, so any user could read or delete another municipality's. The product
 * does not need them: everything a role writes goes through the task's form into checked variables
 * and records, and an attachment (a PDF, a photo) is exactly what the personal data guard cannot
 * read. So for a logged-in user who is not an administrator, reading a list answers empty, reading
 * one by id answers "not there" (404, the same for an existing and a missing id, so nothing is told
 * about other municipalities) and every write is refused (403, whatever the id). Code of the
 * application itself (no logged-in user) is not affected.
 *
 * <p><b>Jobs are managed by Brå advisors and administrators only</b> (Cockpit is theirs): a role
 * user's job command (execute, retries, due date, priority, suspend, delete, stack trace) is
 * refused with 403 whatever the id. For those who may, an execution is checked before it runs: a
 * job Camunda refuses after loading it counts as a failed job and loses a retry, so a refused
 * execution used to lower another municipality's retries and leave incidents. And a job failure
 * that is an authorization refusal of the caller is never recorded as the job's failure.
 *
 * <p><b>Tasks are not deleted</b> by anyone but administrators (they are completed in their
 * process): refused with 403 whatever the id, where Camunda answered another municipality's task
 * with a 500 that told it existed. And a conditional start that matches nothing is a 400, not 500.
 */
public class EngineDoors extends CommandInterceptor {

  static final String COMMENTS_OFF =
      "Kommentarer och bilagor används inte i Kommunstöd: skriv i uppgiftens "
          + "formulär. / Comments and attachments are not used in Kommunstöd: use the task's form.";
  static final String NO_DELETION =
      "Uppgifter tas inte bort i Kommunstöd; de slutförs i sin process. / Tasks are "
          + "not deleted in Kommunstöd; they are completed in their process.";
  static final String NO_CONDITION_MATCH =
      "Inget villkor matchade: ingen process startades. / No condition matched: "
          + "no process was started.";
  static final String UNSUPPORTED_TYPE =
      "Variabeltypen kan inte sparas här (t.ex. Xml); använd String, Json, "
          + "tal eller datum. Inget har sparats. / This variable type cannot be stored here (e.g. Xml); use String, "
          + "Json, numbers or dates. Nothing was saved.";
  static final String JOBS_OFF =
      "Jobb hanteras av Brå och administratörer i Cockpit. / Jobs are managed by "
          + "Brå advisors and administrators in Cockpit.";

  private static final Set<Class<?>> COMMENT_LISTS =
      Set.of(
          GetTaskCommentsCmd.class,
          GetProcessInstanceCommentsCmd.class,
          GetTaskAttachmentsCmd.class,
          GetProcessInstanceAttachmentsCmd.class,
          GetTaskEventsCmd.class);
  private static final Set<Class<?>> COMMENT_READS =
      Set.of(
          GetTaskCommentCmd.class,
          GetTaskAttachmentCmd.class,
          GetTaskAttachmentContentCmd.class,
          GetAttachmentCmd.class,
          GetAttachmentContentCmd.class);
  private static final Set<Class<?>> COMMENT_WRITES =
      Set.of(
          AddCommentCmd.class,
          UpdateCommentCmd.class,
          DeleteTaskCommentCmd.class,
          DeleteProcessInstanceCommentCmd.class,
          CreateAttachmentCmd.class,
          SaveAttachmentCmd.class,
          DeleteAttachmentCmd.class);
  private static final List<Class<?>> JOB_COMMANDS =
      List.of(
          ExecuteJobsCmd.class,
          SetJobRetriesCmd.class,
          AbstractSetJobsRetriesBatchCmd.class,
          SetJobDuedateCmd.class,
          SetJobPriorityCmd.class,
          RecalculateJobDuedateCmd.class,
          DeleteJobCmd.class,
          DeleteJobsCmd.class,
          AbstractSetJobStateCmd.class,
          AbstractSetJobDefinitionStateCmd.class,
          SetJobDefinitionPriorityCmd.class,
          GetJobExceptionStacktraceCmd.class,
          GetHistoricJobLogExceptionStacktraceCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof EvaluateStartConditionCmd) {
      return conditionEvaluation(command);
    }
    try {
      return checked(command);
    } catch (BadUserRequestException | AuthorizationException e) {
      throw e;
    } catch (ProcessEngineException e) {
      // a variable of a type this installation cannot store (Xml: no Spin XML data format here)
      if (e.getMessage() != null && e.getMessage().startsWith("Cannot find serializer for value")) {
        throw new BadUserRequestException(UNSUPPORTED_TYPE);
      }
      throw e;
    }
  }

  private <T> T checked(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context == null ? null : context.getAuthentication();
    if (user == null || isAdministrator(user)) {
      return next.execute(command);
    }
    return asLoggedInUser(command, context, user);
  }

  /**
   * "No conditional start event matched" is the caller's answer, not a server fault: Camunda throws
   * a plain engine exception (500); here it is a bad request (400). Nothing was started.
   */
  private <T> T conditionEvaluation(Command<T> command) {
    try {
      return next.execute(command);
    } catch (BadUserRequestException | AuthorizationException e) {
      throw e;
    } catch (ProcessEngineException e) {
      if (e.getMessage() != null && e.getMessage().contains("No subscriptions were found")) {
        throw new BadUserRequestException(NO_CONDITION_MATCH);
      }
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T asLoggedInUser(Command<T> command, CommandContext context, Authentication user) {
    Class<?> type = command.getClass();
    if (COMMENT_LISTS.contains(type)) {
      return (T) Collections.emptyList();
    }
    if (COMMENT_READS.contains(type)) {
      return null;
    }
    if (COMMENT_WRITES.contains(type)) {
      throw new AuthorizationException(COMMENTS_OFF);
    }
    if (command instanceof DeleteTaskCmd) {
      // the same answer for every id: Camunda's would tell whether another municipality's task
      // exists
      throw new AuthorizationException(NO_DELETION);
    }
    if (JOB_COMMANDS.stream().anyMatch(job -> job.isAssignableFrom(type))) {
      if (!user.getGroupIds().contains(Role.BRA.groupId())) {
        throw new AuthorizationException(JOBS_OFF);
      }
      if (command instanceof ExecuteJobsCmd execute) {
        checkBeforeExecution(context, execute);
      }
    }
    if (command instanceof FailedJobListener listener && isCallerRefused(listener)) {
      return null; // the caller was refused; the job did not fail
    }
    return next.execute(command);
  }

  private static boolean isAdministrator(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(Role.ADMIN_GROUP);
  }

  private static void checkBeforeExecution(CommandContext context, ExecuteJobsCmd command) {
    String jobId = (String) field(command, ExecuteJobsCmd.class, "jobId");
    JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
    if (job != null) {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkUpdateJob(job);
      }
    }
  }

  private static boolean isCallerRefused(FailedJobListener listener) {
    JobFailureCollector collector =
        (JobFailureCollector) field(listener, FailedJobListener.class, "jobFailureCollector");
    for (Throwable cause = collector == null ? null : collector.getFailure();
        cause != null;
        cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return true;
      }
    }
    return false;
  }

  private static Object field(Object target, Class<?> owner, String name) {
    try {
      java.lang.reflect.Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda changed " + owner.getName() + "." + name, e);
    }
  }
}
