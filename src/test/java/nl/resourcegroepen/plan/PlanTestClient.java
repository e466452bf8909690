package nl.resourcegroepen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.support.Http;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Starts trajectories, completes their tasks and calls the plan API, as the tests of this package need. */
final class PlanTestClient {

  final ObjectMapper json = new ObjectMapper();
  private final int port;
  private final TaskService taskService;

  PlanTestClient(int port, TaskService taskService) {
    this.port = port;
    this.taskService = taskService;
  }

  String startTrajectory(String client) {
    return read(Http.basic(port, "anna", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"" + client + "\"}}")).get("id").asText();
  }

  Task task(String trajectory, String key) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task %s; open are %s", key, taskService.createTaskQuery()
        .processInstanceBusinessKey(trajectory).list().stream().map(Task::getTaskDefinitionKey).toList()).isNotNull();
    return task;
  }

  /** Completes a task in Java, without a logged-in user (the submitter is then the assignee). */
  void complete(String trajectory, String key, Map<String, Object> variables) {
    taskService.complete(task(trajectory, key).getId(), variables);
  }

  /** Submits a task's form as Tasklist does, through the engine REST API, as the given user. */
  void submit(String user, String trajectory, String key, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof List<?> list
        ? Map.of("value", write(list), "type", "Json")
        : Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
    HttpResponse<String> response = Http.basic(port, user, "demo").postJson(
        "/engine-rest/task/" + task(trajectory, key).getId() + "/submit-form", write(Map.of("variables", variables)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  HttpResponse<String> get(String user, String path) {
    return Http.basic(port, user, "demo").get(path);
  }

  HttpResponse<String> put(String user, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Phase 1 up to (not including) the recovery-plan tasks. */
  void preparationUntilGoals(String trajectory) {
    complete(trajectory, "approachClient", Map.of("clientMotivated", "yes"));
    complete(trajectory, "explainMethod", Map.of());
    complete(trajectory, "drawSociogram", Map.of());
    complete(trajectory, "chooseGoalAids", Map.of("useOrdinaryDay", false, "useQls100", false));
  }
}
