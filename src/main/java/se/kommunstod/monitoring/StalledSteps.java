package se.kommunstod.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.security.Role;

/**
 * THE rule of what is stalled, in one place, as one SQL statement over Camunda's runtime tables:
 *
 * <ul>
 *   <li>a user task whose due date has passed, or that has been idle (no change since it was
 *       created or last updated) longer than its step's {@code stallAfter} (default {@code
 *       kommunstod.monitoring.default-stall-after});
 *   <li>an open incident (a root cause, not the copies the engine puts on calling processes);
 *   <li>a timer whose due date passed more than {@code timer-grace} ago and that has not fired
 *       (still has retries: a timer out of retries is an incident);
 *   <li>a message the process waits for (intermediate catch event, receive task; a boundary or
 *       event-subprocess message only if its model sets {@code stallAfter}) for longer than {@code
 *       stallAfter}.
 * </ul>
 *
 * Each stalled step has a moment it passed its limit ({@code stalled_at}); worst first means
 * earliest {@code stalled_at} first, and "days past limit" is counted from it.
 *
 * <p>The per-step limits come from the models ({@link ModelSteps}) as a small inline {@code VALUES}
 * table of only the steps that differ from the default.
 */
@Repository
public class StalledSteps {

  /** Days-past-limit buckets of the summary: 0–7, 8–30, 31–90, over 90. */
  public static final List<String> BUCKETS = List.of("0–7", "8–30", "31–90", ">90");

  private static final int[] BUCKET_STARTS = {8, 31, 91};

  private final NamedParameterJdbcTemplate jdbc;
  private final ModelSteps models;
  private final MonitoringProperties properties;
  private final SqlDialect dialect;
  private final String publicUrl;

  public StalledSteps(
      NamedParameterJdbcTemplate jdbc,
      DataSource dataSource,
      ModelSteps models,
      MonitoringProperties properties,
      @Value("${kommunstod.public-url:}") String publicUrl) {
    this.jdbc = jdbc;
    this.models = models;
    this.properties = properties;
    this.dialect = SqlDialect.of(dataSource);
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /**
   * A page of stalled steps, worst first. {@code hasMore}: a next page exists. (How many there are
   * in all is the summary's {@code total}: counting needs every stalled row, a page does not.)
   */
  public record Page(List<StalledStep> items, boolean hasMore, int page, int size) {}

  /** Counts per step and municipality, each with its days-past-limit buckets. */
  public record Count(
      StallKind kind,
      String process,
      String processName,
      String step,
      String stepName,
      String municipality,
      long count,
      long[] buckets) {}

  /**
   * @param tenants the municipalities the asker may see, or null for all
   */
  public Page page(StallFilter filter, Collection<String> tenants, int page, int size) {
    Instant now = EngineTime.now();
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = pageSql(filter, tenants, now, page, size, params);
    if (sql == null) {
      return new Page(List.of(), false, page, size);
    }
    List<StalledStep> items = new ArrayList<>(jdbc.query(sql, params, (rs, n) -> toStep(rs, now)));
    boolean hasMore = items.size() > size;
    if (hasMore) {
      items.remove(size);
    }
    return new Page(items, hasMore, page, size);
  }

  /**
   * The SQL of a page (one more row than the page size: is there a next page?), or null if nothing
   * can match.
   */
  public String pageSql(
      StallFilter filter,
      Collection<String> tenants,
      Instant now,
      int page,
      int size,
      MapSqlParameterSource params) {
    long wanted = (long) (page + 1) * size + 1;
    String stalled = stalledSql(filter, tenants, now, params, wanted);
    if (stalled == null) {
      return null;
    }
    params.addValue("limit", size + 1).addValue("offset", (long) page * size);
    return stalled
        + """
        select s.*, e.business_key_ as business_key, m.name as municipality_name,
          (select min(g.group_id_) from act_ru_identitylink g
            where g.task_id_ = s.ref_id and g.type_ = 'candidate' and g.group_id_ is not null) as role
        from (select st.* from stalled st order by st.stalled_at, st.ref_id limit :limit offset :offset) s
        left join act_ru_execution e on e.id_ = s.proc_inst_id
        left join municipality m on m.code = s.municipality
        order by s.stalled_at, s.ref_id""";
  }

  public long count(StallFilter filter, Collection<String> tenants) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String stalled = stalledSql(filter, tenants, EngineTime.now(), params, null);
    if (stalled == null) {
      return 0;
    }
    Long n = jdbc.queryForObject(stalled + " select count(*) from stalled", params, Long.class);
    return n == null ? 0 : n;
  }

