package se.kommunstod.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
import se.kommunstod.intervention.InterventionCounts;
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
 *
 * <p>At national scale (290 municipalities, issue 21) the report reads each kind of record for all
 * its cases in one query per {@value #IDS_PER_QUERY} cases, what those records hold (a meeting's
 * decisions, an indicator's values …) in batches of {@value #FETCH_BATCH}, and the engine's user
 * tasks per {@value #TENANTS_PER_QUERY} municipalities, instead of a dozen queries per case.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

  static final String NO_PROBLEM = "Utan angivet problem";

  /** How many lazily read collections or references of one kind a single query loads. */
  static final int FETCH_BATCH = 100;

  /** Support cases per query (the IN list). */
  static final int IDS_PER_QUERY = 500;

  /** Municipalities (engine tenants) per query of the engine's history. */
  static final int TENANTS_PER_QUERY = 100;

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
    Session session = em.unwrap(Session.class);
    int fetchBatchBefore = session.getFetchBatchSize();
    session.setFetchBatchSize(FETCH_BATCH);
    try {
      return compileBatched(municipalityCodes, asOf, interim);
    } finally {
      session.setFetchBatchSize(fetchBatchBefore);
    }
  }

  private FinalReport compileBatched(
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
    List<Long> ids = supportCases.stream().map(SupportCase::getId).toList();
    List<SurveyAnswer> allAnswers =
        byCase(
            """
            select a from SurveyAnswer a join fetch a.supportCase c where c.id in :ids and a.answeredAt < :end
            order by c.municipalityCode, a.id""",
            SurveyAnswer.class,
            ids,
            Map.of("end", end));
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
    CaseRecords records = records(supportCases, ids, allAnswers, support, asOf, end);

    List<CaseSection> sections = new ArrayList<>();
    // every focus area of the programme is listed, with 0 where no intervention belongs to it, so
    // the report shows the whole vocabulary and what was not worked on
    Map<FocusArea, Long> byFocusArea = new EnumMap<>(FocusArea.class);
    for (FocusArea area : FocusArea.values()) {
      byFocusArea.put(area, 0L);
    }
    Map<InterventionMethod, Long> byMethod = new EnumMap<>(InterventionMethod.class);
    Map<String, BigDecimal> hoursByStep = new LinkedHashMap<>();
    for (SupportCase supportCase : supportCases) {
      CaseSection section = section(supportCase, records, names, asOf, end, cutOff, interim);
      sections.add(section);
      section.interventionsByMethod().forEach((m, n) -> byMethod.merge(m, n, Long::sum));
      section.interventions().stream()
          .map(InterventionRow::focusArea)
          .filter(Objects::nonNull)
          .forEach(area -> byFocusArea.merge(area, 1L, Long::sum));
      section.steps().forEach(s -> hoursByStep.merge(s.name(), s.hours(), BigDecimal::add));
    }
    FinalReport report =
        new FinalReport(
            asOf,
            interim,
            sections,
            byFocusArea,
            byMethod,
            InterventionCounts.perFocusAreaAndProblemCategory(
                records.interventions().values().stream().flatMap(List::stream).toList(),
                resultCounts(asOf, interim)),
            hoursByStep,
            experience(municipalityCodes, end),
            List.of(),
            survey(allAnswers),
            braSupport(support, names));
    return report.withOverallAnalysis(ReportAnalysis.overall(report));
  }

  /** Every record the case sections need, read for all cases at once and grouped by case. */
  private record CaseRecords(
      Map<Long, List<ActivityPlan>> plans,
      Map<Long, Long> situationPictures,
      Map<Long, List<CooperationMeeting>> meetings,
      Map<Long, List<Intervention>> interventions,
      Map<Long, List<Indicator>> indicators,
      Map<Long, List<LessonLearned>> lessons,
      Map<Long, List<SurveyAnswer>> answers,
      Map<String, List<BraSupport>> braSupport,
      Map<Long, CaseEvaluation> evaluations,
      Map<String, List<HistoricActivityInstance>> userTasks) {}

  private CaseRecords records(
      List<SupportCase> supportCases,
      List<Long> ids,
      List<SurveyAnswer> answers,
      List<BraSupport> support,
      LocalDate asOf,
      Instant end) {
    Map<Long, Long> pictures = new HashMap<>();
    for (List<Long> chunk : chunks(ids, IDS_PER_QUERY)) {
      em.createQuery(
              """
              select s.supportCase.id, count(s) from SituationPicture s
              where s.supportCase.id in :ids and s.recordedAt < :end group by s.supportCase.id""",
              Object[].class)
          .setParameter("ids", chunk)
          .setParameter("end", end)
          .getResultList()
          .forEach(row -> pictures.put((Long) row[0], (Long) row[1]));
    }
    // a meeting counts once its decisions are documented (the date is checked per meeting)
    return new CaseRecords(
        groupByCase(
            byCase(
                "select p from ActivityPlan p where p.supportCase.id in :ids",
                ActivityPlan.class,
                ids,
                Map.of()),
            p -> p.getSupportCase().getId()),
        pictures,
        groupByCase(
            byCase(
                """
                select m from CooperationMeeting m where m.supportCase.id in :ids and m.minutedAt is not null
                order by m.heldOn, m.id""",
                CooperationMeeting.class,
                ids,
                Map.of()),
            m -> m.getSupportCase().getId()),
        groupByCase(
            byCase(
                """
                select i from Intervention i left join fetch i.problem
                where i.supportCase.id in :ids and i.startsOn <= :asOf order by i.startsOn, i.id""",
                Intervention.class,
                ids,
                Map.of("asOf", asOf)),
            i -> i.getSupportCase().getId()),
        groupByCase(
            byCase(
                "select i from Indicator i where i.supportCase.id in :ids order by i.id",
                Indicator.class,
                ids,
                Map.of()),
            i -> i.getSupportCase().getId()),
        groupByCase(
            byCase(
                """
                select l from LessonLearned l where l.supportCase.id in :ids and l.recordedAt < :end
                order by l.recordedAt, l.id""",
                LessonLearned.class,
                ids,
                Map.of("end", end)),
            l -> l.getSupportCase().getId()),
        groupByCase(answers, a -> a.getSupportCase().getId()),
        groupByCase(support, BraSupport::getMunicipalityCode),
        byCase(
                "select e from CaseEvaluation e where e.supportCase.id in :ids order by e.id",
                CaseEvaluation.class,
                ids,
                Map.of())
            .stream()
            .collect(
                Collectors.toMap(e -> e.getSupportCase().getId(), e -> e, (first, later) -> first)),
        userTasks(supportCases, end));
  }

  /** The query's rows for these cases, {@value #IDS_PER_QUERY} cases per query, in its order. */
  private <T> List<T> byCase(
      String jpql, Class<T> type, List<Long> ids, Map<String, Object> parameters) {
    List<T> rows = new ArrayList<>();
    for (List<Long> chunk : chunks(ids, IDS_PER_QUERY)) {
      TypedQuery<T> query = em.createQuery(jpql, type).setParameter("ids", chunk);
      parameters.forEach(query::setParameter);
      rows.addAll(query.getResultList());
    }
    return rows;
  }

  private static <K, T> Map<K, List<T>> groupByCase(List<T> rows, Function<T, K> key) {
    Map<K, List<T>> grouped = new HashMap<>();
    for (T row : rows) {
      grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
    }
    return grouped;
  }

  private static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      chunks.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return chunks;
  }

  /**
   * The user tasks of the cases' processes started before the end, by process instance: read per
   * municipality (the engine's tenant), {@value #TENANTS_PER_QUERY} at a time, which also returns
   * the tasks of the cases' meetings and interventions (left out here); a case whose process shows
   * none there (a process without the municipality's tenant) is read on its own.
   */
  private Map<String, List<HistoricActivityInstance>> userTasks(
      List<SupportCase> supportCases, Instant end) {
    Set<String> instances =
        supportCases.stream()
            .map(SupportCase::getProcessInstanceId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Map<String, List<HistoricActivityInstance>> tasks = new HashMap<>();
    List<String> tenants =
        supportCases.stream().map(SupportCase::getMunicipalityCode).distinct().toList();
    for (List<String> chunk : chunks(tenants, TENANTS_PER_QUERY)) {
      for (HistoricActivityInstance task :
          historyService
              .createHistoricActivityInstanceQuery()
              .tenantIdIn(chunk.toArray(String[]::new))
              .activityType("userTask")
              .startedBefore(Date.from(end))
              .list()) {
        if (instances.contains(task.getProcessInstanceId())) {
          tasks.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>()).add(task);
        }
      }
    }
    for (String instance : instances) {
      if (!tasks.containsKey(instance)) {
        tasks.put(
            instance,
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance)
                .activityType("userTask")
                .list());
      }
    }
    return tasks;
  }

  /** Whether an intervention's outcome counts by the report date (interim: only ended ones). */
  private static Predicate<Intervention> resultCounts(LocalDate asOf, boolean interim) {
    return i -> !interim || (i.getEndsOn() != null && !i.getEndsOn().isAfter(asOf));
  }

  private CaseSection section(
      SupportCase supportCase,
      CaseRecords records,
      Map<String, String> names,
      LocalDate asOf,
      Instant end,
      Instant cutOff,
      boolean interim) {
    Long id = supportCase.getId();
    PlanSummary plan =
        records.plans().getOrDefault(id, List.of()).stream()
            .filter(p -> !p.getAdoptedOn().isAfter(asOf))
            .findFirst()
            .map(
                p ->
                    new PlanSummary(
                        p.getAdoptedOn(),
                        p.getGoal(),
                        p.getFocusAreas().stream().sorted().toList()))
            .orElse(null);
    int pictures = records.situationPictures().getOrDefault(id, 0L).intValue();

    // a meeting counts once its decisions are documented, on its agenda's date or the day of the
    // minutes if that came first: a planned date still ahead is never a held meeting
    List<CooperationMeeting> meetings =
        records.meetings().getOrDefault(id, List.of()).stream()
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

    List<Intervention> interventions = records.interventions().getOrDefault(id, List.of());
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
        records.indicators().getOrDefault(id, List.of()).stream()
            .map(i -> indicator(i, asOf))
            .toList();
    List<LessonRow> lessons =
        records.lessons().getOrDefault(id, List.of()).stream()
            .map(l -> new LessonRow(l.getTitle(), l.isReleased()))
            .toList();

    String municipalityName =
        names.getOrDefault(supportCase.getMunicipalityCode(), supportCase.getMunicipalityCode());
    List<Step> steps =
        supportCase.getProcessInstanceId() == null
            ? List.of()
            : steps(
                records.userTasks().getOrDefault(supportCase.getProcessInstanceId(), List.of()),
                end,
                cutOff,
                municipalityName);
    LocalDate closedOn =
        supportCase.getClosedAt() == null || !supportCase.getClosedAt().isBefore(end)
            ? null
            : LocalDate.ofInstant(supportCase.getClosedAt(), EngineTime.SWEDEN);
    CaseSection section =
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
            InterventionCounts.perFocusAreaAndProblem(interventions, resultCounts(asOf, interim)),
            openItems,
            indicators,
            survey(records.answers().getOrDefault(id, List.of())),
            braSupport(
                records.braSupport().getOrDefault(supportCase.getMunicipalityCode(), List.of()),
                names),
            lessons,
            evaluation(records.evaluations().get(id), end),
            List.of(),
            List.of());
    return section.withAnalysis(
        ReportAnalysis.of(section), ReportAnalysis.continuation(section, asOf));
  }

  /**
   * The support case's user tasks (its process's, from the engine's history) started before the
   * report date's end, in the order they started, hours up to their end or the cut-off.
   */
  static List<Step> steps(
      List<HistoricActivityInstance> userTasks,
      Instant end,
      Instant cutOff,
      String municipalityName) {
    List<HistoricActivityInstance> activities =
        userTasks.stream()
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
  static FinalReport.Evaluation evaluation(CaseEvaluation e, Instant end) {
    if (e == null) {
      return FinalReport.Evaluation.NONE;
    }
    boolean indicators = recordedBefore(e.getIndicatorsRecordedAt(), end);
    boolean evaluated = recordedBefore(e.getEvaluatedAt(), end);
    return new FinalReport.Evaluation(
        indicators ? e.getIndicatorSummary() : null,
        indicators ? e.getIndicatorTrend() : null,
        evaluated ? e.getGoalsAchieved() : null,
        evaluated ? e.getEvaluationSummary() : null);
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
  static FinalReport.Survey survey(List<SurveyAnswer> answers) {
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
