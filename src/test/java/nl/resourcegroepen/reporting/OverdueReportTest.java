package nl.resourcegroepen.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Set;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.PhaseStays;
import nl.resourcegroepen.trajectory.Phase;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Managers see which steps are overdue, where and for how long. Trajectories are started at known
 * moments in the past (by moving the engine clock), so the answers are known.
 */
@ServiceTest
class OverdueReportTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;

  private final ObjectMapper json = new ObjectMapper();
  @Autowired
  private JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Starts a trajectory for team ggz-zuid whose first step fell due {@code overdue} ago. */
  private String startOverdue(Duration overdue) throws Exception {
    Instant now = Instant.now();
    // The first step is due six weeks after the start (deadlines.dmn: preparationDue P6W).
    Instant started = now.minus(overdue).minus(Duration.ofDays(42));
    ClockUtil.setCurrentTime(Date.from(started));
    String id = json.readTree(Http.basic(port, "bram", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-zuid\",\"newClient\":{\"name\":\"Rapport Cliënt\"}}").body()).get("id").asText();
    ClockUtil.reset();
    Task first = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    assertThat(Duration.between(first.getDueDate().toInstant(), now).toDays())
        .isBetween(overdue.toDays() - 1, overdue.toDays() + 1);
    return id;
  }

  @Test
  void overdueStepsAreCountedPerBucketAndDrillDownToTheTrajectories() throws Exception {
    JsonNode before = json.readTree(Http.basic(port, "kees", "demo").get("/api/reports/overdue?team=ggz-zuid").body());
    long weekBefore = count(before, "upToAWeek");
    long monthBefore = count(before, "upToAMonth");
    long longerBefore = count(before, "longer");

    startOverdue(Duration.ofDays(3));
    startOverdue(Duration.ofDays(20));
    String longest = startOverdue(Duration.ofDays(120));

    JsonNode report = json.readTree(Http.basic(port, "kees", "demo").get("/api/reports/overdue?team=ggz-zuid").body());
    assertThat(count(report, "upToAWeek")).isEqualTo(weekBefore + 1);
    assertThat(count(report, "upToAMonth")).isEqualTo(monthBefore + 1);
    assertThat(count(report, "longer")).isEqualTo(longerBefore + 1);
    JsonNode row = report.get(0);
    assertThat(row.get("team").asText()).isEqualTo("ggz-zuid");
    assertThat(row.get("phaseName").asText()).isEqualTo("Voorbereiding");
    assertThat(row.get("stepName").asText()).isEqualTo("Cliënt benaderen en motiveren");

    JsonNode steps = json.readTree(Http.basic(port, "kees", "demo")
        .get("/api/reports/overdue/steps?team=ggz-zuid&step=approachClient&bucket=90%2B").body());
    assertThat(steps).anySatisfy(s -> {
      assertThat(s.get("trajectoryId").asText()).isEqualTo(longest);
      assertThat(s.get("pseudonym").asText()).startsWith("RG-");
      assertThat(s.get("daysOverdue").asLong()).isBetween(119L, 121L);
    });
    assertThat(steps.toString()).as("figures, not names").doesNotContain("Rapport Cliënt");
  }

  @Test
  void aTrajectoryWithoutStartMeetingAfterThreeMonthsNeedsAttention() throws Exception {
    String late = startOverdue(Duration.ofDays(60));
    String fresh = json.readTree(Http.basic(port, "bram", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-zuid\",\"newClient\":{\"name\":\"Nieuw Cliënt\"}}").body()).get("id").asText();

    JsonNode attention = json.readTree(Http.basic(port, "kees", "demo").get("/api/reports/attention").body());

    assertThat(attention).extracting(a -> a.get("key").asText()).containsExactly("startMeetingMissing",
        "annualReviewOverdue", "responsibleClinicianAbsent", "standardThemesMissing", "interviewsOutstanding");
    JsonNode missing = attention.get(0);
    assertThat(missing.get("title").asText()).contains("startbijeenkomst");
    assertThat(missing.get("trajectories")).extracting(t -> t.get("trajectoryId").asText())
        .contains(late).doesNotContain(fresh);
    assertThat(missing.get("count").asInt()).isEqualTo(missing.get("trajectories").size());
    assertThat(missing.toString()).doesNotContain("Cliënt");
  }

  @Test
  void trajectoriesAreCountedPerPhase() throws Exception {
    long before = preparation(json.readTree(Http.basic(port, "kees", "demo").get("/api/reports/phases?team=ggz-zuid").body()));
    startOverdue(Duration.ofDays(1));

    JsonNode phases = json.readTree(Http.basic(port, "kees", "demo").get("/api/reports/phases?team=ggz-zuid&setting=ggz").body());

    assertThat(preparation(phases)).isEqualTo(before + 1);
    assertThat(Http.basic(port, "kees", "demo").get("/api/reports/phases?setting=mars").statusCode()).isEqualTo(400);
  }

  @Test
  void timeInPhaseIsComputedInTheDatabase() throws Exception {
    startOverdue(Duration.ofDays(18));
    // One moment for the report and the expectation (other tests' trajectories share the database).
    Instant now = Instant.now();
    ClockUtil.setCurrentTime(Date.from(now));
    List<Double> stays = PhaseStays.days(jdbc, Set.of("ggz-zuid"), now).get(Phase.PREPARATION);
    assertThat(stays).as("this trajectory has been in phase 1 for 60 days").anySatisfy(d -> assertThat(d).isCloseTo(60, within(0.01)));

    JsonNode durations = json.readTree(Http.basic(port, "kees", "demo").get("/api/reports/phases/durations?team=ggz-zuid").body());
    assertThat(durations).anySatisfy(d -> {
      assertThat(d.get("phase").asText()).isEqualTo("PREPARATION");
      assertThat(d.get("trajectories").asLong()).isEqualTo(stays.size());
      assertThat(d.get("medianDays").asDouble()).isCloseTo(PhaseStays.percentile(stays, 0.5), within(0.051));
      assertThat(d.get("p90Days").asDouble()).isCloseTo(PhaseStays.percentile(stays, 0.9), within(0.051));
    });
  }

  @Test
  void theTrendCountsEveryPhaseAtTheEndOfEachOfTheLastTwelveMonths() throws Exception {
    // One moment for the whole test, so no month ends between the two reports.
    Date frozen = new Date();
    ClockUtil.setCurrentTime(frozen);
    YearMonth now = YearMonth.from(frozen.toInstant().atZone(EngineClock.ZONE));
    JsonNode before = trend();
    assertThat(before).as("twelve months times six phases").hasSize(72);
    assertThat(before.get(0).get("month").asInt()).isEqualTo(now.minusMonths(11).getMonthValue());
    assertThat(before.get(71).get("month").asInt()).isEqualTo(now.getMonthValue());

    // A trajectory started on the 15th, two months ago, and still in phase 1.
    Instant started = now.minusMonths(2).atDay(15).atTime(12, 0).atZone(EngineClock.ZONE).toInstant();
    ClockUtil.setCurrentTime(Date.from(started));
    Http.basic(port, "bram", "demo").postJson("/api/trajectories", "{\"team\":\"ggz-zuid\",\"newClient\":{\"name\":\"Trend Cliënt\"}}");
    ClockUtil.setCurrentTime(frozen);

    JsonNode after = trend();
    for (int i = 0; i < 72; i++) {
      JsonNode was = before.get(i);
      JsonNode is = after.get(i);
      YearMonth month = YearMonth.of(is.get("year").asInt(), is.get("month").asInt());
      boolean preparation = is.get("phase").asText().equals("PREPARATION");
      assertThat(is.get("inPhase").asLong() - was.get("inPhase").asLong()).as("in phase at the end of " + month)
          .isEqualTo(preparation && !month.isBefore(now.minusMonths(2)) ? 1 : 0);
      assertThat(is.get("reached").asLong() - was.get("reached").asLong()).as("reached in " + month)
          .isEqualTo(preparation && month.equals(now.minusMonths(2)) ? 1 : 0);
    }
  }

  private JsonNode trend() throws Exception {
    return json.readTree(Http.basic(port, "kees", "demo").get("/api/reports/phases/trend?team=ggz-zuid").body());
  }

  private static long preparation(JsonNode phases) {
    for (JsonNode row : phases) {
      if ("PREPARATION".equals(row.get("phase").asText())) {
        assertThat(row.get("phaseName").asText()).isEqualTo("Voorbereiding");
        return row.get("trajectories").asLong();
      }
    }
    return 0;
  }

  @Test
  void theReportDownloadsAsCsvForASpreadsheet() throws Exception {
    startOverdue(Duration.ofDays(10));

    HttpResponse<String> csv = Http.basic(port, "hanna", "demo").get("/api/reports/overdue.csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).contains("te-late-stappen.csv"));
    assertThat(csv.body().lines().findFirst()).hasValueSatisfying(header -> assertThat(header)
        .contains("team;setting;fase;stap;1 tot 7 dagen;8 tot 30 dagen;31 tot 90 dagen;meer dan 90 dagen;totaal"));
    assertThat(csv.body()).contains("ggz-zuid;ggz;Voorbereiding;Cliënt benaderen en motiveren;");
  }

  @Test
  void onlyManagersAndTeamCoordinatorsSeeReportsAndOnlyForTheirTeams() {
    assertThat(Http.basic(port, "anna", "demo").get("/api/reports/overdue").statusCode()).isEqualTo(403);
    assertThat(Http.basic(port, "kees", "demo").get("/api/reports/overdue?team=ggz-noord").statusCode()).isEqualTo(404);
    assertThat(Http.basic(port, "kees", "demo").get("/api/reports/overdue/steps?bucket=ooit").statusCode()).isEqualTo(400);
    assertThat(new Http(port).get("/api/reports/overdue").statusCode()).isEqualTo(401);
  }

  private static long count(JsonNode report, String bucket) {
    long total = 0;
    for (JsonNode row : report) {
      if ("approachClient".equals(row.get("stepKey").asText())) {
        total += row.get(bucket).asLong();
      }
    }
    return total;
  }
}
