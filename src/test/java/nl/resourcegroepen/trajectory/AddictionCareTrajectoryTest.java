package nl.resourcegroepen.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.support.EngineTables;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A trajectory in the verslavingszorg (team vz-oost, setting addictionCare) on the real service: the
 * signaleringsplan is a terugvalpreventieplan in the plan API, its history and the printed plan; a peer expert
 * is proposed unless the client declines; every follow-up meeting records relapse and step-up. Care content
 * stays out of the engine.
 */
@ServiceTest
class AddictionCareTrajectoryTest {

  private static final String TRIGGERS = "Geheimtrigger vrijdagmiddag in de kroeg";
  private static final String CRAVING = "Geheimcraving onrustig en slecht slapen";
  private static final String LAPSE_STEPS = "Geheimuitglijder het dezelfde dag tegen mijn moeder zeggen";
  private static final String STEP_UP = "Geheimopschaling detox bespreken met de verslavingsarts";

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  DataSource dataSource;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void relapsePreventionPlanPeerExpertAndRelapseInEveryMeeting() throws Exception {
    Http eva = Http.basic(port, "eva", "demo");
    String trajectory = start(eva, "Kees Verslaafd");
    assertThat(json.readTree(eva.get("/api/trajectories/" + trajectory).body()).get("setting").asText())
        .isEqualTo("addictionCare");

    // Fase 1 in the setting's own diagram
    complete(trajectory, "approachClient", Map.of("clientMotivated", "yes"));
    assertThat(runningProcesses(trajectory)).contains("preparation-addictionCare");
    complete(trajectory, "explainMethod", Map.of());
    complete(trajectory, "drawSociogram", Map.of());
    complete(trajectory, "chooseGoalAids", Map.of("useOrdinaryDay", false, "useQls100", false));
    complete(trajectory, "setRecoveryGoals", Map.of("longTermGoal1", "Een jaar zonder alcohol"));
    // The plan's form as Tasklist submits it, with the headings of the terugvalpreventieplan
    submitForm("eva", trajectory, "startRecoveryPlan", Map.of("earlyWarningSigns", "Ik sla de AA over",
        "triggers", TRIGGERS, "cravingSignals", CRAVING, "lapseSteps", LAPSE_STEPS,
        "relapseSteps", "Eva belt binnen een dag"));

    JsonNode plan = json.readTree(eva.get("/api/trajectories/" + trajectory + "/plan").body());
    assertThat(plan.at("/earlyWarningPlan/triggers").asText()).isEqualTo(TRIGGERS);
    assertThat(plan.at("/earlyWarningPlan/cravingSignals").asText()).isEqualTo(CRAVING);
    assertThat(plan.at("/earlyWarningPlan/lapseSteps").asText()).isEqualTo(LAPSE_STEPS);
    assertThat(plan.at("/earlyWarningPlan/relapseSteps").asText()).isEqualTo("Eva belt binnen een dag");
    assertThat(plan.at("/earlyWarningPlan/earlyWarningSigns").asText()).isEqualTo("Ik sla de AA over");

    // Editable through the plan API, with its history
    ((ObjectNode) plan.get("earlyWarningPlan")).put("triggers", TRIGGERS + " en na ruzie thuis");
    HttpResponse<String> put = put("eva", "/api/trajectories/" + trajectory + "/plan", plan.toString());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(json.readTree(put.body()).at("/earlyWarningPlan/triggers").asText()).endsWith("na ruzie thuis");
    assertThat(json.readTree(put.body()).at("/earlyWarningPlan/lapseSteps").asText()).isEqualTo(LAPSE_STEPS);
    JsonNode history = json.readTree(eva.get("/api/trajectories/" + trajectory + "/plan/history?field=triggers").body());
    assertThat(history).extracting(r -> r.get("source").asText())
        .containsExactly("api", "recovery-plan-addictionCare/startRecoveryPlan");
    assertThat(history.get(0).get("changedBy").asText()).isEqualTo("eva");
    ((ObjectNode) plan.get("earlyWarningPlan")).put("cravingSignals", "x".repeat(4001));
    HttpResponse<String> tooLong = put("eva", "/api/trajectories/" + trajectory + "/plan", plan.toString());
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Maximaal 4000 tekens");

    // No peer expert named and the client did not decline: one is proposed, the team fills in the name later
    complete(trajectory, "nominateMembers", Map.of("responsibleClinicianName", "Els Mertens",
        "peerExpertDeclined", false));
    JsonNode proposed = member(eva, trajectory, "peerExpert");
    assertThat(proposed.get("name").asText()).isEqualTo("Ervaringsdeskundige (naam volgt)");
    assertThat(proposed.get("status").asText()).isEqualTo("NOMINATED");
    assertThat(proposed.get("roleName").asText()).isEqualTo("ervaringsdeskundige");
    String membersPath = "/api/trajectories/" + trajectory + "/members/" + proposed.get("id").asText();
    assertThat(eva.patchJson(membersPath, "{\"name\":\" \"}").statusCode()).isEqualTo(400);
    assertThat(eva.patchJson(membersPath, "{\"name\":\"els mertens\"}").statusCode())
        .as("two members with one name cannot be told apart in a meeting").isEqualTo(409);
    assertThat(eva.patchJson(membersPath, "{\"name\":\"Sander\"}").body()).contains("\"name\":\"Sander\"");
    assertThat(json.readTree(eva.get(membersPath + "/history").body()))
        .extracting(c -> c.get("field").asText() + ": " + c.path("oldValue").asText(null) + " -> "
            + c.path("newValue").asText(null) + " via " + c.get("source").asText())
        .as("the rename and the proposal by the diagram are in the member's history")
        .startsWith("name: Ervaringsdeskundige (naam volgt) -> Sander via api")
        .contains("name: null -> Ervaringsdeskundige (naam volgt) via peerExpertProposal/proposePeerExpert");
    complete(trajectory, "fixFirstMeetingWeek", Map.of());

    // Fase 2: the peer expert is approached, invited and interviewed like any nominee
    complete(trajectory, "decideApproach", Map.of("approach", "phone"));
    complete(trajectory, "recordNomineeResponse", Map.of("nomineeAccepted", true, "questionnaire", "professional"));
    complete(trajectory, "planInterview", Map.of());
    complete(trajectory, "interviewProfessional", Map.of());
    complete(trajectory, "feedBackSummary", Map.of());
    assertThat(member(eva, trajectory, "peerExpert").get("status").asText()).isEqualTo("ACTIVE");

    // Fase 3: the plan is finished with the same form
    complete(trajectory, "planFirstMeeting", Map.of());
    assertThat(runningProcesses(trajectory)).contains("planning-addictionCare");
    complete(trajectory, "finishRecoveryPlan", Map.of("stepUpArrangements", STEP_UP));
    complete(trajectory, "prepareFirstMeeting", Map.of());
    complete(trajectory, "decideLocationAndFrequency", Map.of("meetingInterval", "P1M"));
    complete(trajectory, "agreeCommunication", Map.of());
    assertThat(json.readTree(eva.get("/api/trajectories/" + trajectory + "/plan").body())
        .at("/earlyWarningPlan/stepUpArrangements").asText()).isEqualTo(STEP_UP);

    // The printed plan has the terugvalpreventieplan's headings, as stored (the API's change included)
    String pdf = pdfText("eva", "/api/trajectories/" + trajectory + "/documents/recovery-plan.pdf");
    assertThat(pdf).contains("Uitlokkende situaties", TRIGGERS + " en na ruzie thuis", "Signalen van trek (craving)",
        CRAVING,
        "Wat te doen na een uitglijder:", LAPSE_STEPS, "Afspraken over opschaling:", STEP_UP);
    assertThat(pdf.indexOf(TRIGGERS)).isLessThan(pdf.indexOf(CRAVING));
    assertThat(pdf.indexOf(CRAVING)).isLessThan(pdf.indexOf(LAPSE_STEPS));

    // Fase 4 and 5: every follow-up meeting records relapse and step-up
    String today = LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE).toString();
    complete(trajectory, "holdStartMeeting", Map.of("meetingDate", today));
    complete(trajectory, "holdEvaluationAppointment", Map.of());
    complete(trajectory, "planNextMeeting", Map.of("newMembersNominated", false));
    assertThat(runningProcesses(trajectory)).contains("followUp-addictionCare");
    submitForm("eva", trajectory, "holdFollowUpMeeting", Map.of("meetingDate", today, "meetingInterval", "P1M",
        "themeRequested", false, "startReorientation", false,
        "attendance", List.of(Map.of("name", "Kees", "role", "client"), Map.of("name", "Sander", "role", "peerExpert")),
        "lapseSinceLastMeeting", true, "lapseDescription", "Geheimlapse een avond gedronken na ruzie",
        "relapseAgreements", "Geheimafspraak Sander belt op vrijdag", "stepUpAgreements", "Nog niet nodig"));

