package nl.resourcegroepen.deployment.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.resourcegroepen.support.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The implementation lead's overview of the deployed processes: every process with its Dutch name, the
 * setting of a variant, its versions and how many trajectories run on each version. After a change to
 * Fase 1 Voorbereiding, a trajectory started before it runs on the old version and one started after it on
 * the new one, and the overview says so. One version's diagram comes with the steps trajectories wait on.
 */
@ModelChangeTest
class ProcessOverviewTest {

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyProcessWithItsSettingAndTheTrajectoriesOnEachVersion() throws Exception {
    Http ivo = Http.basic(port, "ivo", "demo");
    String before = startTrajectory("Sanne Verbeek");
    ProcessDefinition old = latest("preparation");
    HttpResponse<String> deployed = ivo.postFiles("/api/deployments", Map.of("preparation.bpmn",
        TemporaryModelFolders.edit("processes/preparation.bpmn", "name=\"Sociogram opstellen\"",
            "name=\"Sociogram opstellen met de cliënt\"")));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String after = startTrajectory("Ruben Koster");
    assertThat(preparationOf(before).getProcessDefinitionId()).isEqualTo(old.getId());

    JsonNode processes = json.readTree(ivo.get("/api/deployments/processes").body());

    Set<String> keys = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).collect(Collectors.toCollection(TreeSet::new));
    assertThat(processes.findValuesAsText("key")).containsExactlyInAnyOrderElementsOf(keys)
        .contains("resourcegroep", "preparation", "preparation-youthCare");
    assertThat(processes.get(0).get("key").asText()).as("the main process first").isEqualTo("resourcegroep");

    JsonNode preparation = process(processes, "preparation");
    assertThat(preparation.get("name").asText()).isEqualTo("Voorbereiding");
    assertThat(preparation.has("setting")).as("the shared default has no setting").isFalse();
    assertThat(preparation.get("file").asText()).isEqualTo("processes/preparation.bpmn");
    assertThat(preparation.get("latestVersion").asInt()).isEqualTo(old.getVersion() + 1);
    Map<Integer, Long> shown = new HashMap<>();
    preparation.get("versions").forEach(v -> shown.put(v.get("version").asInt(), v.get("running").asLong()));
    assertThat(shown).as("every version, counted as the engine counts its instances").isEqualTo(engineCounts("preparation"));
    assertThat(shown.get(old.getVersion() + 1)).as("only the trajectory started after the change").isEqualTo(1);
    assertThat(shown.get(old.getVersion())).isPositive();
    assertThat(preparation.get("runningOnOlderVersions").asLong())
        .isEqualTo(shown.entrySet().stream().filter(e -> e.getKey() <= old.getVersion()).mapToLong(Map.Entry::getValue).sum());
    assertThat(preparation.get("running").asLong()).isEqualTo(shown.values().stream().mapToLong(Long::longValue).sum());

    JsonNode youth = process(processes, "preparation-youthCare");
    assertThat(youth.get("name").asText()).isEqualTo("Voorbereiding (jeugd)");
    assertThat(youth.get("setting").asText()).isEqualTo("youthCare");
    assertThat(youth.get("settingName").asText()).isEqualTo("jeugd");
    assertThat(youth.get("baseKey").asText()).isEqualTo("preparation");
    assertThat(youth.get("file").asText()).isEqualTo("processes/youthCare/preparation.bpmn");

    // One version: its own diagram, and the step the new trajectory waits on.
    JsonNode version = json.readTree(ivo.get("/api/deployments/processes/preparation/versions/"
        + (old.getVersion() + 1)).body());
    assertThat(version.get("running").asLong()).isEqualTo(1);
    assertThat(version.get("bpmnXml").asText()).contains("Sociogram opstellen met de cliënt");
    assertThat(version.get("waiting")).hasSize(1);
    assertThat(version.at("/waiting/0/stepId").asText()).isEqualTo("approachClient");
    assertThat(version.at("/waiting/0/name").asText()).isEqualTo("Cliënt benaderen en motiveren");
    assertThat(version.at("/waiting/0/running").asLong()).isEqualTo(1);
    assertThat(preparationOf(after).getProcessDefinitionId()).isEqualTo(latest("preparation").getId());
    JsonNode older = json.readTree(ivo.get("/api/deployments/processes/preparation/versions/" + old.getVersion()).body());
    assertThat(older.get("bpmnXml").asText()).contains("name=\"Sociogram opstellen\"")
        .doesNotContain("Sociogram opstellen met de cliënt");
    assertThat(older.get("latestVersion").asInt()).isEqualTo(old.getVersion() + 1);

    HttpResponse<String> missing = ivo.get("/api/deployments/processes/preparation/versions/999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("heeft geen versie 999");
  }

  private String startTrajectory(String client) throws Exception {
    HttpResponse<String> started = Http.basic(port, "anna", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"" + client + "\"}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return json.readTree(started.body()).get("id").asText();
  }

  private ProcessInstance preparationOf(String trajectory) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKey("preparation").singleResult();
  }

  private Map<Integer, Long> engineCounts(String key) {
    Map<Integer, Long> counts = new HashMap<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
      counts.put(definition.getVersion(),
          runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count());
    }
    return counts;
  }

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private static JsonNode process(JsonNode processes, String key) {
    for (JsonNode process : processes) {
      if (process.get("key").asText().equals(key)) {
        return process;
      }
    }
    throw new AssertionError("no process " + key + " in " + processes.toPrettyString());
  }
}
