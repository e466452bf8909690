package nl.resourcegroepen.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Camunda Tasklist stays usable: shared Dutch filters per team, visible to the right groups. */
@ServiceTest
class TasklistFiltersTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;

  private final ObjectMapper json = new ObjectMapper();

  private JsonNode filters(String user) throws Exception {
    return json.readTree(Http.basic(port, user, "demo").get("/engine-rest/filter?resourceType=Task").body());
  }

  private String filterId(String user, String name) throws Exception {
    for (JsonNode filter : filters(user)) {
      if (name.equals(filter.get("name").asText())) {
        return filter.get("id").asText();
      }
    }
    return null;
  }

  @Test
  void eachTeamHasItsFiltersAndOnlyTheTeamSeesThem() throws Exception {
    assertThat(filters("carla")).extracting(f -> f.get("name").asText()).contains("Mijn taken",
        "Team: FACT-team Noord", "Te laat: FACT-team Noord", "Deze week: FACT-team Noord",
        "Escalaties: FACT-team Noord");
    assertThat(filters("anna")).extracting(f -> f.get("name").asText())
        .contains("Mijn taken", "Team: FACT-team Noord", "Te laat: FACT-team Noord")
        .doesNotContain("Escalaties: FACT-team Noord", "Team: FACT-team Zuid");
    assertThat(filters("bram")).extracting(f -> f.get("name").asText()).doesNotContain("Team: FACT-team Noord");
  }

  @Test
  void teLaatShowsTheTeamsOverdueSteps() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(60))));
    String trajectory;
    try {
      trajectory = json.readTree(Http.basic(port, "anna", "demo").postJson("/api/trajectories",
          "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Filter Laat\"}}").body()).get("id").asText();
    } finally {
      ClockUtil.reset();
    }
    Task overdue = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).singleResult();

    String lateFilter = filterId("carla", "Te laat: FACT-team Noord");
    String weekFilter = filterId("carla", "Deze week: FACT-team Noord");
    assertThat(Http.basic(port, "carla", "demo").get("/engine-rest/filter/" + lateFilter + "/list").body())
        .contains(overdue.getId());
    assertThat(Http.basic(port, "carla", "demo").get("/engine-rest/filter/" + weekFilter + "/list").body())
        .doesNotContain(overdue.getId());
  }
}