  /** Stalled steps counted per (kind, process, step, municipality) with age buckets. */
  public List<Count> counts(StallFilter filter, Collection<String> tenants) {
    Instant now = EngineTime.now();
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = summarySql(filter, tenants, now, params);
    if (sql == null) {
      return List.of();
    }
    return jdbc.query(
        sql,
        params,
        (rs, n) -> {
          ModelSteps.Definition definition = models.definition(rs.getString("proc_def_id"));
          long[] buckets = new long[BUCKETS.size()];
          for (int i = 0; i < buckets.length; i++) {
            buckets[i] = rs.getLong("b" + i);
          }
          String step = rs.getString("step");
          return new Count(
              StallKind.valueOf(rs.getString("kind")),
              definition == null ? null : definition.key(),
              definition == null ? null : definition.name(),
              step,
              definition == null ? step : definition.stepName(step),
              rs.getString("municipality"),
              rs.getLong("n"),
              buckets);
        });
  }

  /** The summary SQL, for EXPLAIN in the benchmark. */
  public String summarySql(
      StallFilter filter, Collection<String> tenants, Instant now, MapSqlParameterSource params) {
    String stalled = stalledSql(filter, tenants, now, params, null);
    if (stalled == null) {
      return null;
    }
    StringBuilder sql =
        new StringBuilder(stalled)
            .append(" select kind, proc_def_id, step, municipality, count(*) as n");
    for (int i = 0; i < BUCKETS.size(); i++) {
      String lower = i < BUCKET_STARTS.length ? "stalled_at > :bucket" + i : null;
      String upper = i > 0 ? "stalled_at <= :bucket" + (i - 1) : null;
      String condition =
          lower != null && upper != null ? lower + " and " + upper : lower != null ? lower : upper;
      sql.append(", sum(case when ").append(condition).append(" then 1 else 0 end) as b").append(i);
    }
    for (int i = 0; i < BUCKET_STARTS.length; i++) {
      params.addValue("bucket" + i, Timestamp.from(now.minus(Duration.ofDays(BUCKET_STARTS[i]))));
    }
    sql.append(" from stalled group by kind, proc_def_id, step, municipality");
    return sql.toString();
  }

