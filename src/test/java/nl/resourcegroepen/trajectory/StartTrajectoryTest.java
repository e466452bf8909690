package nl.resourcegroepen.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A care coordinator starts a trajectory for a client; the first tasks of phase 1 appear for the team. */
@ServiceTest
class StartTrajectoryTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TrajectoryRepository trajectories;

  private final ObjectMapper json = new ObjectMapper();

  private JsonNode start(String user, String body) throws Exception {
    HttpResponse<String> response = Http.basic(port, user, "demo").postJson("/api/trajectories", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  @Test
  void startingATrajectoryStartsTheMainProcessWithTheTrajectoryAsBusinessKey() throws Exception {
    JsonNode trajectory = start("anna", "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Teun Veldman\"}}");

    String id = trajectory.get("id").asText();
    assertThat(trajectory.at("/client/name").asText()).isEqualTo("Teun Veldman");
    assertThat(trajectory.at("/client/pseudonym").asText()).matches("RG-[A-Z2-9]{6}");
    assertThat(trajectory.get("setting").asText()).isEqualTo("ggz");
    assertThat(trajectory.get("careCoordinator").asText()).isEqualTo("anna");
    assertThat(trajectory.at("/currentPhase/code").asText()).isEqualTo("PREPARATION");
    assertThat(trajectory.at("/currentPhase/name").asText()).isEqualTo("Voorbereiding");

    ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("resourcegroep").singleResult();
    assertThat(main).isNotNull();
    assertThat(runtimeService.getVariables(main.getId())).containsEntry("trajectoryId", id)
        .containsEntry("team", "ggz-noord").containsEntry("teamCoordinators", "ggz-noord-coordinatie")
        .containsEntry("careCoordinator", "anna").containsKey("firstMeetingDue")
        .doesNotContainValue("Teun Veldman");

    Task first = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    assertThat(first.getName()).isEqualTo("Cliënt benaderen en motiveren");
    assertThat(first.getAssignee()).isEqualTo("anna");
    assertThat(taskService.createTaskQuery().taskId(first.getId()).taskCandidateGroup("ggz-noord")
        .includeAssignedTasks().count()).isEqualTo(1);
    assertThat(first.getDueDate()).isNotNull();

    JsonNode read = json.readTree(Http.basic(port, "anna", "demo").get("/api/trajectories/" + id).body());
    assertThat(read.at("/phases/0/name").asText()).isEqualTo("Voorbereiding");
  }

  @Test
  void theTeamSeesItsTasksInTheEngineApiAndAnotherTeamDoesNot() throws Exception {
    String id = start("anna", "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Mila Bos\"}}").get("id").asText();
    Task first = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();

    assertThat(Http.basic(port, "anna", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + id).body())
        .contains(first.getId());
    assertThat(Http.basic(port, "carla", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + id).body())
        .as("team coordinator of the same team").contains(first.getId());
    assertThat(Http.basic(port, "bram", "demo").get("/engine-rest/task?processInstanceBusinessKey=" + id).body())
        .as("another team").doesNotContain(first.getId());
    assertThat(Http.basic(port, "bram", "demo").get("/engine-rest/task/" + first.getId()).statusCode())
        .as("not even its existence is revealed").isEqualTo(404);
    assertThat(Http.basic(port, "bram", "demo").get("/api/trajectories/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void aTrajectoryCanBeStartedForAnExistingClientAndAnotherCareCoordinator() throws Exception {
    JsonNode first = start("carla", "{\"team\":\"ggz-noord\",\"careCoordinator\":\"anna\",\"newClient\":{\"name\":\"Sam de Graaf\",\"birthDate\":\"1990-04-01\"}}");
    String pseudonym = first.at("/client/pseudonym").asText();

    JsonNode second = start("carla", "{\"team\":\"ggz-noord\",\"careCoordinator\":\"anna\",\"clientPseudonym\":\"" + pseudonym + "\"}");

    assertThat(second.at("/client/id").asText()).isEqualTo(first.at("/client/id").asText());
    assertThat(second.get("careCoordinator").asText()).isEqualTo("anna");
  }

  @Test
  void badRequestsGetAClearDutchErrorAndNothingIsStored() {
    long trajectoriesBefore = trajectories.count();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    Http anna = Http.basic(port, "anna", "demo");

    HttpResponse<String> noTeam = anna.postJson("/api/trajectories", "{\"newClient\":{\"name\":\"X\"}}");
    assertThat(noTeam.statusCode()).isEqualTo(400);
    assertThat(noTeam.body()).contains("Kies een team");

    HttpResponse<String> noName = anna.postJson("/api/trajectories", "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\" \"}}");
    assertThat(noName.statusCode()).isEqualTo(400);
    assertThat(noName.body()).contains("newClient.name").contains("Vul de naam van de cliënt in");

    assertThat(anna.postJson("/api/trajectories", "{\"team\":\"ggz-noord\",").statusCode()).isEqualTo(400);
    HttpResponse<String> badSetting = anna.postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"setting\":\"mars\",\"newClient\":{\"name\":\"X\"}}");
    assertThat(badSetting.statusCode()).isEqualTo(400);
    assertThat(badSetting.body()).contains("Onbekende setting");

    HttpResponse<String> unknownTeam = anna.postJson("/api/trajectories", "{\"team\":\"nergens\",\"newClient\":{\"name\":\"X\"}}");
    assertThat(unknownTeam.statusCode()).isEqualTo(422);
    assertThat(unknownTeam.body()).contains("Onbekend team");

    HttpResponse<String> otherTeam = anna.postJson("/api/trajectories", "{\"team\":\"ggz-zuid\",\"newClient\":{\"name\":\"X\"}}");
    assertThat(otherTeam.statusCode()).isEqualTo(403);

    HttpResponse<String> wrongCoordinator = anna.postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"careCoordinator\":\"bram\",\"newClient\":{\"name\":\"X\"}}");
    assertThat(wrongCoordinator.statusCode()).isEqualTo(422);
    assertThat(wrongCoordinator.body()).contains("hoort niet bij");

    HttpResponse<String> both = anna.postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"clientPseudonym\":\"RG-AAAAAA\",\"newClient\":{\"name\":\"X\"}}");
    assertThat(both.statusCode()).isEqualTo(422);

    HttpResponse<String> tooLong = anna.postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"" + "x".repeat(201) + "\"}}");
    assertThat(tooLong.statusCode()).isEqualTo(400);

    assertThat(trajectories.count()).isEqualTo(trajectoriesBefore);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void tasklistShowsTheTaskWithItsDutchCamundaForm() throws Exception {
    String id = start("anna", "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Fenna Kok\"}}").get("id").asText();
    Task first = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
    Http browser = Http.loggedIn(port, "anna", "demo");

    HttpResponse<String> form = browser.get("/camunda/api/engine/engine/default/task/" + first.getId() + "/deployed-form");

    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    JsonNode schema = json.readTree(form.body());
    assertThat(schema.get("id").asText()).isEqualTo("client-approach");
    assertThat(schema.toString()).contains("Wil de cliënt een resourcegroep starten?");
    assertThat(browser.get("/camunda/api/engine/engine/default/task/" + first.getId() + "/form-variables").statusCode())
        .isEqualTo(200);
  }

  @Test
  void completingPhaseOneMovesTheTrajectoryToPhaseTwoWithATaskPerNominee() throws Exception {
    String id = start("anna", "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Joris Mol\"}}").get("id").asText();
    complete(id, "approachClient", java.util.Map.of("clientMotivated", "yes"));
    complete(id, "explainMethod", java.util.Map.of());
    complete(id, "drawSociogram", java.util.Map.of());
    complete(id, "chooseGoalAids", java.util.Map.of("useOrdinaryDay", false, "useQls100", false));
    complete(id, "setRecoveryGoals", java.util.Map.of());
    complete(id, "startRecoveryPlan", java.util.Map.of());
    complete(id, "nominateMembers", java.util.Map.of("nominees", org.camunda.bpm.engine.variable.Variables.objectValue(
        java.util.List.of(java.util.Map.of("name", "Rachid", "relationType", "significantOther"),
            java.util.Map.of("name", "Wieke", "relationType", "family")))
        .serializationDataFormat("application/json").create()));
    complete(id, "fixFirstMeetingWeek", java.util.Map.of());

    JsonNode trajectory = json.readTree(Http.basic(port, "anna", "demo").get("/api/trajectories/" + id).body());
    assertThat(trajectory.at("/currentPhase/code").asText()).isEqualTo("IN_DEPTH");
    assertThat(trajectory.get("phases")).hasSize(2);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("decideApproach").list())
        .hasSize(2).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo("anna"));
  }

  private void complete(String trajectoryId, String taskKey, java.util.Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(trajectoryId).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    taskService.complete(task.getId(), variables);
  }

  @Test
  void withoutAStartMeetingAfterThreeMonthsTheTrajectoryShowsAsOverdue() throws Exception {
    String id = start("anna", "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Ilse Laat\"}}").get("id").asText();
    JsonNode fresh = json.readTree(Http.basic(port, "anna", "demo").get("/api/trajectories/" + id).body());
    java.time.Instant due = java.time.Instant.parse(fresh.at("/deadlines/firstMeetingDue").asText());
    assertThat(due).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(88)),
        java.time.Instant.now().plus(java.time.Duration.ofDays(93)));
    assertThat(fresh.at("/deadlines/startMeetingLate").asBoolean()).isFalse();
    assertThat(fresh.at("/deadlines/overdueSteps").asLong()).isZero();

    try {
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(due.plus(java.time.Duration.ofDays(1))));
      JsonNode later = json.readTree(Http.basic(port, "anna", "demo").get("/api/trajectories/" + id).body());
      assertThat(later.at("/deadlines/startMeetingLate").asBoolean()).isTrue();
      assertThat(later.at("/deadlines/overdueSteps").asLong()).isEqualTo(1);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  @Test
  void anUnknownTrajectoryIs404() {
    HttpResponse<String> response = Http.basic(port, "anna", "demo").get("/api/trajectories/onbekend");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("bestaat niet");
  }
}
