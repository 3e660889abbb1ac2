package se.kommunstod.privacy;

import java.util.Collection;
import java.util.SortedSet;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;

/**
 * The engine's entity manager, reading every row it is about to insert or update for a personal
 * identity number ({@link PersonalDataScan}) before any SQL of the flush runs. This is the one
 * point every value passes on its way into the engine's tables — runtime, history and identity
 * alike — whichever API, variable type or command brought it. A refusal fails the command, so the
 * transaction is rolled back and nothing of it is stored.
 */
class GuardedDbEntityManager extends DbEntityManager {

  GuardedDbEntityManager(IdGenerator idGenerator, PersistenceSession persistenceSession) {
    super(idGenerator, persistenceSession);
  }

  @Override
  protected void flushDbOperationManager() {
    scan(dbOperationManager.inserts.values());
    scan(dbOperationManager.updates.values());
    super.flushDbOperationManager();
  }

  private static void scan(Collection<SortedSet<DbEntityOperation>> operations) {
    for (SortedSet<DbEntityOperation> ofOneType : operations) {
      for (DbEntityOperation operation : ofOneType) {
        PersonalDataScan.check(operation.getEntity());
      }
    }
  }

  /** Opens {@link GuardedDbEntityManager}s in place of the engine's own. */
  static class Factory extends DbEntityManagerFactory {

    Factory(IdGenerator idGenerator) {
      super(idGenerator);
    }

    @Override
    public DbEntityManager openSession() {
      PersistenceSession persistenceSession =
          Context.getCommandContext().getSession(PersistenceSession.class);
      return new GuardedDbEntityManager(idGenerator, persistenceSession);
    }
  }
}
