package se.kommunstod.rollout;

/** The move was refused and nothing was changed; the report says why. Answered with 409. */
public class MigrationRefusedException extends RuntimeException {

  private final transient MigrationReport report;
  private final String messageSv;

  MigrationRefusedException(MigrationReport report, String messageSv, String messageEn) {
    super(messageEn);
    this.report = report;
    this.messageSv = messageSv;
  }

  public MigrationReport report() {
    return report;
  }

  public String messageSv() {
    return messageSv;
  }
}