  /**
   * The common table expression {@code stalled}: every stalled step the filter and tenants allow,
   * with columns kind, ref_id, proc_inst_id, proc_def_id, step, municipality, since, stalled_at.
   * Null when nothing can match (no visible municipality, unknown process).
   *
   * <p>With {@code topK} (a page), user tasks are first narrowed to candidates through indexes: the
   * {@code topK} earliest due dates, per step with its own limit the {@code topK} longest idle, and
   * the {@code topK} longest idle of all steps with the default limit. The worst {@code topK}
   * stalled tasks are always among them (a task's stalled_at is its due date or its idle start plus
   * its limit), so a page never has to look at every open task.
   */
  private String stalledSql(
      StallFilter filter,
      Collection<String> tenants,
      Instant now,
      MapSqlParameterSource params,
      Long topK) {
    if (tenants != null && tenants.isEmpty()) {
      return null;
    }
    List<ModelSteps.Definition> definitions = models.all();
    List<String> definitionIds = null;
    if (filter.process() != null) {
      definitionIds =
          definitions.stream()
              .filter(d -> d.key().equals(filter.process()))
              .map(ModelSteps.Definition::id)
              .toList();
      if (definitionIds.isEmpty()) {
        return null;
      }
      params.addValue("definitionIds", definitionIds);
    }
    Instant threshold =
        filter.minDaysPastLimit() == null
            ? now
            : now.minus(Duration.ofDays(filter.minDaysPastLimit()));
    Instant timerThreshold =
        threshold.isBefore(now.minus(properties.timerGrace()))
            ? threshold
            : now.minus(properties.timerGrace());
    params
        .addValue("threshold", Timestamp.from(threshold))
        .addValue("timerThreshold", Timestamp.from(timerThreshold))
        .addValue("defaultSpan", dialect.span(properties.defaultStallAfter()))
        .addValue(
            "defaultIdleBefore", Timestamp.from(threshold.minus(properties.defaultStallAfter())));
    if (tenants != null) {
      params.addValue("tenants", tenants);
    }
    if (filter.municipality() != null) {
      params.addValue("municipality", filter.municipality());
    }
    if (filter.step() != null) {
      params.addValue("step", filter.step());
    }
    if (filter.role() != null) {
      params.addValue("role", filter.role());
    }

    // per step that differs from the default: its span and the moment before which waiting means
    // stalled
    StringBuilder sql =
        new StringBuilder("with limits (proc_def_id, act_id, kind, span, idle_before) as (values ");
    sql.append(limitRows(definitions, threshold, params)).append("),\nstalled as (\n");

    String idleStart = "coalesce(t.last_updated_, t.create_time_)";
    String idleAt =
        dialect.plusSpan(
            idleStart, "coalesce(l.span, cast(:defaultSpan as " + dialect.spanType() + "))");
    sql.append(
            "select 'USER_TASK' as kind, t.id_ as ref_id, t.proc_inst_id_ as proc_inst_id, t.proc_def_id_ as proc_def_id,")
        .append(" t.task_def_key_ as step, t.tenant_id_ as municipality, t.create_time_ as since,")
        .append(" case when t.due_date_ is not null and t.due_date_ < ")
        .append(idleAt)
        .append(" then t.due_date_ else ")
        .append(idleAt)
        .append(" end as stalled_at")
        .append(
            " from act_ru_task t left join limits l on l.kind = 'USER_TASK' and l.proc_def_id = t.proc_def_id_")
        .append(" and l.act_id = t.task_def_key_")
        .append(" where (t.due_date_ <= :threshold or ")
        .append(idleStart)
        .append(" <= coalesce(l.idle_before, :defaultIdleBefore))")
        .append(restrictions("t.tenant_id_", "t.proc_def_id_", "t.task_def_key_", filter, tenants));
    if (topK != null) {
      sql.append(" and t.id_ in (")
          .append(taskCandidates(definitions, filter, tenants, threshold, topK, params))
          .append(")");
    }
    if (filter.role() != null) {
      sql.append(
              " and exists (select 1 from act_ru_identitylink g where g.task_id_ = t.id_ and g.type_ = 'candidate'")
          .append(" and g.group_id_ = :role)");
    } else {
      // only user tasks have a role
      sql.append("\nunion all\n")
          .append(
              "select 'INCIDENT', i.id_, i.proc_inst_id_, i.proc_def_id_, i.activity_id_, i.tenant_id_,")
          .append(" i.incident_timestamp_, i.incident_timestamp_ from act_ru_incident i")
          .append(
              " where i.id_ = i.root_cause_incident_id_ and i.incident_timestamp_ <= :threshold")
          .append(restrictions("i.tenant_id_", "i.proc_def_id_", "i.activity_id_", filter, tenants))
          .append("\nunion all\n")
          .append(
              "select 'TIMER', j.id_, j.process_instance_id_, j.process_def_id_, d.act_id_, j.tenant_id_,")
          .append(" coalesce(j.create_time_, j.duedate_), j.duedate_")
          .append(" from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_")
          .append(" where j.type_ = 'timer' and j.retries_ > 0 and j.suspension_state_ = 1")
          .append(" and j.duedate_ <= :timerThreshold")
          .append(restrictions("j.tenant_id_", "j.process_def_id_", "d.act_id_", filter, tenants))
          .append("\nunion all\n");
      String messageAt = dialect.plusSpan("s.created_", "l.span");
      sql.append(
              "select 'MESSAGE', s.id_, s.proc_inst_id_, x.proc_def_id_, s.activity_id_, s.tenant_id_, s.created_, ")
          .append(messageAt)
          .append(" from act_ru_event_subscr s join act_ru_execution x on x.id_ = s.execution_id_")
          .append(
              " join limits l on l.kind = 'MESSAGE' and l.proc_def_id = x.proc_def_id_ and l.act_id = s.activity_id_")
          .append(" where s.event_type_ = 'message' and s.created_ <= l.idle_before")
          .append(
              restrictions("s.tenant_id_", "x.proc_def_id_", "s.activity_id_", filter, tenants));
    }
    sql.append("\n)\n");
    return sql.toString();
  }

