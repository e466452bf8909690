package nl.resourcegroepen.deployment.change;

import static nl.resourcegroepen.deployment.change.TemporaryModelFolders.edit;
import static nl.resourcegroepen.deployment.change.TemporaryModelFolders.editAll;
import static nl.resourcegroepen.deployment.change.TemporaryModelFolders.read;
import static nl.resourcegroepen.deployment.change.TemporaryModelFolders.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.resourcegroepen.support.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An implementation lead who breaks a diagram or form gets a clear Dutch explanation with the file and
 * element, from the validate endpoint and from the deploy endpoint (422), and nothing is deployed or
 * written: the engine has no new deployment and the model folders are unchanged.
 */
@ModelChangeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenModelsTest {

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  TaskService taskService;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  void aTrajectoryWaitsOnItsFirstStep() throws Exception {
    HttpResponse<String> started = Http.basic(port, "anna", "demo")
        .postJson("/api/trajectories", "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Sanne Kuipers\"}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    String trajectory = json.readTree(started.body()).get("id").asText();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey("approachClient")
        .count()).isEqualTo(1);
  }

  static Stream<Arguments> brokenModels() {
    String checkIn = new String(resource("check-in.bpmn"), StandardCharsets.UTF_8);
    String planning = read("processes/planning.bpmn");
    return Stream.of(
        broken("a task refers to a form that does not exist",
            Map.of("planning.bpmn", edit("processes/planning.bpmn", "camunda:formRef=\"first-meeting-date\"",
                "camunda:formRef=\"first-meeting-day\"")),
            "processes/planning.bpmn", "planFirstMeeting", "Formulier 'first-meeting-day' bestaat niet"),
        broken("a service task calls a bean that is no building block",
            Map.of("resourcegroep.bpmn", edit("processes/resourcegroep.bpmn", "${applyDeadlines}", "${dataSource}")),
            "processes/resourcegroep.bpmn", "determineDeadlines", "Onbekende bouwsteen 'dataSource'"),
        broken("a diagram without layout",
            Map.of("check-in.bpmn", bytes(checkIn.replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", ""))),
            "processes/check-in.bpmn", "checkIn", "geen tekening"),
        broken("a step on which a trajectory waits is renamed",
            Map.of("preparation.bpmn", editAll("processes/preparation.bpmn", "\\bapproachClient\\b", "contactClient")),
            "processes/preparation.bpmn", "approachClient", "niet naar de nieuwe versie"),
        broken("malformed XML",
            Map.of("planning.bpmn", bytes(planning.substring(0, planning.length() / 2))),
            "processes/planning.bpmn", null, "Het diagram is geen geldige XML (regel "),
        broken("a script task",
            Map.of("check-in.bpmn", bytes(checkIn
                .replaceAll("<bpmn:userTask id=\"contactClient\"[^>]*>", "<bpmn:scriptTask id=\"contactClient\" "
                    + "name=\"Contact opnemen\" scriptFormat=\"groovy\" camunda:resource=\"deployment://evil.groovy\">")
                .replace("</bpmn:userTask>", "</bpmn:scriptTask>"))),
            "processes/check-in.bpmn", "contactClient", "Scripts zijn niet toegestaan"),
        broken("a condition written as a script",
            Map.of("check-in.bpmn", bytes(checkIn.replace("<bpmn:sequenceFlow id=\"toCheckInDone\" sourceRef=\"contactClient\" targetRef=\"checkInDone\" />",
                "<bpmn:sequenceFlow id=\"toCheckInDone\" sourceRef=\"contactClient\" targetRef=\"checkInDone\">"
                    + "<bpmn:conditionExpression xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true</bpmn:conditionExpression>"
                    + "</bpmn:sequenceFlow>"))),
            "processes/check-in.bpmn", "toCheckInDone", "Scripts zijn niet toegestaan (taal 'javascript')"),
        broken("an expression calls a bean that is no building block",
            Map.of("check-in.bpmn", bytes(checkIn.replace("camunda:candidateGroups=\"${team}\"",
                "camunda:candidateGroups=\"${teams.coordinatorsOf(team)}\""))),
            "processes/check-in.bpmn", "contactClient", "roept 'teams' aan, maar dat is geen bouwsteen"),
        broken("an expression reaches the engine behind the execution",
            Map.of("check-in.bpmn", bytes(checkIn.replace("camunda:assignee=\"${careCoordinator}\"",
                "camunda:assignee=\"${execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId()}\""))),
            "processes/check-in.bpmn", "contactClient", "reikt naar de engine"),
        broken("a listener with a Java class",
            Map.of("check-in.bpmn", bytes(checkIn.replace("<bpmn:incoming>toContactClient</bpmn:incoming>",
                "<bpmn:extensionElements><camunda:taskListener class=\"com.example.Evil\" event=\"create\" />"
                    + "</bpmn:extensionElements><bpmn:incoming>toContactClient</bpmn:incoming>"))),
            "processes/check-in.bpmn", "contactClient", "geen Java-klasse"),
        broken("a call activity calls a process that does not exist",
            Map.of("resourcegroep.bpmn", editAll("processes/resourcegroep.bpmn",
                "(calledElement=\"[^\"]*)annualReview", "$1annualRevue")),
            "processes/resourcegroep.bpmn", "annualReview", "Het aangeroepen proces 'annualRevue' bestaat niet"),
        broken("a message that no process waits for",
            Map.of("start-meeting.bpmn", edit("processes/start-meeting.bpmn", "name=\"StartMeetingHeld\"",
                "name=\"StartMeetingDone\"")),
            "processes/start-meeting.bpmn", "startMeetingHeld", "'StartMeetingDone' wordt door geen enkel proces ontvangen"),
        broken("a form that is no valid JSON",
            Map.of("communication.form", bytes(read("forms/communication.form").substring(0, 200))),
            "forms/communication.form", null, "geen geldige JSON"),
        broken("two forms with the same id",
            Map.of("communication-copy.form", bytes(read("forms/communication.form"))),
            "forms/communication.form", "communication",
            "Formulier-id 'communication' komt twee keer voor: forms/communication-copy.form en forms/communication.form"),
        broken("a gateway the engine refuses (a second way out without condition)",
            Map.of("resourcegroep.bpmn", editAll("processes/resourcegroep.bpmn",
                "(?s)(<bpmn:sequenceFlow id=\"clientDoesNotWantGroup\"[^>]*>)\\s*<bpmn:conditionExpression[^<]*</bpmn:conditionExpression>",
                "$1")),
            "processes/resourcegroep.bpmn", "clientWantsGroup", "De engine weigert"),
        broken("a file that is no model",
            Map.of("notes.txt", bytes("nieuwe stap toevoegen")),
            "notes.txt", null, "Onbekend soort bestand"),
        broken("a name that points outside the model folders",
            Map.of("../../evil.bpmn", bytes(checkIn)),
            "../../evil.bpmn", null, "niet buiten de map"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenModels")
  void isRejectedWithAClearMessageAndNothingIsDeployed(String what, Map<String, byte[]> files, String file,
      String elementId, String message) throws Exception {
    Map<String, String> folders = TemporaryModelFolders.snapshot();
    long deployments = repositoryService.createDeploymentQuery().count();

    HttpResponse<String> validation = Http.basic(port, "ivo", "demo").postFiles("/api/deployments/validate", files);
    assertThat(validation.statusCode()).as(validation.body()).isEqualTo(200);
    JsonNode report = json.readTree(validation.body());
    assertThat(report.get("valid").asBoolean()).as(validation.body()).isFalse();
    assertProblem(report.get("problems"), file, elementId, message);

    HttpResponse<String> deployment = Http.basic(port, "ivo", "demo").postFiles("/api/deployments", files);
    assertThat(deployment.statusCode()).as(deployment.body()).isEqualTo(422);
    assertThat(deployment.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode refused = json.readTree(deployment.body());
    assertThat(refused.get("detail").asText()).contains("niet uitgerold", "Er is niets gewijzigd");
    assertProblem(refused.get("problems"), file, elementId, message);

    assertThat(repositoryService.createDeploymentQuery().count()).as("no deployment").isEqualTo(deployments);
    assertThat(TemporaryModelFolders.snapshot()).as("the model folders are unchanged").isEqualTo(folders);
  }

  @Test
  void aZipOfTheModelFoldersAsTheyAreIsValidAndChangesNothing() throws Exception {
    Map<String, byte[]> folders = new LinkedHashMap<>();
    TemporaryModelFolders.snapshot().keySet().stream().filter(f -> !f.endsWith(".md"))
        .forEach(f -> folders.put(f, bytes(read(f))));

    HttpResponse<String> validation = Http.basic(port, "ivo", "demo")
        .postFiles("/api/deployments/validate", Map.of("models.zip", TemporaryModelFolders.zip(folders)));

    JsonNode report = json.readTree(validation.body());
    assertThat(report.get("valid").asBoolean()).as(validation.body()).isTrue();
    assertThat(report.get("wouldDeploy")).as("nothing changed, so nothing would be deployed").isEmpty();
  }

  @Test
  void aBrokenFileInAZipIsNamedByItsPlaceInTheFolders() throws Exception {
    byte[] zip = TemporaryModelFolders.zip(Map.of(
        "processes/planning.bpmn", edit("processes/planning.bpmn", "camunda:formRef=\"first-meeting-date\"",
            "camunda:formRef=\"first-meeting-day\""),
        "forms/communication.form", bytes(read("forms/communication.form")),
        "README.md", bytes("niet uitrollen")));

    JsonNode report = json.readTree(Http.basic(port, "ivo", "demo")
        .postFiles("/api/deployments/validate", Map.of("wijziging.zip", zip)).body());

    assertThat(report.get("valid").asBoolean()).isFalse();
    assertProblem(report.get("problems"), "processes/planning.bpmn", "planFirstMeeting", "bestaat niet");
    assertThat(report.get("problems").findValuesAsText("severity")).contains("warning");
  }

  private static void assertProblem(JsonNode problems, String file, String elementId, String message) {
    assertThat(problems).as("problems").isNotNull();
    assertThat(problems).as(problems.toPrettyString()).anySatisfy(problem -> {
      assertThat(problem.path("file").asText()).isEqualTo(file);
      assertThat(problem.path("elementId").asText(null)).isEqualTo(elementId);
      assertThat(problem.path("message").asText()).contains(message);
      assertThat(problem.path("severity").asText()).isEqualTo("error");
    });
  }

  private static Arguments broken(String what, Map<String, byte[]> files, String file, String elementId, String message) {
    return Arguments.of(what, files, file, elementId, message);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
