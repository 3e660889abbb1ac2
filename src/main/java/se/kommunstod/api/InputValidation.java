package se.kommunstod.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks an input record against its constraints before a service uses it, whoever calls the
 * service (API, delegate, test): violations become a {@link ConstraintViolationException}.
 */
@Component
public class InputValidation {

  private final Validator validator;

  public InputValidation(Validator validator) {
    this.validator = validator;
  }

  public <T> T check(T input) {
    if (input == null) {
      throw new InvalidInputException("body", "Uppgifter saknas.", "Input is missing.");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return input;
  }
}
