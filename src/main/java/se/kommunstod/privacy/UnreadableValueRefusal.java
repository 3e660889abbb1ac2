package se.kommunstod.privacy;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A variable value the engine would store but could never read back: JSON nested deeper than the
 * JSON reader allows, or an object of a class outside the product's own and Java's basic types (a
 * Spring class, say). Stored, such a value made every later read of its instance fail with 500. A
 * {@link BadUserRequestException}, which Camunda's REST API answers with 400.
 */
public class UnreadableValueRefusal extends BadUserRequestException {

  public UnreadableValueRefusal(String where, String sv, String en) {
    super(where + ": " + sv + " Inget har sparats. / " + en + " Nothing was saved.");
  }
}