  /** Ids of the user tasks that can be among the worst {@code topK}: see {@link #stalledSql}. */
  private String taskCandidates(
      List<ModelSteps.Definition> definitions,
      StallFilter filter,
      Collection<String> tenants,
      Instant threshold,
      long topK,
      MapSqlParameterSource params) {
    params.addValue("topK", topK);
    String restrictions =
        restrictions("c.tenant_id_", "c.proc_def_id_", "c.task_def_key_", filter, tenants)
            + (filter.role() == null
                ? ""
                : " and exists (select 1 from act_ru_identitylink g where g.task_id_ = c.id_"
                    + " and g.type_ = 'candidate' and g.group_id_ = :role)");
    List<String> parts = new ArrayList<>();
    parts.add(
        "select id_ from (select c.id_ from act_ru_task c where c.due_date_ <= :threshold"
            + restrictions
            + " order by c.due_date_ limit :topK) due_first");
    // each step with an explicit idle limit: its longest idle (index on step and idle start);
    // every other step has the default limit: the longest idle of all of them (index on idle start)
    String idle = "coalesce(c.last_updated_, c.create_time_)";
    List<String> allExplicit = new ArrayList<>();
    for (ModelSteps.Definition definition : definitions) {
      for (ModelSteps.Step step : definition.steps().values()) {
        if (step.userTask() && step.stallAfter() != null) {
          int i = allExplicit.size();
          params
              .addValue("cd" + i, definition.id())
              .addValue("ca" + i, step.activityId())
              .addValue("cb" + i, Timestamp.from(threshold.minus(step.stallAfter())));
          String member = "(c.task_def_key_ = :ca" + i + " and c.proc_def_id_ = :cd" + i + ")";
          allExplicit.add(member);
          parts.add(
              "select id_ from (select c.id_ from act_ru_task c where c.task_def_key_ = :ca"
                  + i
                  + " and c.proc_def_id_ = :cd"
                  + i
                  + " and "
                  + idle
                  + " <= :cb"
                  + i
                  + restrictions
                  + " order by "
                  + idle
                  + " limit :topK) idle_"
                  + i);
        }
      }
    }
    parts.add(
        "select id_ from (select c.id_ from act_ru_task c where "
            + idle
            + " <= :defaultIdleBefore"
            + (allExplicit.isEmpty()
                ? ""
                : " and not (c.proc_def_id_ is not null and ("
                    + String.join(" or ", allExplicit)
                    + "))")
            + restrictions
            + " order by "
            + idle
            + " limit :topK) idle_default");
    return String.join(" union ", parts);
  }

