package nl.resourcegroepen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager sees the figures of the teams they manage and of no other team: Lotte manages the two FACT
 * teams, Hanna every team. Every report, drill-down, CSV and the dashboard's team list keeps to that.
 */
@ServiceTest
class ManagerScopeTest {

  static final Set<String> FACT_TEAMS = Set.of("ggz-noord", "ggz-zuid");
  static final List<String> REPORTS = List.of("/api/reports/overdue", "/api/reports/overdue.csv",
      "/api/reports/overdue/steps", "/api/reports/overdue/steps.csv", "/api/reports/phases",
      "/api/reports/phases/durations", "/api/reports/phases/trend", "/api/reports/attention");

  @LocalServerPort
  int port;

  private final ObjectMapper json = new ObjectMapper();
  private String north;
  private String east;

  @BeforeEach
  void twoOverdueTrajectoriesInDifferentTeams() throws Exception {
    north = startOverdue("anna", "ggz-noord");
    east = startOverdue("eva", "vz-oost");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A trajectory started four months ago: its first step is overdue and it has no start meeting. */
  private String startOverdue(String user, String team) throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(120))));
    HttpResponse<String> response = Http.basic(port, user, "demo").postJson("/api/trajectories",
        "{\"team\":\"" + team + "\",\"newClient\":{\"name\":\"Bereik Cliënt\"}}");
    ClockUtil.reset();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("id").asText();
  }

  @Test
  void theDashboardOffersOnlyTheTeamsAManagerManages() throws Exception {
    assertThat(get("lotte", "/api/reports/teams")).extracting(t -> t.get("id").asText())
        .containsExactly("ggz-noord", "ggz-zuid");
    assertThat(get("lotte", "/api/reports/teams")).extracting(t -> t.get("setting").asText()).containsOnly("ggz");
    assertThat(get("hanna", "/api/reports/teams")).extracting(t -> t.get("id").asText())
        .containsExactlyInAnyOrder("ggz-noord", "ggz-zuid", "vz-oost", "jeugd-west", "wijkteam-centrum");
    assertThat(get("carla", "/api/reports/teams")).as("a team coordinator: their own team")
        .extracting(t -> t.get("id").asText()).containsExactly("ggz-noord");
    assertThat(Http.basic(port, "anna", "demo").get("/api/reports/teams").statusCode()).isEqualTo(403);
  }

  @Test
  void everyFigureAndDrillDownKeepsToTheManagedTeams() throws Exception {
    assertThat(get("lotte", "/api/reports/overdue")).extracting(r -> r.get("team").asText())
        .contains("ggz-noord").allMatch(FACT_TEAMS::contains);
    assertThat(get("hanna", "/api/reports/overdue")).extracting(r -> r.get("team").asText()).contains("vz-oost");

    assertThat(get("lotte", "/api/reports/overdue/steps")).extracting(s -> s.get("trajectoryId").asText())
        .contains(north).doesNotContain(east);
    assertThat(get("hanna", "/api/reports/overdue/steps")).extracting(s -> s.get("trajectoryId").asText())
        .contains(north, east);

    assertThat(get("lotte", "/api/reports/phases")).extracting(r -> r.get("team").asText())
        .contains("ggz-noord").allMatch(FACT_TEAMS::contains);

    for (JsonNode attention : get("lotte", "/api/reports/attention")) {
      assertThat(attention.get("trajectories")).extracting(t -> t.get("team").asText()).allMatch(FACT_TEAMS::contains);
    }
    assertThat(get("lotte", "/api/reports/attention").get(0).toString()).contains(north).doesNotContain(east);
    assertThat(get("hanna", "/api/reports/attention").get(0).toString()).contains(north, east);

    String csv = Http.basic(port, "lotte", "demo").get("/api/reports/overdue.csv").body();
    assertThat(csv.lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith("ggz-noord;") || l.startsWith("ggz-zuid;"));
    String steps = Http.basic(port, "lotte", "demo").get("/api/reports/overdue/steps.csv").body();
    assertThat(steps).doesNotContain("vz-oost");
  }

  @Test
  void timeInPhaseAndTheTrendCountOnlyTheManagedTeams() throws Exception {
    ClockUtil.setCurrentTime(new Date()); // one moment for all reports compared here
    JsonNode lotte = get("lotte", "/api/reports/phases/trend");
    JsonNode north = get("hanna", "/api/reports/phases/trend?team=ggz-noord");
    JsonNode south = get("hanna", "/api/reports/phases/trend?team=ggz-zuid");
    JsonNode all = get("hanna", "/api/reports/phases/trend");
    long lotteTotal = 0;
    long allTotal = 0;
    for (int i = 0; i < lotte.size(); i++) {
      assertThat(lotte.get(i).get("inPhase").asLong())
          .isEqualTo(north.get(i).get("inPhase").asLong() + south.get(i).get("inPhase").asLong());
      assertThat(lotte.get(i).get("reached").asLong())
          .isEqualTo(north.get(i).get("reached").asLong() + south.get(i).get("reached").asLong());
      lotteTotal += lotte.get(i).get("inPhase").asLong();
      allTotal += all.get(i).get("inPhase").asLong();
    }
    assertThat(allTotal).as("hanna also sees Verslavingszorg Oost").isGreaterThan(lotteTotal);

    assertThat(preparationStays(get("lotte", "/api/reports/phases/durations"))).isEqualTo(
        preparationStays(get("hanna", "/api/reports/phases/durations?team=ggz-noord"))
            + preparationStays(get("hanna", "/api/reports/phases/durations?team=ggz-zuid")));
  }

  @Test
  void anotherTeamIsNotThereForTheManager() {
    Http lotte = Http.basic(port, "lotte", "demo");
    for (String report : REPORTS) {
      HttpResponse<String> response = lotte.get(report + "?team=vz-oost");
      assertThat(response.statusCode()).as(report).isEqualTo(404);
      assertThat(response.body()).as(report).contains("Onbekend team of geen toegang");
      assertThat(lotte.get(report + "?team=ggz-zuid").statusCode()).as(report).isEqualTo(200);
    }
    assertThat(lotte.get("/api/trajectories/" + east).statusCode()).isEqualTo(404);
    assertThat(lotte.get("/api/trajectories/" + north).statusCode()).as("the trajectory as a figure").isEqualTo(200);
    assertThat(lotte.get("/api/trajectories/" + north + "/plan").statusCode()).as("never care content").isEqualTo(403);
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = Http.basic(port, user, "demo").get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static long preparationStays(JsonNode durations) {
    for (JsonNode d : durations) {
      if (d.get("phase").asText().equals("PREPARATION")) {
        return d.get("trajectories").asLong();
      }
    }
    return 0;
  }
}
