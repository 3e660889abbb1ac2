package se.kommunstod.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the records API as an RFC 9457 problem: {@code detail} in Swedish, {@code
 * detail_en} in English, and for input errors the list {@code errors} naming each field and what
 * was wrong. Refused values are never echoed back.
 */
@RestControllerAdvice(basePackages = "se.kommunstod")
public class ApiProblems extends ResponseEntityExceptionHandler {

  static final URI INVALID_INPUT = URI.create("urn:kommunstod:problem:invalid-input");
  static final URI NOT_FOUND = URI.create("urn:kommunstod:problem:not-found");
  static final URI FORBIDDEN = URI.create("urn:kommunstod:problem:forbidden");

  @ExceptionHandler(RecordNotFoundException.class)
  ProblemDetail notFound(RecordNotFoundException e) {
    return problem(
        HttpStatus.NOT_FOUND,
        NOT_FOUND,
        "Hittades inte / Not found",
        e.messageSv() + ".",
        e.getMessage() + ".",
        null);
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(
        HttpStatus.FORBIDDEN,
        FORBIDDEN,
        "Inte tillåtet / Forbidden",
        e.messageSv(),
        e.getMessage(),
        null);
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return invalid(List.of(new FieldError(e.field(), "Invalid", e.messageSv(), e.getMessage())));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolations(ConstraintViolationException e) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(
          ConstraintMessages.of(
              ConstraintMessages.fieldName(violation.getPropertyPath()),
              violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              violation.getConstraintDescriptor().getAttributes(),
              violation.getMessage()));
    }
    return invalid(errors);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors = new ArrayList<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(error -> errors.add(fromSpring(error.getField(), error)));
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(error -> errors.add(fromSpring(error.getObjectName(), error)));
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors = new ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      String name = result.getMethodParameter().getParameterName();
      for (MessageSourceResolvable error : result.getResolvableErrors()) {
        String field =
            error instanceof org.springframework.validation.FieldError fe ? fe.getField() : name;
        ConstraintViolation<?> violation = null;
        try {
          violation = result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
          // a resolvable error without a bean validation source
        }
        errors.add(
            violation == null
                ? fromSpring(field, error)
                : ConstraintMessages.of(
                    field,
                    violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName(),
                    violation.getConstraintDescriptor().getAttributes(),
                    violation.getMessage()));
      }
    }
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    FieldError error;
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      String expected =
          mapping instanceof InvalidFormatException format
              ? expected(format.getTargetType())
              : null;
      error =
          new FieldError(
              field,
              "Type",
              "Fältet '"
                  + field
                  + "' har fel typ eller format"
                  + (expected == null ? "." : ": " + expected.split(" / ")[0] + "."),
              "The field '"
                  + field
                  + "' has the wrong type or format"
                  + (expected == null ? "." : ": " + expected.split(" / ")[1] + "."));
    } else {
      error =
          new FieldError(
              "body",
              "Unreadable",
              "Begäran kunde inte läsas: skicka ett JSON-objekt.",
              "The request could not be read: send a JSON object.");
    }
    return ResponseEntity.badRequest().body(invalid(List.of(error)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            invalid(
                List.of(ConstraintMessages.of(e.getParameterName(), "NotNull", Map.of(), null))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = expected(e.getRequiredType());
    return invalid(
        List.of(
            new FieldError(
                e.getName(),
                "Type",
                "Värdet för '"
                    + e.getName()
                    + "' har fel typ"
                    + (expected == null ? "." : ": " + expected.split(" / ")[0] + "."),
                "The value of '"
                    + e.getName()
                    + "' has the wrong type"
                    + (expected == null ? "." : ": " + expected.split(" / ")[1] + "."))));
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type.isEnum()) {
      String values =
          java.util.Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return "ett av " + values + " / one of " + values;
    }
    if (type == java.time.LocalDate.class) {
      return "ett datum ÅÅÅÅ-MM-DD / a date YYYY-MM-DD";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "ett tal / a number";
    }
    return null;
  }

  private static FieldError fromSpring(String field, MessageSourceResolvable error) {
    String code =
        error.getCodes() == null || error.getCodes().length == 0
            ? "Invalid"
            : error.getCodes()[error.getCodes().length - 1];
    Map<String, Object> attributes = Map.of();
    if (error instanceof org.springframework.validation.ObjectError objectError
        && objectError.contains(ConstraintViolation.class)) {
      ConstraintViolation<?> violation = objectError.unwrap(ConstraintViolation.class);
      code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      attributes = violation.getConstraintDescriptor().getAttributes();
    }
    return ConstraintMessages.of(field, code, attributes, error.getDefaultMessage());
  }

  static ProblemDetail invalid(List<FieldError> errors) {
    List<FieldError> sorted =
        errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
    String sv =
        "Uppgifterna är felaktiga, inget har sparats. "
            + sorted.stream().map(FieldError::message).collect(Collectors.joining(" "));
    String en =
        "The input is invalid, nothing was saved. "
            + sorted.stream().map(FieldError::messageEn).collect(Collectors.joining(" "));
    return problem(
        HttpStatus.BAD_REQUEST,
        INVALID_INPUT,
        "Felaktiga uppgifter / Invalid input",
        sv,
        en,
        sorted);
  }

  static ProblemDetail problem(
      HttpStatus status, URI type, String title, String sv, String en, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, sv);
    problem.setType(type);
    problem.setTitle(title);
    problem.setProperty("detail_en", en);
    if (errors != null) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
