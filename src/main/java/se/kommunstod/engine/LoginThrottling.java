package se.kommunstod.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Brute-force protection that nobody can turn into a lockout of others.
 *
 * <p>Camunda delays the next login of a user after each wrong password (base 3 s, doubled each
 * time, at most 60 s) and, by default, locks the account for good after 10 wrong passwords, until
 * an administrator unlocks it. Anyone on the network could so lock out every person, the
 * administrator included, with eleven anonymous requests. Here the delays stay (a guess at most
 * once a minute after a few failures) and the permanent lock is gone: the lock of a user always
 * expires by itself after at most {@value #MAX_DELAY_SECONDS} seconds.
 */
final class LoginThrottling {

  static final int BASE_DELAY_SECONDS = 3;
  static final int DELAY_FACTOR = 2;
  static final int MAX_DELAY_SECONDS = 60;

  private LoginThrottling() {}

  static void apply(ProcessEngineConfigurationImpl configuration) {
    configuration.setLoginDelayBase(BASE_DELAY_SECONDS);
    configuration.setLoginDelayFactor(DELAY_FACTOR);
    configuration.setLoginDelayMaxTime(MAX_DELAY_SECONDS);
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
  }
}