    JsonNode start = meeting(eva, trajectory, "START");
    JsonNode followUp = meeting(eva, trajectory, "FOLLOW_UP");
    assertThat(start.has("relapseReview")).as("the start meeting has no such section").isFalse();
    assertThat(followUp.at("/relapseReview/lapseSinceLastMeeting").asBoolean()).isTrue();
    assertThat(followUp.at("/relapseReview/lapseDescription").asText()).isEqualTo("Geheimlapse een avond gedronken na ruzie");
    assertThat(followUp.at("/relapseReview/relapseAgreements").asText()).isEqualTo("Geheimafspraak Sander belt op vrijdag");
    assertThat(followUp.at("/relapseReview/stepUpAgreements").asText()).isEqualTo("Nog niet nodig");
    assertThat(followUp.get("attendance")).anySatisfy(a -> assertThat(a.get("name").asText()).isEqualTo("Sander"));
    String formRoute = " via follow-up-meeting-addictionCare/holdFollowUpMeeting";
    assertThat(json.readTree(eva.get("/api/trajectories/" + trajectory + "/meetings/" + followUp.get("id").asText()
        + "/history").body()))
        .filteredOn(c -> c.get("field").asText().startsWith("relapseReview."))
        .extracting(c -> c.get("field").asText() + " via " + c.get("source").asText())
        .as("the section is in the meeting's history, from the form")
        .containsExactlyInAnyOrder("relapseReview.lapseSinceLastMeeting" + formRoute,
            "relapseReview.lapseDescription" + formRoute, "relapseReview.relapseAgreements" + formRoute,
            "relapseReview.stepUpAgreements" + formRoute);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(trajectory)
        .taskDefinitionKey("planNextMeeting").count()).as("the cycle goes on").isEqualTo(1);

    for (String content : List.of("Kees Verslaafd", "Geheimtrigger", "Geheimcraving", "Geheimuitglijder",
        "Geheimopschaling", "Geheimlapse", "Geheimafspraak", "Sander")) {
      assertThat(EngineTables.columnsContaining(dataSource, content)).as("engine tables containing %s", content)
          .isEmpty();
    }
  }

  @Test
  void aClientWhoDeclinesThePeerExpertGetsNone() throws Exception {
    Http eva = Http.basic(port, "eva", "demo");
    String trajectory = start(eva, "Lies Zonder");
    complete(trajectory, "approachClient", Map.of("clientMotivated", "yes"));
    complete(trajectory, "explainMethod", Map.of());
    complete(trajectory, "drawSociogram", Map.of());

    // A name sent along with the refusal (not possible in the form, where the field is then hidden) is ignored.
    submitForm("eva", trajectory, "nominateMembers", Map.of("peerExpertDeclined", true, "peerExpertName", "Joop",
        "peerExpertDeclineReason", "Wil het eerst zonder proberen",
        "nominees", List.of(Map.of("name", "Ria", "relationType", "family"))));

    JsonNode members = json.readTree(eva.get("/api/trajectories/" + trajectory + "/members").body());
    assertThat(members).extracting(m -> m.get("name").asText()).containsExactly("Ria");
    assertThat(runtimeService.getVariable(processOf(trajectory, "preparation-addictionCare"), "peerExpertDeclined"))
        .as("the routing flag stays for the diagram").isEqualTo(true);
  }

  @Test
  void aPeerExpertNamedInTheNominationIsNotProposedTwice() throws Exception {
    Http eva = Http.basic(port, "eva", "demo");
    String trajectory = start(eva, "Bas Dubbel");
    complete(trajectory, "approachClient", Map.of("clientMotivated", "yes"));
    complete(trajectory, "explainMethod", Map.of());
    complete(trajectory, "drawSociogram", Map.of());

    complete(trajectory, "nominateMembers", Map.of("peerExpertDeclined", false, "peerExpertName", "Joop"));

    JsonNode members = json.readTree(eva.get("/api/trajectories/" + trajectory + "/members").body());
    assertThat(members).singleElement().satisfies(m -> {
      assertThat(m.get("name").asText()).isEqualTo("Joop");
      assertThat(m.get("role").asText()).isEqualTo("peerExpert");
    });
  }

  // ------------------------------------------------------------------ helpers

  private String start(Http user, String client) throws Exception {
    HttpResponse<String> response = user.postJson("/api/trajectories",
        "{\"team\":\"vz-oost\",\"newClient\":{\"name\":\"" + client + "\"}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("id").asText();
  }

  private Task task(String trajectory, String key) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task %s; open are %s", key, taskService.createTaskQuery()
        .processInstanceBusinessKey(trajectory).list().stream().map(Task::getTaskDefinitionKey).toList()).isNotNull();
    return task;
  }

  private void complete(String trajectory, String key, Map<String, Object> variables) {
    taskService.complete(task(trajectory, key).getId(), variables);
  }

  /** Submits a task's form as Tasklist does, through the engine REST API. */
  private void submitForm(String user, String trajectory, String key, Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof List<?> list
        ? Map.of("value", write(list), "type", "Json")
        : Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
    HttpResponse<String> response = Http.basic(port, user, "demo").postJson(
        "/engine-rest/task/" + task(trajectory, key).getId() + "/submit-form", write(Map.of("variables", variables)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode member(Http user, String trajectory, String role) throws Exception {
    for (JsonNode member : json.readTree(user.get("/api/trajectories/" + trajectory + "/members").body())) {
      if (role.equals(member.get("role").asText())) {
        return member;
      }
    }
    throw new AssertionError("no member with role " + role);
  }

  private JsonNode meeting(Http user, String trajectory, String type) throws Exception {
    for (JsonNode meeting : json.readTree(user.get("/api/trajectories/" + trajectory + "/meetings").body())) {
      if (type.equals(meeting.get("type").asText())) {
        return meeting;
      }
    }
    throw new AssertionError("no meeting of type " + type);
  }

  /** The keys of the process definitions running for the trajectory. */
  private List<String> runningProcesses(String trajectory) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory).list().stream()
        .map(p -> repositoryService.getProcessDefinition(p.getProcessDefinitionId()).getKey()).toList();
  }

  private String processOf(String trajectory, String key) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKey(key).singleResult().getId();
  }

  private HttpResponse<String> put(String user, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic(user)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The text of a PDF, with each run of white space as one space (wrapped lines join up again). */
  private String pdfText(String user, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic(user)).header("Accept", "application/pdf").build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
