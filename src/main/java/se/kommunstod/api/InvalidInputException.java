package se.kommunstod.api;

/** Input that is well-formed but breaks a rule (e.g. refers to a record of another case). 400. */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final String messageSv;

  public InvalidInputException(String field, String messageSv, String messageEn) {
    super(messageEn);
    this.field = field;
    this.messageSv = messageSv;
  }

  public String field() {
    return field;
  }

  public String messageSv() {
    return messageSv;
  }
}
