package se.kommunstod.privacy;

import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionOutputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Every text field of the engine's rows that a person or a caller can fill, checked for a personal
 * identity number just before the row is written (see {@link GuardedDbEntityManager}). The list is
 * by row kind, not by API: whatever path a value takes (Tasklist, engine REST, a message, a start,
 * Java code), it ends in one of these rows. Ids the engine generates, model data and stack traces
 * are not read: they are not free text, and a stack trace must never fail to be recorded.
 */
final class PersonalDataScan {

  private PersonalDataScan() {}

  static void check(DbEntity entity) {
    if (entity instanceof VariableInstanceEntity v) {
      ReadableValues.checkObjectType(
          PersonalDataRefusal.quoted(v.getName()), v.getSerializerName(), v.getTextValue2());
      texts(
          "Variabeln/variable " + PersonalDataRefusal.quoted(v.getName()),
          v.getName(),
          v.getTextValue(),
          v.getTextValue2());
    } else if (entity instanceof ByteArrayEntity b) {
      if (b.getName() == null
          || !b.getName().toLowerCase(java.util.Locale.ROOT).contains("exception")) {
        ReadableValues.checkJsonDepth(PersonalDataRefusal.quoted(b.getName()), b.getBytes());
        if (PersonalIdentityNumbers.containsOne(b.getBytes())) {
          throw PersonalDataRefusal.in("Värdet/value " + PersonalDataRefusal.quoted(b.getName()));
        }
      }
    } else if (entity instanceof TaskEntity t) {
      texts("Uppgiften/task", t.getName(), t.getDescription(), t.getAssignee(), t.getOwner());
    } else if (entity instanceof IdentityLinkEntity l) {
      texts("Uppgiftens behörighet/identity link", l.getUserId(), l.getGroupId());
    } else if (entity instanceof ExecutionEntity e) {
      texts("Affärsnyckeln/business key", e.getBusinessKey());
    } else if (entity instanceof CommentEntity c) {
      texts("Kommentaren/comment", c.getMessage(), c.getFullMessage());
    } else if (entity instanceof AttachmentEntity a) {
      texts("Bilagan/attachment", a.getName(), a.getDescription(), a.getUrl(), a.getType());
    } else if (entity instanceof UserEntity u) {
      texts("Användaren/user", u.getId(), u.getFirstName(), u.getLastName(), u.getEmail());
    } else if (entity instanceof GroupEntity g) {
      texts("Gruppen/group", g.getId(), g.getName(), g.getType());
    } else if (entity instanceof TenantEntity t) {
      texts("Kommunen (tenant)", t.getId(), t.getName());
    } else if (entity instanceof FilterEntity f) {
      texts(
          "Filtret/filter",
          f.getName(),
          f.getOwner(),
          f.getQueryInternal(),
          f.getPropertiesInternal());
    } else if (entity instanceof IncidentEntity i) {
      texts("Incidenten/incident", i.getIncidentMessage(), i.getAnnotation());
    } else if (entity instanceof ExternalTaskEntity x) {
      texts("Den externa uppgiften/external task", x.getErrorMessage(), x.getWorkerId());
    } else if (entity instanceof HistoricVariableInstanceEntity h) {
      texts(
          "Variabeln/variable " + PersonalDataRefusal.quoted(h.getName()),
          h.getName(),
          h.getTextValue(),
          h.getTextValue2());
    } else if (entity instanceof HistoricVariableUpdateEventEntity h) {
      texts(
          "Variabeln/variable " + PersonalDataRefusal.quoted(h.getVariableName()),
          h.getVariableName(),
          h.getTextValue(),
          h.getTextValue2());
    } else if (entity instanceof HistoricTaskInstanceEventEntity h) {
      texts("Uppgiften/task", h.getName(), h.getDescription(), h.getAssignee(), h.getOwner());
    } else if (entity instanceof HistoricProcessInstanceEventEntity h) {
      texts("Affärsnyckeln/business key", h.getBusinessKey());
    } else if (entity instanceof HistoricIdentityLinkLogEventEntity h) {
      texts("Uppgiftens behörighet/identity link", h.getUserId(), h.getGroupId());
    } else if (entity instanceof HistoricFormPropertyEventEntity h) {
      texts(
          "Formulärfältet/form field " + PersonalDataRefusal.quoted(h.getPropertyId()),
          h.getPropertyId(),
          h.getPropertyValue() == null ? null : h.getPropertyValue().toString());
    } else if (entity instanceof HistoricDecisionInputInstanceEntity h) {
      texts("Beslutsindata/decision input", h.getTextValue(), h.getTextValue2());
    } else if (entity instanceof HistoricDecisionOutputInstanceEntity h) {
      texts(
          "Beslutsutdata/decision output",
          h.getTextValue(),
          h.getTextValue2(),
          h.getVariableName());
    } else if (entity instanceof UserOperationLogEntryEventEntity h) {
      texts("Anteckningen/annotation", h.getAnnotation());
    }
  }

  private static void texts(String where, String... values) {
    for (String value : values) {
      TextChecks.check(where, value);
    }
  }
}
