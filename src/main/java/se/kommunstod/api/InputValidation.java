package se.kommunstod.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

  /**
   * Checks each row of a form's dynamic list (e.g. the observations of a situation picture) against
   * its constraints. A refusal names the list and the row, and the fields by their form keys ("Rad
   * 2 i «Observerade problem»: Fältet 'description' är obligatoriskt."), so Tasklist can show it
   * next to the field.
   */
  public <T> void checkRows(String listField, String listLabel, List<T> rows) {
    for (int i = 0; i < rows.size(); i++) {
      T row = rows.get(i);
      if (row == null) {
        continue;
      }
      Set<ConstraintViolation<T>> violations = validator.validate(row);
      if (!violations.isEmpty()) {
        List<FieldError> errors =
            violations.stream()
                .map(
                    v ->
                        ConstraintMessages.of(
                            ConstraintMessages.fieldName(v.getPropertyPath()),
                            v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                            v.getConstraintDescriptor().getAttributes(),
                            v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        throw new InvalidInputException(
            listField,
            "Rad "
                + (i + 1)
                + " i «"
                + listLabel
                + "»: "
                + errors.stream().map(FieldError::message).collect(Collectors.joining(" ")),
            "Row "
                + (i + 1)
                + " of '"
                + listField
                + "': "
                + errors.stream().map(FieldError::messageEn).collect(Collectors.joining(" ")));
      }
    }
  }
}
