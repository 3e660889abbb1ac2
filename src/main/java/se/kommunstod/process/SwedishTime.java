package se.kommunstod.process;

import java.time.ZoneId;

/**
 * The programme runs in Sweden: a date in a form, a due date in a model or a report's "as of" is a
 * Swedish date.
 */
public final class SwedishTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private SwedishTime() {}
}
