package se.kommunstod.engine;

/** The installation names no administrator; see {@link MissingAdminAccountFailureAnalyzer}. */
public class MissingAdminAccountException extends IllegalStateException {
  public MissingAdminAccountException(String message) {
    super(message);
  }
}
