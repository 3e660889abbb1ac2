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
 * nearest to the exception's type, and Camunda has one each for {@link RestException},
 * {@link ProcessEngineException} (which an {@link org.camunda.bpm.engine.AuthorizationException}
 * is) and everything else; so there is one of ours for each of the three, preferred by priority,
 * and each answers exactly as Camunda's own mapper would where the policy has no answer. (Without
 * the middle one, an AuthorizationException on a task that ended meanwhile reached Camunda's 403.)
 */
final class TaskAnswerMappers {

  private TaskAnswerMappers() {
  }

  /** The three mappers, to register on a Jersey application. */
  static List<Object> all(TaskAnswerPolicy policy) {
    return List.of(new ForRestExceptions(policy), new ForEngineExceptions(policy), new ForOtherExceptions(policy));
  }

  @Priority(1) // before Camunda's own mapper for the same type
  static final class ForRestExceptions implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();
    private final TaskAnswerPolicy policy;
    @Context
    private UriInfo request;

    ForRestExceptions(TaskAnswerPolicy policy) {
      this.policy = policy;
    }

    @Override
    public Response toResponse(RestException exception) {
      return policy.answer(exception, request).orElseGet(() -> camunda.toResponse(exception));
    }
  }

  @Priority(1)
  static final class ForEngineExceptions implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
    private final TaskAnswerPolicy policy;
    @Context
    private UriInfo request;

    ForEngineExceptions(TaskAnswerPolicy policy) {
      this.policy = policy;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return policy.answer(exception, request).orElseGet(() -> camunda.toResponse(exception));
    }
  }

  @Priority(1)
  static final class ForOtherExceptions implements ExceptionMapper<Throwable> {
    private final ExceptionHandler camunda = new ExceptionHandler();
    private final TaskAnswerPolicy policy;
    @Context
    private UriInfo request;

    ForOtherExceptions(TaskAnswerPolicy policy) {
      this.policy = policy;
    }

    @Override
    public Response toResponse(Throwable exception) {
      return policy.answer(exception, request).orElseGet(() -> camunda.toResponse(exception));
    }
  }
}