  private static String restrictions(
      String tenantColumn,
      String definitionColumn,
      String stepColumn,
      StallFilter filter,
      Collection<String> tenants) {
    StringBuilder where = new StringBuilder();
    if (tenants != null) {
      where.append(" and ").append(tenantColumn).append(" in (:tenants)");
    }
    if (filter.municipality() != null) {
      where.append(" and ").append(tenantColumn).append(" = :municipality");
    }
    if (filter.process() != null) {
      where.append(" and ").append(definitionColumn).append(" in (:definitionIds)");
    }
    if (filter.step() != null) {
      where.append(" and ").append(stepColumn).append(" = :step");
    }
    return where.toString();
  }

  /** The steps whose limit is not the task default: explicit user-task limits and message waits. */
  private String limitRows(
      List<ModelSteps.Definition> definitions, Instant threshold, MapSqlParameterSource params) {
    List<String> rows = new ArrayList<>();
    for (ModelSteps.Definition definition : definitions) {
      for (ModelSteps.Step step : definition.steps().values()) {
        Duration limit = null;
        String kind = null;
        if (step.userTask() && step.stallAfter() != null) {
          limit = step.stallAfter();
          kind = StallKind.USER_TASK.name();
        } else if (step.messageWait() || step.optionalMessage() && step.stallAfter() != null) {
          limit = step.stallAfter() != null ? step.stallAfter() : properties.defaultStallAfter();
          kind = StallKind.MESSAGE.name();
        }
        if (limit != null) {
          int i = rows.size();
          params
              .addValue("ld" + i, definition.id())
              .addValue("la" + i, step.activityId())
              .addValue("lk" + i, kind)
              .addValue("ls" + i, dialect.span(limit))
              .addValue("lb" + i, Timestamp.from(threshold.minus(limit)));
          rows.add(
              "(cast(:ld"
                  + i
                  + " as varchar(64)), cast(:la"
                  + i
                  + " as varchar(255)), cast(:lk"
                  + i
                  + " as varchar(16)), cast(:ls"
                  + i
                  + " as "
                  + dialect.spanType()
                  + "), cast(:lb"
                  + i
                  + " as timestamp))");
        }
      }
    }
    if (rows.isEmpty()) {
      rows.add(
          "(cast(null as varchar(64)), cast(null as varchar(255)), cast(null as varchar(16)), cast(null as "
              + dialect.spanType()
              + "), cast(null as timestamp))");
    }
    return String.join(", ", rows);
  }

  private StalledStep toStep(ResultSet rs, Instant now) throws SQLException {
    StallKind kind = StallKind.valueOf(rs.getString("kind"));
    String id = rs.getString("ref_id");
    String instanceId = rs.getString("proc_inst_id");
    ModelSteps.Definition definition = models.definition(rs.getString("proc_def_id"));
    String step = rs.getString("step");
    Instant since = instant(rs.getTimestamp("since"));
    Instant stalledAt = instant(rs.getTimestamp("stalled_at"));
    long days = stalledAt == null ? 0 : Math.max(0, Duration.between(stalledAt, now).toDays());
    String cockpit =
        instanceId == null
            ? null
            : publicUrl
                + "/camunda/app/cockpit/default/#/process-instance/"
                + instanceId
                + "/runtime";
    String link =
        kind == StallKind.USER_TASK
            ? publicUrl + "/camunda/app/tasklist/default/#/?task=" + id
            : cockpit;
    String role = rs.getString("role");
    String municipality = rs.getString("municipality");
    String municipalityName = rs.getString("municipality_name");
    return new StalledStep(
        kind,
        kind.label(),
        id,
        municipality,
        municipalityName == null ? municipality : municipalityName,
        definition == null ? null : definition.key(),
        definition == null ? null : definition.name(),
        instanceId,
        rs.getString("business_key"),
        step,
        definition == null ? step : definition.stepName(step),
        role,
        roleName(role),
        since,
        stalledAt,
        days,
        link,
        cockpit);
  }

  private static String roleName(String groupId) {
    if (groupId == null) {
      return null;
    }
    for (Role role : Role.values()) {
      if (role.groupId().equals(groupId)) {
        return role.displayName();
      }
    }
    return groupId;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
