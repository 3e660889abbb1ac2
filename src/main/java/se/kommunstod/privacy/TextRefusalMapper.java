package se.kommunstod.privacy;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * A refused text ({@link PersonalDataRefusal}, {@link UnsafeTextRefusal}, any form field
 * validation) is the caller's input: 400 with its message, at every engine REST endpoint, not
 * Camunda's 500. Registered in every Jersey application of the app — {@code /engine-rest} and the
 * webapps' own APIs that Tasklist and Cockpit use — through Jersey's forced auto-discovery
 * (META-INF/services), so no application has to list it. Errors Camunda wraps itself (task
 * completion, messages) are answered by engine.rest's mappers, which look at the cause the same
 * way.
 */
@jakarta.annotation.Priority(1)
public class TextRefusalMapper implements ExceptionMapper<FormFieldValidationException> {

  @Override
  public Response toResponse(FormFieldValidationException exception) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", FormFieldValidationException.class.getSimpleName());
    body.put("message", exception.getMessage());
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }

  /** Adds the mapper to each Jersey application at its start. */
  @ConstrainedTo(RuntimeType.SERVER)
  public static class Registration implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      org.slf4j.LoggerFactory.getLogger(TextRefusalMapper.class)
          .debug("Registering in {}", context.getConfiguration());
      if (!context.getConfiguration().isRegistered(TextRefusalMapper.class)) {
        context.register(TextRefusalMapper.class);
      }
    }
  }
}
