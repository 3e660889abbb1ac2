package se.kommunstod.report;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.assessment.SituationPicture;
import se.kommunstod.brasupport.BraSupport;
import se.kommunstod.brasupport.SupportKind;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.evaluation.CaseEvaluation;
import se.kommunstod.evaluation.Indicator;
import se.kommunstod.evaluation.IndicatorValue;
import se.kommunstod.evaluation.SurveyAnswer;
import se.kommunstod.evaluation.SurveyStatement;
import se.kommunstod.intervention.FollowUp;
import se.kommunstod.intervention.Intervention;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.knowledge.LessonLearned;
import se.kommunstod.meeting.ActionItem;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.meeting.CooperationMeeting;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.plan.ActivityPlan;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.report.FinalReport.CaseSection;
import se.kommunstod.report.FinalReport.Experience;
import se.kommunstod.report.FinalReport.IndicatorRow;
import se.kommunstod.report.FinalReport.InterventionRow;
import se.kommunstod.report.FinalReport.LessonRow;
import se.kommunstod.report.FinalReport.MeetingRow;
import se.kommunstod.report.FinalReport.PlanSummary;
import se.kommunstod.report.FinalReport.Step;
import se.kommunstod.supportcase.SupportCase;

/**
 * Compiles the final or an interim report from the records up to a date: everything dated on or
 * before it (meetings held, interventions started, follow-ups, measurements, lessons recorded), and
 * the support cases' user tasks from the engine's history, cut off at the end of that date. Engine
 * history is read as the current user, so it is filtered by the same rules as Cockpit.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

  static final String NO_PROBLEM = "Utan angivet problem";

  private final EntityManager em;
  private final HistoryService historyService;

  ReportService(EntityManager em, HistoryService historyService) {
    this.em = em;
    this.historyService = historyService;
  }

  /**
   * @param municipalityCodes the municipalities to report on, or null for all
   * @param asOf the report date: records up to and including it
   * @param interim whether this is an interim report (outcomes count only for interventions ended
   *     by then)
   */
  public FinalReport compile(
      Collection<String> municipalityCodes, LocalDate asOf, boolean interim) {
    Instant end = asOf.plusDays(1).atStartOfDay(EngineTime.SWEDEN).toInstant();
    Instant now = EngineTime.now();
    Instant cutOff = end.isBefore(now) ? end : now;
    Map<String, String> names =
        em.createQuery("select m from Municipality m", Municipality.class).getResultList().stream()
            .collect(Collectors.toMap(Municipality::getCode, Municipality::getName));

    List<SupportCase> supportCases =
        em
            .createQuery(
                "select c from SupportCase c where c.openedAt < :end order by c.municipalityCode, c.openedAt, c.id",
                SupportCase.class)
            .setParameter("end", end)
            .getResultList()
            .stream()
            .filter(
                c ->
                    municipalityCodes == null
                        || municipalityCodes.contains(c.getMunicipalityCode()))
            .toList();

    List<CaseSection> sections = new ArrayList<>();
    // every focus area of the programme is listed, with 0 where no intervention belongs to it, so
    // the
    // report shows the whole vocabulary and what was not worked on
    Map<FocusArea, Long> byFocusArea = new EnumMap<>(FocusArea.class);
    for (FocusArea area : FocusArea.values()) {
      byFocusArea.put(area, 0L);
    }
    Map<InterventionMethod, Long> byMethod = new EnumMap<>(InterventionMethod.class);
    Map<String, BigDecimal> hoursByStep = new LinkedHashMap<>();
    for (SupportCase supportCase : supportCases) {
      CaseSection section = section(supportCase, names, asOf, end, cutOff, interim);
      sections.add(section);
      section.interventionsByMethod().forEach((m, n) -> byMethod.merge(m, n, Long::sum));
      section.interventions().stream()
          .map(InterventionRow::focusArea)
          .filter(Objects::nonNull)
          .forEach(area -> byFocusArea.merge(area, 1L, Long::sum));
      section.steps().forEach(s -> hoursByStep.merge(s.name(), s.hours(), BigDecimal::add));
    }
    Experience experience = experience(municipalityCodes, end);
    List<SurveyAnswer> allAnswers =
        sections.isEmpty()
            ? List.of()
            : em.createQuery(
                    """
            select a from SurveyAnswer a join fetch a.supportCase c where c.id in :ids and a.answeredAt < :end
            order by c.municipalityCode, a.id""",
                    SurveyAnswer.class)
                .setParameter("ids", supportCases.stream().map(SupportCase::getId).toList())
                .setParameter("end", end)
                .getResultList();
    FinalReport.Survey survey = survey(allAnswers, names);
    List<BraSupport> support =
        em
            .createQuery(
                "select s from BraSupport s where s.givenOn <= :asOf order by s.municipalityCode, s.givenOn, s.id",
                BraSupport.class)
            .setParameter("asOf", asOf)
            .getResultList()
            .stream()
            .filter(
                s ->
                    municipalityCodes == null
                        || municipalityCodes.contains(s.getMunicipalityCode()))
            .toList();
    FinalReport.BraSupportSummary braSupport = braSupport(support, names);
    FinalReport draft =
        new FinalReport(
            asOf,
            interim,
            sections,
            byFocusArea,
            byMethod,
            hoursByStep,
            experience,
            List.of(),
            survey,
            braSupport);
    return new FinalReport(
        asOf,
        interim,
        sections,
        byFocusArea,
        byMethod,
        hoursByStep,
        experience,
        ReportAnalysis.overall(draft),
        survey,
        braSupport);
  }

  private CaseSection section(
      SupportCase supportCase,
      Map<String, String> names,
      LocalDate asOf,
      Instant end,
      Instant cutOff,
      boolean interim) {
    Long id = supportCase.getId();
    PlanSummary plan =
        em
            .createQuery(
                "select p from ActivityPlan p where p.supportCase.id = :id", ActivityPlan.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .filter(p -> !p.getAdoptedOn().isAfter(asOf))
            .findFirst()
            .map(
                p ->
                    new PlanSummary(
                        p.getAdoptedOn(),
                        p.getGoal(),
                        p.getFocusAreas().stream().sorted().toList()))
            .orElse(null);
    int pictures =
        (int)
            em
                .createQuery(
                    "select s from SituationPicture s where s.supportCase.id = :id",
                    SituationPicture.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .filter(s -> s.getRecordedAt().isBefore(end))
                .count();

    // a meeting counts once its decisions are documented, on its agenda's date or the day of the
    // minutes if that came first: a planned date still ahead is never a held meeting
    List<CooperationMeeting> meetings =
        em
            .createQuery(
                """
            select m from CooperationMeeting m where m.supportCase.id = :id and m.minutedAt is not null
            order by m.heldOn, m.id""",
                CooperationMeeting.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .filter(m -> m.getMinutedAt().isBefore(end) && !m.heldDate().isAfter(asOf))
            .sorted(
                Comparator.comparing(CooperationMeeting::heldDate)
                    .thenComparing(CooperationMeeting::getId))
            .toList();
    List<MeetingRow> meetingRows =
        meetings.stream()
            .map(
                m ->
                    new MeetingRow(
                        m.heldDate(),
                        subject(m),
                        m.getDecisions().size(),
                        m.getActionItems().size()))
            .toList();
    Map<String, Long> actionItems = new LinkedHashMap<>();
    for (ActionItemStatus status : ActionItemStatus.values()) {
      actionItems.put(status.name(), 0L);
    }
    List<FinalReport.ActionItemRow> openItems = new ArrayList<>();
    for (ActionItem item : meetings.stream().flatMap(m -> m.getActionItems().stream()).toList()) {
      // the status the item had at the report date, from its dated history
      ActionItemStatus status = item.statusBefore(end);
      if (status == null) {
        continue;
      }
      actionItems.merge(status.name(), 1L, Long::sum);
      if (status == ActionItemStatus.OPEN) {
        openItems.add(
            new FinalReport.ActionItemRow(
                item.getDescription(),
                item.getOwnerRole().organisationName(),
                item.getDueDate(),
                item.getMeeting().heldDate(),
                status));
      }
    }

    List<Intervention> interventions =
        em.createQuery(
                """
            select i from Intervention i left join fetch i.problem where i.supportCase.id = :id and i.startsOn <= :asOf
            order by i.startsOn, i.id""",
                Intervention.class)
            .setParameter("id", id)
            .setParameter("asOf", asOf)
            .getResultList();
    List<InterventionRow> interventionRows =
        interventions.stream()
            .map(
                i -> {
                  List<FollowUp> followUps =
                      i.getFollowUps().stream()
                          .filter(f -> !f.getFollowedUpOn().isAfter(asOf))
                          .toList();
                  boolean ended = i.getEndsOn() != null && !i.getEndsOn().isAfter(asOf);
                  String outcome = !interim || ended ? i.getOutcome() : null;
                  return new InterventionRow(
                      i.getTitle(),
                      i.getMethod(),
                      i.getFocusArea(),
                      problem(i),
                      i.getStartsOn(),
                      i.getEndsOn(),
                      followUps.size(),
                      outcome,
                      followUps.stream().map(FollowUp::getNote).toList());
                })
            .toList();
    Map<InterventionMethod, Long> byMethod =
        interventionRows.stream()
            .collect(
                Collectors.groupingBy(
                    InterventionRow::method,
                    () -> new EnumMap<>(InterventionMethod.class),
                    Collectors.counting()));
    Map<String, Long> byProblem =
        interventionRows.stream()
            .collect(
                Collectors.groupingBy(
                    InterventionRow::problem, LinkedHashMap::new, Collectors.counting()));

    List<IndicatorRow> indicators =
        em
            .createQuery(
                "select i from Indicator i where i.supportCase.id = :id order by i.id",
                Indicator.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .map(i -> indicator(i, asOf))
            .toList();

    List<LessonRow> lessons =
        em
            .createQuery(
                """
            select l from LessonLearned l where l.supportCase.id = :id and l.recordedAt < :end
            order by l.recordedAt, l.id""",
                LessonLearned.class)
            .setParameter("id", id)
            .setParameter("end", end)
            .getResultList()
            .stream()
            .map(l -> new LessonRow(l.getTitle(), l.isReleased()))
            .toList();

    String municipalityName =
        names.getOrDefault(supportCase.getMunicipalityCode(), supportCase.getMunicipalityCode());
    List<Step> steps = steps(supportCase.getProcessInstanceId(), end, cutOff, municipalityName);
    List<SurveyAnswer> answers =
        em.createQuery(
                "select a from SurveyAnswer a where a.supportCase.id = :id and a.answeredAt < :end order by a.id",
                SurveyAnswer.class)
            .setParameter("id", id)
            .setParameter("end", end)
            .getResultList();
    FinalReport.Survey survey = survey(answers, names);
    FinalReport.BraSupportSummary braSupport =
        braSupport(
            em.createQuery(
                    """
            select s from BraSupport s where s.municipalityCode = :code and s.givenOn <= :asOf
            order by s.givenOn, s.id""",
                    BraSupport.class)
                .setParameter("code", supportCase.getMunicipalityCode())
                .setParameter("asOf", asOf)
                .getResultList(),
            names);
    FinalReport.Evaluation evaluation = evaluation(id, end);
    LocalDate closedOn =
        supportCase.getClosedAt() == null || !supportCase.getClosedAt().isBefore(end)
            ? null
            : LocalDate.ofInstant(supportCase.getClosedAt(), EngineTime.SWEDEN);
    CaseSection draft =
        new CaseSection(
            supportCase.getMunicipalityCode(),
            municipalityName,
            supportCase.getBusinessKey(),
            LocalDate.ofInstant(supportCase.getOpenedAt(), EngineTime.SWEDEN),
            closedOn,
            plan,
            pictures,
            steps,
            meetingRows,
            actionItems,
            interventionRows,
            byMethod,
            byProblem,
            openItems,
            indicators,
            survey,
            braSupport,
            lessons,
            evaluation,
            List.of(),
            List.of());
    return new CaseSection(
        draft.municipalityCode(),
        draft.municipalityName(),
        draft.businessKey(),
        draft.openedOn(),
        draft.closedOn(),
        plan,
        pictures,
        steps,
        meetingRows,
        actionItems,
        interventionRows,
        byMethod,
        byProblem,
        openItems,
        indicators,
        survey,
        braSupport,
        lessons,
        evaluation,
        ReportAnalysis.of(draft),
        ReportAnalysis.continuation(draft, asOf));
  }

  /**
   * The support case's user tasks started before the report date's end, hours up to their end or
   * the cut-off.
   */
  List<Step> steps(String processInstanceId, Instant end, Instant cutOff, String municipalityName) {
    if (processInstanceId == null) {
      return List.of();
    }
    List<HistoricActivityInstance> activities =
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId)
            .activityType("userTask")
            .list()
            .stream()
            // parallel steps start at the same moment: the step's id keeps their order stable
            .sorted(
                Comparator.comparing(HistoricActivityInstance::getStartTime)
                    .thenComparing(HistoricActivityInstance::getActivityId)
                    .thenComparing(HistoricActivityInstance::getId))
            .toList();
    List<Step> steps = new ArrayList<>();
    for (HistoricActivityInstance a : activities) {
      Instant started = a.getStartTime().toInstant();
      if (!started.isBefore(end)) {
        continue;
      }
      Instant ended =
          a.getEndTime() == null || !a.getEndTime().toInstant().isBefore(end)
              ? null
              : a.getEndTime().toInstant();
      Instant until = ended != null ? ended : cutOff;
      steps.add(
          new Step(
              a.getActivityId(),
              stepName(
                  a.getActivityName() == null ? a.getActivityId() : a.getActivityName(),
                  municipalityName),
              started,
              ended,
              hours(Duration.between(started, until.isBefore(started) ? started : until))));
    }
    return steps;
  }

  /** The case's evaluation record, each part only if recorded before the end of the report date. */
  FinalReport.Evaluation evaluation(Long supportCaseId, Instant end) {
    return em
        .createQuery(
            "select e from CaseEvaluation e where e.supportCase.id = :id", CaseEvaluation.class)
        .setParameter("id", supportCaseId)
        .getResultList()
        .stream()
        .findFirst()
        .map(
            e -> {
              boolean indicators = recordedBefore(e.getIndicatorsRecordedAt(), end);
              boolean evaluated = recordedBefore(e.getEvaluatedAt(), end);
              return new FinalReport.Evaluation(
                  indicators ? e.getIndicatorSummary() : null,
                  indicators ? e.getIndicatorTrend() : null,
                  evaluated ? e.getGoalsAchieved() : null,
                  evaluated ? e.getEvaluationSummary() : null);
            })
        .orElse(FinalReport.Evaluation.NONE);
  }

  /** Parts recorded before the dates were kept (null) were recorded before today and count. */
  private static boolean recordedBefore(Instant recordedAt, Instant end) {
    return recordedAt == null || recordedAt.isBefore(end);
  }

  static BigDecimal hours(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis())
        .divide(BigDecimal.valueOf(3_600_000L), 1, RoundingMode.HALF_UP);
  }

  private static String problem(Intervention i) {
    return i.getProblem() == null ? NO_PROBLEM : i.getProblem().getDescription();
  }

  private static IndicatorRow indicator(Indicator indicator, LocalDate asOf) {
    List<IndicatorValue> values =
        indicator.getValues().stream()
            .filter(v -> !v.getMeasuredOn().isAfter(asOf))
            .sorted(
                Comparator.comparing(IndicatorValue::getMeasuredOn)
                    .thenComparing(IndicatorValue::getId))
            .toList();
    Optional<IndicatorValue> first = values.stream().findFirst();
    Optional<IndicatorValue> latest =
        values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    return new IndicatorRow(
        indicator.getName(),
        indicator.getUnit(),
        first.map(IndicatorValue::getMeasuredOn).orElse(null),
        first.map(IndicatorValue::getValue).orElse(null),
        latest.map(IndicatorValue::getMeasuredOn).orElse(null),
        latest.map(IndicatorValue::getValue).orElse(null),
        values.size(),
        indicator.getSource(),
        indicator.getBaseline(),
        indicator.getTarget(),
        indicator.getDirection(),
        values.stream()
            .map(v -> new FinalReport.Point(v.getMeasuredOn(), v.getValue(), v.getComment()))
            .toList());
  }

  /**
   * The meeting's subject; the agenda's default names its date, which the planned date may not be.
   */
  static String subject(CooperationMeeting m) {
    if (!m.getSubject().equals("Samverkansmöte " + m.getHeldOn())) {
      return m.getSubject();
    }
    return m.heldDate().equals(m.getHeldOn())
        ? "Samverkansmöte"
        : "Samverkansmöte (planerat till " + m.getHeldOn() + ")";
  }

  /**
   * A step's name without the municipality the task name carries ("Följ upp indikatorer –
   * Linköpings kommun", or the model's "${municipalityName}"), so steps add up across
   * municipalities.
   */
  static String stepName(String name, String municipalityName) {
    String stripped = name.replaceAll("\\s*[–-]\\s*\\$\\{[^}]*}\\s*$", "");
    String suffix = " – " + municipalityName;
    return stripped.endsWith(suffix)
        ? stripped.substring(0, stripped.length() - suffix.length())
        : stripped;
  }

  /**
   * Answers, distribution 1–5 and mean per statement, and the open answers; the mean to one
   * decimal.
   */
  static FinalReport.Survey survey(List<SurveyAnswer> answers, Map<String, String> names) {
    if (answers.isEmpty()) {
      return FinalReport.Survey.NONE;
    }
    List<FinalReport.StatementSummary> statements = new ArrayList<>();
    for (SurveyStatement statement : SurveyStatement.values()) {
      List<Long> distribution = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
      int sum = 0;
      for (SurveyAnswer answer : answers) {
        int rating = answer.rating(statement);
        distribution.set(rating - 1, distribution.get(rating - 1) + 1);
        sum += rating;
      }
      statements.add(
          new FinalReport.StatementSummary(
              statement.swedishName(),
              List.copyOf(distribution),
              BigDecimal.valueOf(sum)
                  .divide(BigDecimal.valueOf(answers.size()), 1, RoundingMode.HALF_UP)));
    }
    List<FinalReport.OpenAnswer> open =
        answers.stream()
            .map(
                a ->
                    new FinalReport.OpenAnswer(
                        names.getOrDefault(
                            a.getSupportCase().getMunicipalityCode(),
                            a.getSupportCase().getMunicipalityCode()),
                        a.getOrganisation().organisationName(),
                        a.getWhatWorked(),
                        a.getToImprove()))
            .toList();
    return new FinalReport.Survey(answers.size(), statements, open);
  }

  static FinalReport.BraSupportSummary braSupport(
      List<BraSupport> support, Map<String, String> names) {
    Map<String, BigDecimal> byKind = new LinkedHashMap<>();
    for (SupportKind kind : SupportKind.values()) {
      byKind.put(kind.swedishName(), BigDecimal.ZERO.setScale(1));
    }
    Map<String, BigDecimal> byPartner = new LinkedHashMap<>();
    Map<String, BigDecimal> byFocusArea = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO.setScale(1);
    List<FinalReport.BraSupportRow> rows = new ArrayList<>();
    for (BraSupport s : support) {
      byKind.merge(s.getKind().swedishName(), s.getHours(), BigDecimal::add);
      byPartner.merge(
          s.getPartner() == null ? "Brå ensamt" : s.getPartner().swedishName(),
          s.getHours(),
          BigDecimal::add);
      byFocusArea.merge(
          s.getFocusArea() == null ? "Inget särskilt fokusområde" : s.getFocusArea().swedishName(),
          s.getHours(),
          BigDecimal::add);
      total = total.add(s.getHours());
      rows.add(
          new FinalReport.BraSupportRow(
              names.getOrDefault(s.getMunicipalityCode(), s.getMunicipalityCode()),
              s.getGivenOn(),
              s.getKind().swedishName(),
              s.getPartner() == null ? null : s.getPartner().swedishName(),
              s.getFocusArea() == null ? null : s.getFocusArea().swedishName(),
              s.getHours(),
              s.getDescription()));
    }
    return new FinalReport.BraSupportSummary(rows, total, byKind, byPartner, byFocusArea);
  }

  private Experience experience(Collection<String> municipalityCodes, Instant end) {
    List<LessonLearned> lessons =
        em
            .createQuery(
                """
            select l from LessonLearned l left join fetch l.supportCase where l.recordedAt < :end""",
                LessonLearned.class)
            .setParameter("end", end)
            .getResultList()
            .stream()
            .filter(
                l ->
                    l.getSupportCase() == null
                        || municipalityCodes == null
                        || municipalityCodes.contains(l.getMunicipalityCode()))
            .toList();
    List<LessonLearned> fromGatherings =
        lessons.stream().filter(l -> l.getSupportCase() == null).toList();
    return new Experience(
        lessons.size(),
        lessons.stream().filter(l -> l.isReleased() && l.getReleasedAt().isBefore(end)).count(),
        fromGatherings.size(),
        fromGatherings.stream().map(LessonLearned::getTitle).distinct().toList());
  }
}
