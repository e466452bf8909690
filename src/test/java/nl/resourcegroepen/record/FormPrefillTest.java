package nl.resourcegroepen.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The plan is edited over years, not re-typed: forms open with what was entered before. */
@ServiceTest
class FormPrefillTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theRecoveryPlanOpensWithTheGoalsSetEarlierButTheEngineDoesNotHoldThem() throws Exception {
    Http anna = Http.basic(port, "anna", "demo");
    String trajectory = json.readTree(anna.postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Lotte Plan\"}}").body()).get("id").asText();
    complete(trajectory, "approachClient", Map.of("clientMotivated", "yes"));
    complete(trajectory, "explainMethod", Map.of());
    complete(trajectory, "drawSociogram", Map.of());
    complete(trajectory, "chooseGoalAids", Map.of("useOrdinaryDay", false, "useQls100", false));
    complete(trajectory, "setRecoveryGoals", Map.of("longTermGoal1", "Mijn rijbewijs halen",
        "shortTermGoal1", "Ondersteuning bij de huishouding"));

    Task plan = task(trajectory, "startRecoveryPlan");
    JsonNode variables = json.readTree(anna.get("/engine-rest/task/" + plan.getId() + "/form-variables").body());
    assertThat(variables.at("/longTermGoal1/value").asText()).isEqualTo("Mijn rijbewijs halen");
    assertThat(variables.at("/shortTermGoal1/value").asText()).isEqualTo("Ondersteuning bij de huishouding");
    assertThat(runtimeService.getVariables(plan.getProcessInstanceId())).doesNotContainKey("longTermGoal1");

    Http browser = Http.loggedIn(port, "anna", "demo");
    JsonNode inTasklist = json.readTree(browser.get("/camunda/api/engine/engine/default/task/" + plan.getId()
        + "/form-variables").body());
    assertThat(inTasklist.at("/longTermGoal1/value").asText()).isEqualTo("Mijn rijbewijs halen");

    assertThat(Http.basic(port, "bram", "demo").get("/engine-rest/task/" + plan.getId() + "/form-variables")
        .body()).as("another team learns nothing").doesNotContain("rijbewijs");
    Task week = task(trajectory, "nominateMembers");
    assertThat(anna.get("/engine-rest/task/" + week.getId() + "/form-variables").body())
        .as("a form that is not carried over starts blank").doesNotContain("rijbewijs");
  }

  private Task task(String trajectory, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key).singleResult();
  }

  private void complete(String trajectory, String key, Map<String, Object> variables) {
    taskService.complete(task(trajectory, key).getId(), variables);
  }
}
