package nl.resourcegroepen.deployment.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.trajectory.ProcessVariants;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process that is in use cannot be removed: not while trajectories run on it, not while another
 * process calls it, never the main process, and not by a change that quietly drops it from the folder.
 * A process that nobody uses any more can be removed: its diagram leaves the folder and it can no
 * longer be started.
 */
@ModelChangeTest
class RemoveProcessTest {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ProcessVariants variants;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aProcessThatTrajectoriesRunOnAndAnotherProcessCallsIsNotRemoved() throws Exception {
    startTrajectory();

    HttpResponse<String> response = ivo().delete("/api/deployments/processes/preparation");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    String problems = json.readTree(response.body()).get("problems").toString();
    assertThat(problems).contains("Proces 'preparation' verdwijnt met deze wijziging, maar er",
        "Het aangeroepen proces 'preparation' bestaat niet");
    assertThat(TemporaryModelFolders.exists("processes/preparation.bpmn")).isTrue();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("preparation").suspended().count())
        .isZero();
  }

  @Test
  void theMainProcessIsNeverRemoved() {
    HttpResponse<String> response = ivo().delete("/api/deployments/processes/resourcegroep");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("Het hoofdproces 'resourcegroep' kan niet worden verwijderd");
  }

  @Test
  void aChangeThatDropsAProcessInUseFromTheFolderIsRefused() throws Exception {
    startTrajectory();
    Map<String, byte[]> renamed = Map.of("preparation.bpmn",
        TemporaryModelFolders.editAll("processes/preparation.bpmn", "\"preparation\"", "\"preparationNew\""));

    HttpResponse<String> response = ivo().postFiles("/api/deployments", renamed);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.body()).contains("Proces 'preparation' verdwijnt met deze wijziging");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("preparationNew").count()).isZero();
  }

  @Test
  void aProcessNobodyUsesIsRemovedAndCannotBeStartedAnyMore() throws Exception {
    HttpResponse<String> deployed = ivo().postFiles("/api/deployments",
        Map.of("check-in.bpmn", TemporaryModelFolders.resource("check-in.bpmn")));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    JsonNode result = json.readTree(deployed.body());
    assertThat(result.at("/deployed/0/name").asText()).isEqualTo("processes/check-in.bpmn");
    assertThat(result.at("/deployed/0/definitions/0/key").asText()).isEqualTo("checkIn");
    String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("checkIn")
        .latestVersion().singleResult().getDeploymentId();
    assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
        .as("the form travels with the diagram").contains("processes/check-in.bpmn", "forms/communication.form");

    ProcessInstance running = runtimeService.startProcessInstanceByKey("checkIn", "RG-TEST",
        Map.of("team", "ggz-noord", "careCoordinator", "anna"));
    HttpResponse<String> refused = ivo().delete("/api/deployments/processes/checkIn");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("loopt nog 1 traject");

    runtimeService.deleteProcessInstance(running.getId(), "test");
    HttpResponse<String> removed = ivo().delete("/api/deployments/processes/checkIn");

    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(json.readTree(removed.body()).get("removedFile").asText()).isEqualTo("processes/check-in.bpmn");
    assertThat(TemporaryModelFolders.exists("processes/check-in.bpmn")).isFalse();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("checkIn").active().count()).isZero();
  }

  @Test
  void aRemovedSettingVariantGivesWayToTheDefault() {
    assertThat(variants.process("warmHandover", "neighbourhoodTeam")).isEqualTo("warmHandover-neighbourhoodTeam");

    HttpResponse<String> removed = ivo().delete("/api/deployments/processes/warmHandover-neighbourhoodTeam");

    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(variants.process("warmHandover", "neighbourhoodTeam")).isEqualTo("warmHandover");
  }

  @Test
  void anUnknownProcessIsNotFound() {
    assertThat(ivo().delete("/api/deployments/processes/doesNotExist").statusCode()).isEqualTo(404);
  }

  private Http ivo() {
    return Http.basic(port, "ivo", "demo");
  }

  private void startTrajectory() {
    HttpResponse<String> started = Http.basic(port, "anna", "demo")
        .postJson("/api/trajectories", "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Daan Hoekstra\"}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
  }
}
