package se.kommunstod.engine.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Engine REST answers for a task someone else completed first, or whose input a record listener
 * refused (see {@link TaskCompletionAnswers}). JAX-RS
 * picks the mapper nearest to the exception's type, so there is one for Camunda's wrapped errors
 * and one for everything else; each otherwise answers exactly as Camunda's own mapper would.
 */
final class TaskConflictMapper {

  private TaskConflictMapper() {
  }

  @Priority(1) // before Camunda's own mapper for the same type
  static class ForRestExceptions implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();
    private final TaskCompletionAnswers conflicts;
    @Context
    private UriInfo request;

    ForRestExceptions(TaskCompletionAnswers conflicts) {
      this.conflicts = conflicts;
    }

    @Override
    public Response toResponse(RestException exception) {
      Response own = conflicts.answer(exception, request);
      return own != null ? own : camunda.toResponse(exception);
    }
  }

  @Priority(1)
  static class ForUnexpectedExceptions implements ExceptionMapper<Throwable> {
    private final ExceptionHandler camunda = new ExceptionHandler();
    private final TaskCompletionAnswers conflicts;
    @Context
    private UriInfo request;

    ForUnexpectedExceptions(TaskCompletionAnswers conflicts) {
      this.conflicts = conflicts;
    }

    @Override
    public Response toResponse(Throwable exception) {
      Response own = conflicts.answer(exception, request);
      return own != null ? own : camunda.toResponse(exception);
    }
  }
}
