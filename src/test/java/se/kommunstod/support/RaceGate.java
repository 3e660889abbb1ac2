package se.kommunstod.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Makes two people's work on one task meet at a chosen instant inside the engine, so that a race
 * test does not depend on thread timing.
 *
 * <p>{@link #holdNext} arms the gate for one person and one task. That person's next task command
 * (complete, submit a form, claim, set variables) reads the task — and, if asked, its execution —
 * into its own command context, exactly as a request that reached the engine first would have done,
 * then waits until the test {@link Hold#release()}s it: in between the test lets the other person
 * finish. When released, the held command goes on with what it read and meets whatever the other's
 * commit left behind. The gate records what the held command threw, so a test proves which engine
 * outcome it exercised. Unarmed, it does nothing.
 */
@Component
public class RaceGate extends AbstractProcessEnginePlugin {

  /** The engine's task commands behind claiming, saving and completing (simple class names). */
  static final Set<String> TASK_COMMANDS =
      Set.of(
          "CompleteTaskCmd",
          "SubmitTaskFormCmd",
          "ClaimTaskCmd",
          "SetTaskVariablesCmd",
          "PatchTaskVariablesCmd");

  /**
   * What the held command reads before it waits: only the task, or the task with its process
   * instance's whole execution tree and variables (then the command meets the winner's change only
   * when it writes).
   */
  public enum Preload {
    TASK,
    TASK_AND_EXECUTION_TREE
  }

  private volatile Hold armed;

  /**
   * Arms the gate: {@code userId}'s next command on {@code taskId} reads, then waits for release.
   */
  public Hold holdNext(String userId, String taskId, Preload preload) {
    Hold hold = new Hold(userId, taskId, preload);
    armed = hold;
    return hold;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors =
        configuration.getCustomPostCommandInterceptorsTxRequired() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** One armed hold: the held person, the task, and what the held command did. */
  public static final class Hold {
    private final String userId;
    private final String taskId;
    private final Preload preload;
    private final CountDownLatch read = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Throwable thrown;

    private Hold(String userId, String taskId, Preload preload) {
      this.userId = userId;
      this.taskId = taskId;
      this.preload = preload;
    }

    /** Waits until the held command has read the task and is waiting. */
    public void awaitHeld() throws InterruptedException {
      if (!read.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the held command never reached the engine");
      }
    }

    public void release() {
      released.countDown();
    }

    /** What the held command threw once released (null if it succeeded). */
    public Throwable thrown() {
      return thrown;
    }
  }

  private static void readTree(ExecutionEntity execution) {
    execution.getVariablesLocal();
    execution.getEventSubscriptions();
    execution.getJobs();
    execution.getTasks();
    for (ExecutionEntity child : execution.getExecutions()) {
      readTree(child);
    }
  }

  private final class Interceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      Hold hold = armed;
      CommandContext context = Context.getCommandContext();
      if (hold == null
          || context == null
          || !TASK_COMMANDS.contains(command.getClass().getSimpleName())
          || !hold.userId.equals(context.getAuthenticatedUserId())) {
        return next.execute(command);
      }
      armed = null;
      TaskEntity task = context.getTaskManager().findTaskById(hold.taskId);
      if (task != null && hold.preload == Preload.TASK_AND_EXECUTION_TREE) {
        task.getVariablesLocal();
        readTree(task.getProcessInstance());
      }
      // A failure can come from the command or from its flush, after this interceptor has returned.
      context.registerCommandContextListener(
          new CommandContextListener() {
            @Override
            public void onCommandContextClose(CommandContext closing) {}

            @Override
            public void onCommandFailed(CommandContext failing, Throwable failure) {
              hold.thrown = failure;
            }
          });
      hold.read.countDown();
      try {
        if (!hold.released.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the race test never released the held command");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return next.execute(command);
    }
  }
}
