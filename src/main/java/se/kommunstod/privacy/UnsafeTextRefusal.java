package se.kommunstod.privacy;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input refused because it holds characters that XML (and so the PDF report, which is rendered from
 * XHTML) cannot carry: NUL and other control characters but tab and line breaks, lone surrogate
 * halves, U+FFFE/U+FFFF. Such text used to be stored and then failed every report. A {@link
 * FormFieldValidationException} like {@link PersonalDataRefusal}, so every door answers 400 with
 * this message.
 */
public class UnsafeTextRefusal extends FormFieldValidationException {

  public static final String MESSAGE_SV =
      "Texten innehåller osynliga styrtecken eller trasiga tecken som inte kan "
          + "sparas (t.ex. från en kopierad fil). Skriv om eller klistra in texten som vanlig text. Inget har sparats.";
  public static final String MESSAGE_EN =
      "The text contains invisible control characters or broken characters that "
          + "cannot be stored (e.g. from a copied file). Retype it or paste it as plain text. Nothing was saved.";
  public static final String MESSAGE = MESSAGE_SV + " / " + MESSAGE_EN;

  private UnsafeTextRefusal(String where) {
    super("unsafeText", where + ": " + MESSAGE);
  }

  public static UnsafeTextRefusal in(String where) {
    return new UnsafeTextRefusal(where);
  }
}
