package se.kommunstod.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NoPersonalIdentityNumberValidator
    implements ConstraintValidator<NoPersonalIdentityNumber, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return !PersonalIdentityNumbers.containsOne(value);
  }
}
