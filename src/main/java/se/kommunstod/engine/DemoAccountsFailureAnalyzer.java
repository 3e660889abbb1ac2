package se.kommunstod.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why a production start on a demo database is refused, and what to do (Swedish, English). */
class DemoAccountsFailureAnalyzer
    extends AbstractFailureAnalyzer<DemoAccounts.DemoAccountsException> {

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, DemoAccounts.DemoAccountsException cause) {
    String users = String.join(", ", cause.userIds());
    return new FailureAnalysis(
        "Kommunstöd startar inte utan demoprofilen på en databas med demokonton eller konton med demolösenordet "
            + "("
            + users
            + "): deras lösenord står i källkoden. Inget har ändrats. / Kommunstöd does not start "
            + "outside the demo profile on a database with demo accounts or accounts with the demo password ("
            + users
            + "): their passwords are public. Nothing was changed.",
        "Använd en egen databas för produktion (KOMMUNSTOD_DB_URL; demon har sin i ./data/demo), eller ta bort "
            + "kontona / byt deras lösenord i demoprofilen. / Use a database of its own for production "
            + "(KOMMUNSTOD_DB_URL; the demo keeps its data in ./data/demo), or delete these accounts or change "
            + "their passwords first.",
        cause);
  }
}
