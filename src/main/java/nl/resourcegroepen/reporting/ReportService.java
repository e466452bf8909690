package nl.resourcegroepen.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.resourcegroepen.deadline.Deadlines;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.meeting.ResponsibleClinicianWatch;
import nl.resourcegroepen.trajectory.Phase;
import nl.resourcegroepen.trajectory.Setting;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managers' figures, counted in the database over the step deadlines and trajectories. */
@Service
class ReportService {

  record OverdueRow(String team, String setting, Phase phase, String phaseName, String stepKey, String stepName,
      long upToAWeek, long upToAMonth, long upToAQuarter, long longer, long total) {
  }

  record OverdueStep(String trajectoryId, String pseudonym, String team, String setting, Phase phase,
      String stepName, String assignee, Instant dueAt, long daysOverdue) {
  }

  record PhaseCount(String team, Phase phase, String phaseName, long trajectories) {
  }

  /** A trajectory behind a figure, by pseudonym only. */
  record TrajectoryRef(String trajectoryId, String pseudonym, String team, Phase phase, String phaseName) {
  }

  /** A point that needs a manager's attention, with the trajectories behind it. */
  record Attention(String key, String title, int count, List<TrajectoryRef> trajectories) {
    static Attention of(String key, String title, List<TrajectoryRef> trajectories) {
      return new Attention(key, title, trajectories.size(), trajectories);
    }
  }

