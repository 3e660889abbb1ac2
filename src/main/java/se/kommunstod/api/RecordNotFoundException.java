package se.kommunstod.api;

/** An id in a request that names nothing (or nothing the caller may see). Answered with 404. */
public class RecordNotFoundException extends RuntimeException {

  private final String messageSv;

  /** {@code noneSv} with its Swedish article: "inget stödärende", "ingen insats". */
  public RecordNotFoundException(String noneSv, String whatEn, Object id) {
    super("No " + whatEn + " with id '" + id + "'");
    this.messageSv = "Det finns " + noneSv + " med id '" + id + "'";
  }

  /**
   * A record of a municipality the caller may not see: the same status as a missing one, no name.
   */
  public static RecordNotFoundException notVisible() {
    return new RecordNotFoundException(
        "Det finns ingen sådan post som du får se", "No such record that you may see");
  }

  private RecordNotFoundException(String messageSv, String messageEn) {
    super(messageEn);
    this.messageSv = messageSv;
  }

  public String messageSv() {
    return messageSv;
  }
}
