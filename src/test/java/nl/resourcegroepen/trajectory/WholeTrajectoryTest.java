package nl.resourcegroepen.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.member.MemberStatus;
import nl.resourcegroepen.support.EngineTables;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One trajectory through all six phases on the real service, with the real building blocks, deadlines
 * and forms' routing flags: what a care coordinator does from the first conversation to the warm
 * handover.
 */
@ServiceTest
class WholeTrajectoryTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  MemberRepository members;
  @Autowired
  javax.sql.DataSource dataSource;

  private final ObjectMapper json = new ObjectMapper();
  private String trajectory;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTrajectoryGoesFromPreparationToWarmHandover() throws Exception {
    trajectory = json.readTree(Http.basic(port, "anna", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Teun Doorloper\"}}").body()).get("id").asText();

    // Fase 1 Voorbereiding
    complete("approachClient", Map.of("clientMotivated", "yes"));
    complete("explainMethod", Map.of());
    assertThatThrownBy(() -> complete("drawSociogram", Map.of("sociogramPeople",
        json(List.of(Map.of("relationDescription", "zus"))))))
        .as("a person without a name is refused").hasMessageContaining("Persoon 1: vul een naam in");
    complete("drawSociogram", Map.of("sociogramPeople", json(List.of(
        Map.of("name", "Wieke", "relationDescription", "zus", "relationType", "family", "closeness", "close",
            "possibleMember", true),
        Map.of("name", "Jan", "relationDescription", "buurman", "relationType", "significantOther",
            "closeness", "distant", "possibleMember", false)))));
    complete("chooseGoalAids", Map.of("useOrdinaryDay", true, "useQls100", false));
    complete("fillOrdinaryDay", Map.of());
    complete("setRecoveryGoals", Map.of("longTermGoal1", "Geheimdoel rijbewijs halen"));
    complete("startRecoveryPlan", Map.of("earlyWarningSigns", "Geheimsignaal stemmen horen"));
    complete("nominateMembers", Map.of("responsibleClinicianName", "Jetske",
        "nominees", json(List.of(Map.of("name", "Wieke", "relationType", "family")))));
    complete("fixFirstMeetingWeek", Map.of());
    assertPhase("IN_DEPTH");

    // Fase 2 Verdieping: one nominee, invited by letter, accepts, in-depth interview for family
    complete("decideApproach", Map.of("approach", "letter"));
    complete("sendInvitationLetter", Map.of());
    complete("recordNomineeResponse", Map.of("nomineeAccepted", true, "questionnaire", "family"));
    assertThat(task("planInterview").getDueDate()).isNotNull();
    complete("planInterview", Map.of());
    complete("interviewFamily", Map.of("signsOfDecline", "Geheimnotitie trekt zich terug"));
    complete("feedBackSummary", Map.of());
    assertThat(members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectory))
        .extracting(m -> m.getName() + ":" + m.getStatus())
        .containsExactlyInAnyOrder("Wieke:" + MemberStatus.ACTIVE, "Jetske:" + MemberStatus.ACTIVE);
    assertPhase("PLANNING");

    // Fase 3 Planning
    complete("planFirstMeeting", Map.of());
    complete("finishRecoveryPlan", Map.of());
    complete("prepareFirstMeeting", Map.of());
    complete("decideLocationAndFrequency", Map.of("meetingInterval", "P2M"));
    complete("agreeCommunication", Map.of());
    assertPhase("START");

    // Fase 4 Start: the start meeting stops the three-month watch
    String today = LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE).toString();
    assertThatThrownBy(() -> complete("holdStartMeeting", Map.of("meetingDate", today,
        "agreements", json(List.of(Map.of("who", "Wieke", "what", "Samen boodschappen doen"))))))
        .as("an agreement must name a goal").hasMessageContaining("kies het doel");
    assertThatThrownBy(() -> complete("holdStartMeeting", Map.of("meetingDate", today,
        "attendance", json(List.of(Map.of("name", "Oom Kees", "role", "family"))))))
        .as("only members of the group attend its meetings").hasMessageContaining("geen lid van de resourcegroep");
    complete("holdStartMeeting", Map.of("meetingDate", today, "responsibleClinicianPresent", true,
        "chairFormal", "Teun", "minuteTaker", "Wieke", "minutes", "Kennismaking en afspraken",
        "attendance", json(List.of(Map.of("name", "Teun", "role", "client"), Map.of("name", "Wieke", "role", "family"))),
        "agreements", json(List.of(Map.of("goal", "shortTermGoal1", "who", "Wieke", "what", "Samen boodschappen doen",
            "deadline", today)))));
    ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKey("resourcegroep").singleResult();
    assertThat(runtimeService.getActiveActivityIds(main.getId()))
        .contains("annualReviewDue", "clinicianCheckDue").doesNotContain("firstMeetingDeadline");
    JsonNode afterStart = json.readTree(Http.basic(port, "anna", "demo").get("/api/trajectories/" + trajectory).body());
    assertThat(afterStart.at("/deadlines/startMeetingHeldOn").asText()).isEqualTo(today);
    assertThat(afterStart.at("/deadlines/startMeetingLate").asBoolean()).isFalse();
    assertThat(json.readTree(Http.basic(port, "anna", "demo").get("/api/trajectories/" + trajectory + "/steps").body()))
        .extracting(step -> step.get("name").asText()).contains("Evaluatieafspraak cliënt en regieondersteuner");
    Task evaluation = task("holdEvaluationAppointment");
    assertThat(evaluation.getDueDate()).isAfter(new Date());
    complete("holdEvaluationAppointment", Map.of());
    assertPhase("FOLLOW_UP");

    // Fase 5: the three standard theme meetings start on their own, the meeting uses the chosen frequency
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKey("themeMeeting").count()).isEqualTo(3);
    complete("planNextMeeting", Map.of("newMembersNominated", false));
    Task meeting = task("holdFollowUpMeeting");
    assertThat(meeting.getDueDate()).isAfter(Date.from(ZonedDateTime.now(EngineClock.ZONE).plusDays(55).toInstant()))
        .isBefore(Date.from(ZonedDateTime.now(EngineClock.ZONE).plusDays(65).toInstant()));

    // A year later: the annual review is due, and the zorgverantwoordelijke has not been seen for twelve months
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.now(EngineClock.ZONE).plusMonths(12).plusDays(2).toInstant()));
    managementService.createJobQuery().processInstanceId(main.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    assertThat(task("reviewWithClient")).isNotNull();
    assertThat(task("inviteResponsibleClinician").getAssignee()).isEqualTo("anna");

    complete("holdFollowUpMeeting", Map.of("meetingDate", today, "meetingInterval", "P3M",
        "themeRequested", false, "startReorientation", true));
    assertPhase("REORIENTATION");

    // Fase 6 Heroriëntatie with warm handover; the group stops
    complete("discussComposition", Map.of());
    complete("discussStepDown", Map.of("reorientationOutcome", "handover"));
    complete("recordRelapseSteps", Map.of());
    complete("organiseHandoverMeeting", Map.of());
    complete("holdHandoverMeeting", Map.of("meetingDate", today));
    complete("closeHandover", Map.of("groupContinues", false));

    assertPhase("CLOSED");
    Http anna = Http.basic(port, "anna", "demo");
    JsonNode wieke = null;
    for (JsonNode member : json.readTree(anna.get("/api/trajectories/" + trajectory + "/members").body())) {
      if ("Wieke".equals(member.get("name").asText())) {
        wieke = member;
      }
    }
    assertThat(wieke.get("interviewed").asBoolean()).isTrue();
    assertThat(wieke.get("joinedAt").asText()).isNotBlank();
    String membersPath = "/api/trajectories/" + trajectory + "/members/";
    assertThat(anna.patchJson(membersPath + wieke.get("id").asText(), "{\"status\":\"LEFT\"}").body())
        .contains("\"status\":\"LEFT\"", "\"leftAt\"");
    assertThat(anna.patchJson(membersPath + wieke.get("id").asText(), "{\"status\":\"NOMINATED\"}").statusCode())
        .isEqualTo(400);
    assertThat(anna.patchJson(membersPath + wieke.get("id").asText(), "{\"contact\":\"" + "x".repeat(401) + "\"}")
        .statusCode()).isEqualTo(400);
    assertThat(anna.patchJson(membersPath + "onbekend", "{\"status\":\"LEFT\"}").statusCode()).isEqualTo(404);
    JsonNode sociogram = json.readTree(anna.get("/api/trajectories/" + trajectory + "/sociogram").body());
    assertThat(sociogram).extracting(p -> p.get("name").asText()).containsExactly("Jan", "Wieke");
    JsonNode agreements = json.readTree(anna.get("/api/trajectories/" + trajectory + "/agreements").body());
    assertThat(agreements).singleElement().satisfies(a -> {
      assertThat(a.get("goal").asText()).isEqualTo("shortTermGoal1");
      assertThat(a.get("memberId").asText()).as("linked to the member Wieke").isNotBlank();
      assertThat(a.get("statusName").asText()).isEqualTo("loopt");
    });
    String agreement = agreements.get(0).get("id").asText();
    assertThat(anna.patchJson("/api/trajectories/" + trajectory + "/agreements/" + agreement, "{\"status\":\"DONE\"}")
        .body()).contains("\"statusName\":\"gedaan\"", "\"updatedBy\":\"anna\"");
    assertThat(anna.patchJson("/api/trajectories/" + trajectory + "/agreements/" + agreement, "{\"status\":\"MISSCHIEN\"}")
        .statusCode()).isEqualTo(400);
    assertThat(anna.patchJson("/api/trajectories/" + trajectory + "/agreements/onbekend", "{\"status\":\"DONE\"}")
        .statusCode()).isEqualTo(404);
    assertThat(anna.get("/api/trajectories/" + trajectory + "/members").body())
        .contains("\"name\":\"Wieke\"", "\"status\":\"ACTIVE\"", "\"roleName\":\"familie\"");
    assertThat(json.readTree(anna.get("/api/trajectories/" + trajectory + "/meetings").body()))
        .extracting(m -> m.get("type").asText()).containsExactlyInAnyOrder("START", "FOLLOW_UP", "HANDOVER");
    JsonNode startMeeting = null;
    for (JsonNode held : json.readTree(anna.get("/api/trajectories/" + trajectory + "/meetings").body())) {
      if ("START".equals(held.get("type").asText())) {
        startMeeting = held;
      }
    }
    assertThat(startMeeting).isNotNull();
    assertThat(startMeeting.get("chairFormal").asText()).isEqualTo("Teun");
    assertThat(startMeeting.get("minutes").asText()).isEqualTo("Kennismaking en afspraken");
    assertThat(startMeeting.get("attendance")).hasSize(2).anySatisfy(a -> {
      assertThat(a.get("name").asText()).isEqualTo("Wieke");
      assertThat(a.get("memberId").asText()).isNotBlank();
    });
    JsonNode record = json.readTree(anna.get("/api/trajectories/" + trajectory + "/record").body());
    assertThat(record).hasSizeGreaterThan(20);
    assertThat(record.get(0).get("formId").asText()).isEqualTo("client-approach");
    assertThat(record.get(0).get("submittedBy").isNull() || record.get(0).get("submittedBy").asText().equals("anna")).isTrue();
    assertThat(Http.basic(port, "bram", "demo").get("/api/trajectories/" + trajectory + "/members").statusCode())
        .isEqualTo(404);
    assertThat(Http.basic(port, "hanna", "demo").get("/api/trajectories/" + trajectory + "/record").statusCode())
        .as("a manager sees figures, not care content").isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory).count())
        .as("a closed trajectory leaves no open work").isZero();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(trajectory).count()).isZero();
    assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
        "select count(*) from task_deadline where trajectory_id = ? and ended_at is null", Integer.class, trajectory))
        .as("no step of a closed trajectory counts as open in the reports").isZero();
    for (String content : List.of("Teun Doorloper", "Geheimdoel", "Geheimsignaal", "Geheimnotitie", "Wieke",
        "Samen boodschappen")) {
      assertThat(EngineTables.columnsContaining(dataSource, content)).as("engine tables containing %s", content).isEmpty();
    }
  }

  private Task task(String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key).singleResult();
  }

  private void complete(String key, Map<String, Object> variables) {
    Task task = task(key);
    assertThat(task).as("open task %s; open are %s", key, taskService.createTaskQuery()
        .processInstanceBusinessKey(trajectory).list().stream().map(Task::getTaskDefinitionKey).toList()).isNotNull();
    assertThat(task.getDueDate()).as("due date of %s", key).isNotNull();
    taskService.complete(task.getId(), variables);
  }

  private void assertPhase(String phase) throws Exception {
    JsonNode view = json.readTree(Http.basic(port, "anna", "demo").get("/api/trajectories/" + trajectory).body());
    assertThat(view.at("/currentPhase/code").asText()).isEqualTo(phase);
  }

  private static Object json(Object value) {
    return Variables.objectValue(value).serializationDataFormat("application/json").create();
  }
}
