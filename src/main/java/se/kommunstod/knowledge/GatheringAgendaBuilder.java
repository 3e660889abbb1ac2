package se.kommunstod.knowledge;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.assessment.Problem;
import se.kommunstod.meeting.ActionItem;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.engine.EngineTime;

/**
 * The agenda of a knowledge-exchange gathering (erfarenhetsträff): lessons recorded since a date,
 * open action items and the most important problems of the open support cases, as plain Swedish
 * text. At most {@link #MAX_LENGTH} characters, so that it fits a Camunda string variable.
 */
@Service
@Transactional(readOnly = true)
public class GatheringAgendaBuilder {

  public static final int MAX_LENGTH = 3900;
  static final int MAX_ITEMS = 10;

  private final EntityManager em;

  GatheringAgendaBuilder(EntityManager em) {
    this.em = em;
  }

  public String build(LocalDate on, Period lookback) {
    LocalDate since = on.minus(lookback);
    Map<String, String> names = em.createQuery("select m from Municipality m", Municipality.class).getResultList()
        .stream().collect(Collectors.toMap(Municipality::getCode, Municipality::getName));
    Instant from = since.atStartOfDay(EngineTime.SWEDEN).toInstant();
    List<LessonLearned> lessons = em.createQuery("""
            select l from LessonLearned l left join fetch l.supportCase
            where l.recordedAt >= :from order by l.recordedAt desc, l.id desc""", LessonLearned.class)
        .setParameter("from", from).setMaxResults(MAX_ITEMS).getResultList();
    List<ActionItem> actionItems = em.createQuery("""
            select a from ActionItem a join fetch a.meeting m join fetch m.supportCase c
            where a.status = :open and c.closedAt is null order by a.dueDate, a.id""", ActionItem.class)
        .setParameter("open", ActionItemStatus.OPEN).setMaxResults(MAX_ITEMS).getResultList();
    List<Problem> problems = em.createQuery("""
            select p from Problem p join fetch p.supportCase c join p.situationPicture s
            where c.closedAt is null and s.contributor = se.kommunstod.assessment.Contributor.JOINT
              and p.priority <= 2
              and s.recordedAt = (select max(s2.recordedAt) from SituationPicture s2
                                  where s2.supportCase = c and s2.contributor = s.contributor)
            order by s.recordedAt desc, c.id, p.priority""", Problem.class).setMaxResults(MAX_ITEMS).getResultList();

    StringBuilder text = new StringBuilder();
    text.append("Dagordning – erfarenhetsträff ").append(on).append("\n\n");
    text.append("1. Nya erfarenheter sedan ").append(since).append(" (").append(lessons.size()).append(")\n");
    if (lessons.isEmpty()) {
      text.append("   – Inga nya erfarenheter.\n");
    }
    for (LessonLearned l : lessons) {
      String from1 = l.getMunicipalityCode() == null ? "erfarenhetsträff"
          : names.getOrDefault(l.getMunicipalityCode(), l.getMunicipalityCode());
      text.append("   – ").append(l.getTitle()).append(" (").append(from1).append(")");
      if (!l.getFocusAreas().isEmpty()) {
        text.append(" – ").append(l.getFocusAreas().stream().map(FocusArea::swedishName)
            .collect(Collectors.joining(", ")));
      }
      text.append("\n");
    }
    text.append("\n2. Öppna åtgärdspunkter (").append(actionItems.size()).append(")\n");
    if (actionItems.isEmpty()) {
      text.append("   – Inga öppna åtgärdspunkter.\n");
    }
    for (ActionItem a : actionItems) {
      String code = a.getMeeting().getSupportCase().getMunicipalityCode();
      text.append("   – ").append(names.getOrDefault(code, code)).append(": ").append(a.getDescription())
          .append(" (ansvar: ").append(a.getOwnerRole().displayName()).append(", senast ").append(a.getDueDate())
          .append(")\n");
    }
    text.append("\n3. Prioriterade problem i pågående stödärenden\n");
    if (problems.isEmpty()) {
      text.append("   – Inga gemensamma lägesbilder ännu.\n");
    }
    for (Problem p : problems) {
      String code = p.getSupportCase().getMunicipalityCode();
      text.append("   – ").append(names.getOrDefault(code, code)).append(": ").append(p.getPriority()).append(". ")
          .append(p.getDescription()).append("\n");
    }
    text.append("\n4. Vad tar vi med oss? Anteckningar sparas som erfarenhet.\n");
    if (text.length() > MAX_LENGTH) {
      return text.substring(0, MAX_LENGTH - 2) + "…\n";
    }
    return text.toString();
  }
}
