package se.kommunstod.api;

/** The caller is known but may not do this. Answered with 403. */
public class ForbiddenException extends RuntimeException {

  private final String messageSv;

  public ForbiddenException(String messageSv, String messageEn) {
    super(messageEn);
    this.messageSv = messageSv;
  }

  public String messageSv() {
    return messageSv;
  }
}
