package se.kommunstod.knowledge;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.kommunstod.assessment.Problem;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.meeting.ActionItem;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.plan.FocusArea;

/**
 * The agenda of a knowledge-exchange gathering (erfarenhetsträff): lessons recorded since a date,
 * open action items and the most important problems of the open support cases, as plain Swedish
 * text from the Thymeleaf text template {@code templates/knowledge/gathering-agenda.txt}. At most
 * {@link #MAX_LENGTH} characters, so that it fits a Camunda string variable.
 */
@Service
@Transactional(readOnly = true)
public class GatheringAgendaBuilder {

  public static final int MAX_LENGTH = 3900;
  static final int MAX_ITEMS = 10;

  static final String TEMPLATE = "knowledge/gathering-agenda.txt";

  private final EntityManager em;
  private final ITemplateEngine templates = textTemplates();

  GatheringAgendaBuilder(EntityManager em) {
    this.em = em;
  }

  /**
   * Text templates (the agenda is a string variable, not a page), with Spring's expression
   * language.
   */
  private static ITemplateEngine textTemplates() {
    org.thymeleaf.templateresolver.ClassLoaderTemplateResolver resolver =
        new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setTemplateMode(org.thymeleaf.templatemode.TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    org.thymeleaf.spring6.SpringTemplateEngine engine =
        new org.thymeleaf.spring6.SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  public String build(LocalDate on, Period lookback) {
    LocalDate since = on.minus(lookback);
    Map<String, String> names =
        em.createQuery("select m from Municipality m", Municipality.class).getResultList().stream()
            .collect(Collectors.toMap(Municipality::getCode, Municipality::getName));
    Instant from = since.atStartOfDay(EngineTime.SWEDEN).toInstant();
    List<LessonLearned> lessons =
        em.createQuery(
                """
            select l from LessonLearned l left join fetch l.supportCase
            where l.recordedAt >= :from order by l.recordedAt desc, l.id desc""",
                LessonLearned.class)
            .setParameter("from", from)
            .setMaxResults(MAX_ITEMS)
            .getResultList();
    List<ActionItem> actionItems =
        em.createQuery(
                """
            select a from ActionItem a join fetch a.meeting m join fetch m.supportCase c
            where a.status = :open and c.closedAt is null order by a.dueDate, a.id""",
                ActionItem.class)
            .setParameter("open", ActionItemStatus.OPEN)
            .setMaxResults(MAX_ITEMS)
            .getResultList();
    List<Problem> problems =
        em.createQuery(
                """
            select p from Problem p join fetch p.supportCase c join p.situationPicture s
            where c.closedAt is null and s.contributor = se.kommunstod.assessment.Contributor.JOINT
              and p.priority <= 2
              and s.recordedAt = (select max(s2.recordedAt) from SituationPicture s2
                                  where s2.supportCase = c and s2.contributor = s.contributor)
            order by s.recordedAt desc, c.id, p.priority""",
                Problem.class)
            .setMaxResults(MAX_ITEMS)
            .getResultList();

    Context context = new Context(Locale.forLanguageTag("sv-SE"));
    context.setVariable("on", on);
    context.setVariable("since", since);
    context.setVariable(
        "lessons",
        lessons.stream()
            .map(
                l ->
                    new LessonLine(
                        l.getTitle(),
                        l.getMunicipalityCode() == null
                            ? "erfarenhetsträff"
                            : names.getOrDefault(l.getMunicipalityCode(), l.getMunicipalityCode()),
                        l.getFocusAreas().stream()
                            .map(FocusArea::swedishName)
                            .collect(Collectors.joining(", "))))
            .toList());
    context.setVariable(
        "actionItems",
        actionItems.stream()
            .map(
                a -> {
                  String code = a.getMeeting().getSupportCase().getMunicipalityCode();
                  return new ActionItemLine(
                      names.getOrDefault(code, code),
                      a.getDescription(),
                      a.getOwnerRole().organisationName(),
                      a.getDueDate());
                })
            .toList());
    context.setVariable(
        "problems",
        problems.stream()
            .map(
                p -> {
                  String code = p.getSupportCase().getMunicipalityCode();
                  return new ProblemLine(
                      names.getOrDefault(code, code), p.getPriority(), p.getDescription());
                })
            .toList());
    String text = templates.process(TEMPLATE, context);
    if (text.length() > MAX_LENGTH) {
      return text.substring(0, MAX_LENGTH - 2) + "…\n";
    }
    return text;
  }

  /**
   * The agenda's lines, as the template {@code templates/knowledge/gathering-agenda.txt} prints
   * them.
   */
  public record LessonLine(String title, String from, String focusAreas) {}

  public record ActionItemLine(
      String municipality, String description, String owner, LocalDate dueDate) {}

  public record ProblemLine(String municipality, int priority, String description) {}
}
