package se.kommunstod.privacy;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The /api answer to a text refused where it is stored (the engine's or the records' guard): 400, a
 * problem detail with the refusal's Swedish message and its English one, nothing saved.
 */
@RestControllerAdvice(basePackages = "se.kommunstod")
@Order(Ordered.HIGHEST_PRECEDENCE)
class TextRefusalProblems {

  static final URI INVALID_INPUT = URI.create("urn:kommunstod:problem:invalid-input");

  @ExceptionHandler(PersonalDataRefusal.class)
  ProblemDetail personalData(PersonalDataRefusal e) {
    return problem(e.getMessage(), PersonalDataRefusal.MESSAGE_SV, PersonalDataRefusal.MESSAGE_EN);
  }

  @ExceptionHandler(UnsafeTextRefusal.class)
  ProblemDetail unsafeText(UnsafeTextRefusal e) {
    return problem(e.getMessage(), UnsafeTextRefusal.MESSAGE_SV, UnsafeTextRefusal.MESSAGE_EN);
  }

  private static ProblemDetail problem(String message, String sv, String en) {
    String where = message.contains(": ") ? message.substring(0, message.indexOf(": ")) : "";
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Uppgifterna är felaktiga, inget har sparats. " + where + ": " + sv);
    problem.setType(INVALID_INPUT);
    problem.setTitle("Felaktiga uppgifter / Invalid input");
    problem.setProperty(
        "detail_en", "The input is invalid, nothing was saved. " + where + ": " + en);
    return problem;
  }
}
