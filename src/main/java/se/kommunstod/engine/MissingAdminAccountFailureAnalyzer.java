package se.kommunstod.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into a start-up message that says what to set. */
class MissingAdminAccountFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingAdminAccountException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminAccountException cause) {
    return new FailureAnalysis(
        "Kommunstöd needs an administrator account: " + cause.getMessage(),
        "Set KOMMUNSTOD_ADMIN_USER and KOMMUNSTOD_ADMIN_PASSWORD (at least "
            + AdminAccount.MIN_PASSWORD_LENGTH
            + " characters) in the environment, "
            + "or start the demo on the embedded database with the 'demo' profile.",
        cause);
  }
}
