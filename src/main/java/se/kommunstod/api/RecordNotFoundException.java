package se.kommunstod.api;

/** An id in a request that names nothing (or nothing the caller may see). Answered with 404. */
public class RecordNotFoundException extends RuntimeException {

  private final String messageSv;

  /** {@code noneSv} with its Swedish article: "inget stödärende", "ingen insats". */
  public RecordNotFoundException(String noneSv, String whatEn, Object id) {
    super("No " + whatEn + " with id '" + id + "'");
    this.messageSv = "Det finns " + noneSv + " med id '" + id + "'";
  }

  public String messageSv() {
    return messageSv;
  }
}
