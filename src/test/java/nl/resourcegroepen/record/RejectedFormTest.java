package nl.resourcegroepen.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A form that breaks a rule of the method is refused with a clear Dutch message; the task stays open. */
@ServiceTest
class RejectedFormTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  FormSubmissionRepository submissions;

  @Test
  void theInboxShowsTheRuleAndKeepsTheTaskOpen() throws Exception {
    String trajectory = new ObjectMapper().readTree(Http.basic(port, "anna", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Regel Cliënt\"}}").body()).get("id").asText();
    taskService.complete(task(trajectory, "approachClient").getId(), Map.of("clientMotivated", "yes"));
    taskService.complete(task(trajectory, "explainMethod").getId(), Map.of());
    Task sociogram = task(trajectory, "drawSociogram");
    int stored = submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(trajectory).size();

    HttpResponse<String> refused = Http.basic(port, "anna", "demo").postJson(
        "/api/inbox/tasks/" + sociogram.getId() + "/complete",
        "{\"sociogramPeople\":[{\"relationDescription\":\"zus\"}]}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Het sociogram is niet opgeslagen", "Persoon 1: vul een naam in",
        "sociogramPeople[0].name");
    assertThat(task(trajectory, "drawSociogram")).as("the task stays open").isNotNull();
    assertThat(submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(trajectory)).as("nothing stored")
        .hasSize(stored);
  }

  private Task task(String trajectory, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key).singleResult();
  }
}
