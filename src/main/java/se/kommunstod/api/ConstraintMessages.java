package se.kommunstod.api;

import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kommunstod.privacy.PersonalDataRefusal;

/**
 * Swedish and English messages for the bean validation constraints used on the records' input,
 * built from the constraint's name and attributes, so every message names the field and the rule.
 */
final class ConstraintMessages {

  private ConstraintMessages() {}

  static FieldError of(
      String field, String code, Map<String, Object> attributes, String declaredMessage) {
    String f = "'" + field + "'";
    return switch (code) {
      case "NotNull", "NotBlank", "NotEmpty" ->
          new FieldError(
              field,
              code,
              "Fältet " + f + " är obligatoriskt.",
              "The field " + f + " is required.");
      case "Size" -> size(field, code, attributes);
      case "Min", "PositiveOrZero", "Positive" ->
          new FieldError(
              field,
              code,
              "Fältet "
                  + f
                  + " får inte vara mindre än "
                  + attributes.getOrDefault("value", code.equals("Positive") ? 1 : 0)
                  + ".",
              "The field "
                  + f
                  + " must not be less than "
                  + attributes.getOrDefault("value", code.equals("Positive") ? 1 : 0)
                  + ".");
      case "Max" ->
          new FieldError(
              field,
              code,
              "Fältet " + f + " får inte vara större än " + attributes.get("value") + ".",
              "The field " + f + " must not be greater than " + attributes.get("value") + ".");
      case "PastOrPresent" ->
          new FieldError(
              field,
              code,
              "Datumet i " + f + " får inte ligga i framtiden.",
              "The date in " + f + " must not be in the future.");
      case "NoPersonalIdentityNumber" ->
          new FieldError(
              field,
              code,
              "Fältet " + f + ": " + PersonalDataRefusal.MESSAGE_SV,
              "The field " + f + ": " + PersonalDataRefusal.MESSAGE_EN);
      default -> bilingual(field, code, declaredMessage);
    };
  }

  private static FieldError size(String field, String code, Map<String, Object> attributes) {
    Object min = attributes.get("min");
    Object max = attributes.get("max");
    String f = "'" + field + "'";
    boolean hasMin = min instanceof Integer i && i > 0;
    return new FieldError(
        field,
        code,
        "Fältet "
            + f
            + " ska ha "
            + (hasMin ? "minst " + min + " och " : "")
            + "högst "
            + max
            + " tecken eller poster.",
        "The field "
            + f
            + " must have "
            + (hasMin ? "at least " + min + " and " : "")
            + "at most "
            + max
            + " characters or entries.");
  }

  /** Messages written as "svenska / English" in the constraint itself. */
  private static FieldError bilingual(String field, String code, String declaredMessage) {
    String message = declaredMessage == null ? "Ogiltigt värde / Invalid value" : declaredMessage;
    int split = message.indexOf(" / ");
    String sv = split < 0 ? message : message.substring(0, split);
    String en = split < 0 ? message : message.substring(split + 3);
    return new FieldError(
        field, code, "Fältet '" + field + "': " + sv, "The field '" + field + "': " + en);
  }

  /** A violation's field as the request or the form names it, e.g. "problems[0]". */
  static String fieldName(Path path) {
    // "submit.arg0.problems[0].<list element>" for method validation: keep "problems[0]"
    List<String> names = new ArrayList<>();
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {}
        case CONTAINER_ELEMENT -> {
          if (!names.isEmpty() && node.getIndex() != null) {
            names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
          }
        }
        default ->
            names.add(
                node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
      }
    }
    return names.isEmpty() ? path.toString() : String.join(".", names);
  }
}
