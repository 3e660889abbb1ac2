package se.kommunstod.privacy;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input refused because it contains a personal identity number. A {@link
 * FormFieldValidationException} so that the engine REST API (task completion, form submission)
 * answers 400 with this message instead of 500; the refused value itself is never part of the
 * message.
 */
public class PersonalDataRefusal extends FormFieldValidationException {

  public static final String MESSAGE_SV =
      "Texten ser ut att innehålla ett personnummer. Uppgifter om enskilda "
          + "personer hör inte hemma här: beskriv platser, problem och organisationer, inte individer. Inget har sparats.";
  public static final String MESSAGE_EN =
      "The text appears to contain a Swedish personal identity number. Data "
          + "about individuals does not belong here: describe places, problems and organisations, not people. Nothing "
          + "was saved.";
  public static final String MESSAGE = MESSAGE_SV + " / " + MESSAGE_EN;

  public PersonalDataRefusal(String variableName) {
    this("Variabeln/variable " + quoted(variableName), true);
  }

  /** A name to show in a refusal: quoted, unless the name itself is what was refused. */
  static String quoted(String name) {
    if (name == null || !TextChecks.isXmlSafe(name) || PersonalIdentityNumbers.containsOne(name)) {
      return "(namnet/the name)";
    }
    return "'" + name + "'";
  }

  private PersonalDataRefusal(String where, boolean unused) {
    super("personalIdentityNumber", where + ": " + MESSAGE);
  }

  /** A refusal naming where the text was (e.g. "Uppgiftens namn / task name"), never the text. */
  public static PersonalDataRefusal in(String where) {
    return new PersonalDataRefusal(where, true);
  }
}
