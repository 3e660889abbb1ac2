package se.kommunstod.engine.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Puts {@link TaskAnswerPolicy} in front of Camunda's exception mappers. JAX-RS picks the mapper
 * nearest to the exception's type, and Camunda has one each for {@link RestException}, {@link
 * ProcessEngineException} (which an {@link org.camunda.bpm.engine.AuthorizationException} is) and
 * everything else; so there is one of ours for each of the three, preferred by priority, and each
 * answers exactly as Camunda's own mapper would where the policy has no answer. (Without the middle
 * one, an AuthorizationException on a task that ended meanwhile reached Camunda's 403.)
 */
final class TaskAnswerMappers {

  private TaskAnswerMappers() {}

  /** The three mappers, to register on a Jersey application. */
  static List<Object> all(TaskAnswerPolicy policy) {
    return List.of(
        new ForRestExceptions(policy),
        new ForEngineExceptions(policy),
        new ForOtherExceptions(policy));
  }

  /** The policy's answer where it has one, otherwise Camunda's mapper for the same type. */
  private abstract static class PolicyFirst<E extends Throwable> implements ExceptionMapper<E> {
    private final TaskAnswerPolicy policy;
    private final ExceptionMapper<E> camunda;
    @Context private UriInfo request;

    PolicyFirst(TaskAnswerPolicy policy, ExceptionMapper<E> camunda) {
      this.policy = policy;
      this.camunda = camunda;
    }

    @Override
    public Response toResponse(E exception) {
      return policy.answer(exception, request).orElseGet(() -> camunda.toResponse(exception));
    }
  }

  @Priority(1) // before Camunda's own mapper for the same type
  static final class ForRestExceptions extends PolicyFirst<RestException> {
    ForRestExceptions(TaskAnswerPolicy policy) {
      super(policy, new RestExceptionHandler());
    }
  }

  @Priority(1)
  static final class ForEngineExceptions extends PolicyFirst<ProcessEngineException> {
    ForEngineExceptions(TaskAnswerPolicy policy) {
      super(policy, new ProcessEngineExceptionHandler());
    }
  }

  @Priority(1)
  static final class ForOtherExceptions extends PolicyFirst<Throwable> {
    ForOtherExceptions(TaskAnswerPolicy policy) {
      super(policy, new ExceptionHandler());
    }
  }
}