  private static final String TRAJECTORY_REF = """
      select t.id, c.pseudonym, t.team, t.current_phase
        from trajectory t join client c on c.id = t.client_id
       where t.team in (:teams) and t.current_phase <> 'CLOSED'
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final Deadlines deadlines;
  private final ResponsibleClinicianWatch clinicianWatch;

  ReportService(NamedParameterJdbcTemplate jdbc, Deadlines deadlines, ResponsibleClinicianWatch clinicianWatch) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.clinicianWatch = clinicianWatch;
  }

  /**
   * The method's points of attention: no start meeting within the deadline, annual reviews overdue, the
   * zorgverantwoordelijke absent for too long, standard theme meetings not yet held, in-depth interviews
   * still to do. Deadlines per setting come from deadlines.dmn. A setting whose main process does not watch
   * the zorgverantwoordelijke (the wijkteam) is not counted as "zorgverantwoordelijke absent".
   */
  @Transactional(readOnly = true)
  List<Attention> attention(Set<String> teams) {
    if (teams.isEmpty()) {
      return List.of();
    }
    Instant now = EngineClock.now();
    LocalDate today = LocalDate.ofInstant(now, EngineClock.ZONE);
    MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("teams", teams)
        .addValue("now", Timestamp.from(now));
    StringBuilder startLate = new StringBuilder();
    StringBuilder clinicianAbsent = new StringBuilder();
    for (Setting setting : Setting.values()) {
      String s = setting.name();
      Map<String, Object> periods = deadlines.forSetting(setting.code());
      parameters.addValue("setting" + s, s);
      parameters.addValue("start" + s, Timestamp.from(today.minus(Period.parse(periods.get("firstMeetingDue").toString()))
          .atStartOfDay(EngineClock.ZONE).toInstant()));
      parameters.addValue("since" + s, today.minus(Period.parse(periods.get("responsibleClinicianInterval").toString())));
      startLate.append(startLate.isEmpty() ? "" : " or ")
          .append("(t.setting = :setting").append(s).append(" and t.started_at < :start").append(s).append(")");
      if (clinicianWatch.watches(setting.code())) {
        clinicianAbsent.append(clinicianAbsent.isEmpty() ? "" : " or ")
            .append("(t.setting = :setting").append(s).append(" and t.start_meeting_held_on < :since").append(s)
            .append(" and not exists (select 1 from meeting m where m.trajectory_id = t.id")
            .append(" and m.responsible_clinician_present = true and m.held_on >= :since").append(s).append("))");
      }
    }
    return List.of(
        Attention.of("startMeetingMissing", "Geen startbijeenkomst binnen de termijn (drie maanden)", refs(
            TRAJECTORY_REF + " and t.start_meeting_held_on is null and (" + startLate + ")", parameters)),
        Attention.of("annualReviewOverdue", "Jaarlijkse evaluatie te laat", refs(TRAJECTORY_REF
            + " and exists (select 1 from task_deadline d where d.trajectory_id = t.id and d.process_key = 'annualReview'"
            + " and d.ended_at is null and d.due_at < :now)", parameters)),
        Attention.of("responsibleClinicianAbsent", "Zorgverantwoordelijke twaalf maanden niet bij een bijeenkomst",
            refs(TRAJECTORY_REF + " and (" + (clinicianAbsent.isEmpty() ? "1 = 0" : clinicianAbsent) + ")", parameters)),
        Attention.of("standardThemesMissing", "Nog niet de drie standaardthemabijeenkomsten gehad", refs(TRAJECTORY_REF
            + " and t.current_phase in ('FOLLOW_UP', 'REORIENTATION')"
            + " and (select count(*) from meeting m where m.trajectory_id = t.id and m.type = 'THEME') < 3", parameters)),
        Attention.of("interviewsOutstanding", "Verdiepingsgesprekken nog te voeren", refs(TRAJECTORY_REF
            + " and exists (select 1 from member p where p.trajectory_id = t.id and p.status in ('NOMINATED', 'ACCEPTED'))",
            parameters)));
  }

  private List<TrajectoryRef> refs(String sql, MapSqlParameterSource parameters) {
    return jdbc.query(sql + " order by c.pseudonym", parameters, (rs, i) -> {
      Phase phase = Phase.valueOf(rs.getString("current_phase"));
      return new TrajectoryRef(rs.getString("id"), rs.getString("pseudonym"), rs.getString("team"), phase,
          phase.dutchName());
    });
  }

  /** Open steps past their due date, by team, setting, phase and step, counted per bucket. */
  @Transactional(readOnly = true)
  List<OverdueRow> overdue(Set<String> teams, String setting) {
    if (teams.isEmpty()) {
      return List.of();
    }
    Instant now = EngineClock.now();
    MapSqlParameterSource parameters = new MapSqlParameterSource()
        .addValue("teams", teams)
        .addValue("setting", setting)
        .addValue("now", Timestamp.from(now))
        .addValue("week", Timestamp.from(now.minus(Duration.ofDays(7))))
        .addValue("month", Timestamp.from(now.minus(Duration.ofDays(30))))
        .addValue("quarter", Timestamp.from(now.minus(Duration.ofDays(90))));
    String sql = """
        select d.team, d.setting, t.current_phase, d.step_key, d.step_name,
               sum(case when d.due_at >= :week then 1 else 0 end) as up_to_a_week,
               sum(case when d.due_at < :week and d.due_at >= :month then 1 else 0 end) as up_to_a_month,
               sum(case when d.due_at < :month and d.due_at >= :quarter then 1 else 0 end) as up_to_a_quarter,
               sum(case when d.due_at < :quarter then 1 else 0 end) as longer,
               count(*) as total
          from task_deadline d join trajectory t on t.id = d.trajectory_id
         where d.ended_at is null and d.due_at < :now and d.team in (:teams)
           and (cast(:setting as varchar(32)) is null or d.setting = :setting)
         group by d.team, d.setting, t.current_phase, d.step_key, d.step_name
         order by total desc, d.team, d.step_name
        """;
    return jdbc.query(sql, parameters, (rs, i) -> {
      Phase phase = Phase.valueOf(rs.getString("current_phase"));
      return new OverdueRow(rs.getString("team"), rs.getString("setting"), phase, phase.dutchName(),
          rs.getString("step_key"), rs.getString("step_name"), rs.getLong("up_to_a_week"),
          rs.getLong("up_to_a_month"), rs.getLong("up_to_a_quarter"), rs.getLong("longer"), rs.getLong("total"));
    });
  }

  /** How many open trajectories are in each phase, per team. */
  @Transactional(readOnly = true)
  List<PhaseCount> phases(Set<String> teams, String setting) {
    if (teams.isEmpty()) {
      return List.of();
    }
    String sql = """
        select t.team, t.current_phase, count(*) as trajectories
          from trajectory t
         where t.team in (:teams) and t.current_phase <> 'CLOSED'
           and (cast(:setting as varchar(32)) is null or t.setting = :setting)
         group by t.team, t.current_phase
         order by t.team, t.current_phase
        """;
    // The trajectory table keeps the setting by enum name, the step table by its code.
    String settingName = setting == null ? null : Setting.fromCode(setting).name();
    return jdbc.query(sql, new MapSqlParameterSource().addValue("teams", teams).addValue("setting", settingName),
        (rs, i) -> {
          Phase phase = Phase.valueOf(rs.getString("current_phase"));
          return new PhaseCount(rs.getString("team"), phase, phase.dutchName(), rs.getLong("trajectories"));
        });
  }

  record PhaseDuration(Phase phase, String phaseName, long trajectories, double medianDays, double p90Days) {
  }

  /** A phase in a month: trajectories in it at the end of the month (or now), and how many reached it. */
  record MonthCount(int year, int month, Phase phase, String phaseName, long inPhase, long reached) {
  }

  /**
   * How long trajectories spend in each phase (a phase still running counts until now): median and 90th
   * percentile in days, computed in the database.
   */
  @Transactional(readOnly = true)
  List<PhaseDuration> phaseDurations(Set<String> teams) {
    if (teams.isEmpty()) {
      return List.of();
    }
    String sql = """
        select x.phase, count(*) as trajectories,
               percentile_cont(0.5) within group (order by x.days) as median_days,
               percentile_cont(0.9) within group (order by x.days) as p90_days
          from (select p.phase,
                       (extract(epoch from coalesce(lead(p.reached_at) over (partition by p.trajectory_id
                            order by p.reached_at, p.id), :now)) - extract(epoch from p.reached_at)) / 86400.0 as days
                  from phase_transition p
                 where p.team in (:teams)) x
         where x.phase <> 'CLOSED'
         group by x.phase
        """;
    MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("teams", teams)
        .addValue("now", Timestamp.from(EngineClock.now()));
    return jdbc.query(sql, parameters, (rs, i) -> {
      Phase phase = Phase.valueOf(rs.getString("phase"));
      return new PhaseDuration(phase, phase.dutchName(), rs.getLong("trajectories"),
          Math.round(rs.getDouble("median_days") * 10) / 10.0, Math.round(rs.getDouble("p90_days") * 10) / 10.0);
    }).stream().sorted(java.util.Comparator.comparing(PhaseDuration::phase)).toList();
  }

  /**
   * The trend of every phase over the last twelve months (the current month up to now): how many
   * trajectories were in the phase at the end of each month, and how many reached it during the month.
   * Always twelve months times six phases, oldest month first; counted in the database.
   */
  @Transactional(readOnly = true)
  List<MonthCount> trend(Set<String> teams) {
    if (teams.isEmpty()) {
      return List.of();
    }
    Instant now = EngineClock.now();
    YearMonth current = YearMonth.from(LocalDate.ofInstant(now, EngineClock.ZONE));
    List<YearMonth> months = new ArrayList<>();
    MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("teams", teams);
    StringBuilder values = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      YearMonth month = current.minusMonths(11 - k);
      months.add(month);
      Instant end = month.equals(current) ? now : month.plusMonths(1).atDay(1).atStartOfDay(EngineClock.ZONE).toInstant();
      parameters.addValue("start" + k, Timestamp.from(month.atDay(1).atStartOfDay(EngineClock.ZONE).toInstant()));
      parameters.addValue("end" + k, Timestamp.from(end));
      values.append(k == 0 ? "" : ", ").append("(").append(k).append(", cast(:start").append(k)
          .append(" as timestamp), cast(:end").append(k).append(" as timestamp))");
    }
    String monthsTable = "(values " + values + ") as m(k, start_at, end_at)";
    // In a phase at the end of the month: the trajectory's last transition before then led to it.
    String inPhase = "select m.k, p.phase, count(*) as n from " + monthsTable + """
         join phase_transition p on p.reached_at < m.end_at
        where p.team in (:teams)
          and not exists (select 1 from phase_transition q
                           where q.trajectory_id = p.trajectory_id and q.reached_at < m.end_at
                             and (q.reached_at > p.reached_at or (q.reached_at = p.reached_at and q.id > p.id)))
        group by m.k, p.phase
        """;
    String reached = "select m.k, p.phase, count(*) as n from " + monthsTable + """
         join phase_transition p on p.reached_at >= m.start_at and p.reached_at < m.end_at
        where p.team in (:teams)
        group by m.k, p.phase
        """;
    Map<String, Long> atEnd = counts(inPhase, parameters);
    Map<String, Long> reachedIn = counts(reached, parameters);
    List<MonthCount> trend = new ArrayList<>();
    for (int k = 0; k < months.size(); k++) {
      for (Phase phase : Phase.values()) {
        if (phase == Phase.CLOSED) {
          continue;
        }
        String key = k + ":" + phase.name();
        trend.add(new MonthCount(months.get(k).getYear(), months.get(k).getMonthValue(), phase, phase.dutchName(),
            atEnd.getOrDefault(key, 0L), reachedIn.getOrDefault(key, 0L)));
      }
    }
    return trend;
  }

  private Map<String, Long> counts(String sql, MapSqlParameterSource parameters) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(sql, parameters, rs -> {
      counts.put(rs.getInt("k") + ":" + rs.getString("phase"), rs.getLong("n"));
    });
    return counts;
  }

  /** The steps behind a figure: which trajectories (by pseudonym), which step, how long overdue. */
  @Transactional(readOnly = true)
  List<OverdueStep> overdueSteps(Set<String> teams, String setting, Phase phase, String stepKey, OverdueBucket bucket) {
    if (teams.isEmpty()) {
      return List.of();
    }
    Instant now = EngineClock.now();
    Instant newest = bucket == null ? now : now.minus(bucket.from());
    Instant oldest = bucket == null || bucket.to() == null ? null : now.minus(bucket.to());
    MapSqlParameterSource parameters = new MapSqlParameterSource()
        .addValue("teams", teams)
        .addValue("setting", setting)
        .addValue("phase", phase == null ? null : phase.name())
        .addValue("step", stepKey)
        .addValue("newest", Timestamp.from(newest))
        .addValue("oldest", oldest == null ? null : Timestamp.from(oldest));
    String sql = """
        select d.trajectory_id, c.pseudonym, d.team, d.setting, t.current_phase, d.step_name, d.assignee, d.due_at
          from task_deadline d join trajectory t on t.id = d.trajectory_id join client c on c.id = t.client_id
         where d.ended_at is null and d.due_at < :newest and d.team in (:teams)
           and (cast(:oldest as timestamp) is null or d.due_at >= :oldest)
           and (cast(:setting as varchar(32)) is null or d.setting = :setting)
           and (cast(:phase as varchar(32)) is null or t.current_phase = :phase)
           and (cast(:step as varchar(100)) is null or d.step_key = :step)
         order by d.due_at
        """;
    return jdbc.query(sql, parameters, (rs, i) -> {
      Instant due = rs.getTimestamp("due_at").toInstant();
      return new OverdueStep(rs.getString("trajectory_id"), rs.getString("pseudonym"), rs.getString("team"),
          rs.getString("setting"), Phase.valueOf(rs.getString("current_phase")), rs.getString("step_name"),
          rs.getString("assignee"), due, Duration.between(due, now).toDays());
    });
  }
}
