package nl.resourcegroepen.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.support.EngineTables;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trajectory from the sociaal wijkteam, on the real service: the regieondersteuner of the wijkteam runs it
 * without any ggz team or zorgverantwoordelijke, the client's consent per domain is recorded with who and
 * when (only a routing flag reaches the engine), and the group steps up to the ggz in a warm handover.
 */
@ServiceTest
class NeighbourhoodTeamTrajectoryTest {

  private static final String TEAM = "wijkteam-centrum";

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  TrajectoryService trajectoryService;
  @Autowired
  DataSource dataSource;

  private final ObjectMapper json = new ObjectMapper();
  private String trajectory;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aWijkteamTrajectoryNeedsNoZorgverantwoordelijkeRecordsConsentPerDomainAndStepsUpToTheGgz() throws Exception {
    // Started fifteen months ago by Gijs of the wijkteam; the setting follows from the team.
    ZonedDateTime started = ZonedDateTime.now(EngineClock.ZONE).minusMonths(15);
    ClockUtil.setCurrentTime(Date.from(started.toInstant()));
    JsonNode view = json.readTree(gijs().postJson("/api/trajectories",
        "{\"team\":\"" + TEAM + "\",\"newClient\":{\"name\":\"Henk Wijkbewoner\"}}").body());
    trajectory = view.get("id").asText();
    assertThat(view.get("setting").asText()).isEqualTo("neighbourhoodTeam");
    assertThat(view.get("careCoordinator").asText()).isEqualTo("gijs");
    ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKey("resourcegroep-neighbourhoodTeam").singleResult();
    assertThat(main).as("the wijkteam's main process").isNotNull();
    Task first = task("approachClient");
    assertThat(first.getAssignee()).isEqualTo("gijs");
    assertThat(taskService.createTaskQuery().taskId(first.getId()).taskCandidateGroup(TEAM).includeAssignedTasks()
        .count()).isEqualTo(1);
    assertThat(Http.basic(port, "anna", "demo").get("/engine-rest/task/" + first.getId()).statusCode())
        .as("a ggz team does not see the wijkteam's tasks").isEqualTo(404);

    // Fase 1 with the consent per domain, all through Gijs's inbox
    complete("approachClient", Map.of("clientMotivated", "yes"));
    complete("explainMethod", Map.of());
    complete("drawSociogram", Map.of());
    assertThat(task("recordDomainConsent").getName()).isEqualTo("Toestemming gegevensdeling tussen domeinen vastleggen");
    Map<String, Object> consent = Map.of("discussionDate", today(), "consentCare", "yes",
        "consentCareDetail", "Huisarts Geheimdokter", "consentWelfare", "yes", "consentWorkAndIncome", "yes",
        "consentWorkAndIncomeDetail", "Geheimschuldhulp van de gemeente", "consentSchool", "no",
        "consentHousing", "undecided");
    HttpResponse<String> inconsistent = inbox(task("recordDomainConsent"), with(consent, "consentComplete", true));
    assertThat(inconsistent.statusCode()).as(inconsistent.body()).isEqualTo(400);
    assertThat(json.readTree(inconsistent.body()).get("detail").asText())
        .contains("De toestemming is niet opgeslagen", "Nog niet besloten over wonen");
    assertThat(task("recordDomainConsent")).as("the task stays open").isNotNull();
    assertThat(consent().get("history")).as("nothing half-stored").isEmpty();
    complete("recordDomainConsent", with(consent, "consentComplete", false));
    String preparation = task("chooseGoalAids").getProcessInstanceId();
    assertThat(runtimeService.getVariables(preparation))
        .as("only the routing flag reaches the engine").containsEntry("consentComplete", false)
        .doesNotContainKeys("consentCare", "consentCareDetail", "consentHousing", "discussionDate");

    complete("chooseGoalAids", Map.of("useOrdinaryDay", false, "useQls100", false));
    complete("setRecoveryGoals", Map.of("longTermGoal1", "Geheimdoel schulden afgelost"));
    complete("startRecoveryPlan", Map.of());
    complete("nominateMembers", Map.of("nominees",
        List.of(Map.of("name", "Gerda", "relationDescription", "buurvrouw", "relationType", "significantOther"))));
    assertThat(task("fixFirstMeetingWeek")).as("not before every domain is decided").isNull();
    // Decided later than the first round: the newest decision per domain counts (same moment would tie).
    ClockUtil.setCurrentTime(Date.from(started.plusMinutes(5).toInstant()));
    JsonNode shown = json.readTree(gijs().get("/engine-rest/task/" + task("completeDomainConsent").getId()
        + "/form-variables").body());
    assertThat(shown.at("/consentCare/value").asText()).as("the decisions so far are shown").isEqualTo("yes");
    assertThat(shown.has("discussionDate")).as("the date of this conversation is not the first one's").isFalse();
    complete("completeDomainConsent", Map.of("consentHousing", "yes", "consentHousingDetail", "Geheimwoonbegeleiding",
        "consentComplete", true));

    JsonNode recorded = consent();
    assertThat(recorded.get("complete").asBoolean()).isTrue();
    assertThat(recorded.get("history")).hasSize(6);
    assertThat(recorded.get("current")).hasSize(5).allSatisfy(c -> {
      assertThat(c.get("recordedBy").asText()).isEqualTo("gijs");
      assertThat(Instant.parse(c.get("recordedAt").asText()))
          .isBetween(started.toInstant().minusSeconds(1), started.toInstant().plus(Duration.ofDays(1)));
      assertThat(c.get("formId").asText()).isEqualTo("domain-consent");
    });
    assertThat(recorded.get("current")).anySatisfy(c -> {
      assertThat(c.get("domain").asText()).isEqualTo("housing");
      assertThat(c.get("decision").asText()).isEqualTo("yes");
      assertThat(c.get("decisionName").asText()).isEqualTo("toestemming");
      assertThat(c.get("detail").asText()).isEqualTo("Geheimwoonbegeleiding");
    }).anySatisfy(c -> {
      assertThat(c.get("domain").asText()).isEqualTo("school");
      assertThat(c.get("decision").asText()).isEqualTo("no");
    });
    assertThat(Http.basic(port, "anna", "demo").get(consentPath()).statusCode()).isEqualTo(404);
    assertThat(Http.basic(port, "hanna", "demo").get(consentPath()).statusCode())
        .as("a manager sees figures, not care content").isEqualTo(403);
    complete("fixFirstMeetingWeek", Map.of());

    // Fasen 2 tot en met 4, without a zorgverantwoordelijke
    complete("decideApproach", Map.of("approach", "client"));
    complete("recordNomineeResponse", Map.of("nomineeAccepted", true, "questionnaire", "significantOther"));
    complete("planInterview", Map.of());
    complete("interviewSignificantOther", Map.of());
    complete("feedBackSummary", Map.of());
    complete("planFirstMeeting", Map.of());
    complete("finishRecoveryPlan", Map.of());
    complete("prepareFirstMeeting", Map.of());
    complete("decideLocationAndFrequency", Map.of("meetingInterval", "P3M"));
    complete("agreeCommunication", Map.of());
    complete("holdStartMeeting", Map.of("meetingDate", today(), "responsibleClinicianPresent", false,
        "attendance", List.of(Map.of("name", "Henk", "role", "client"), Map.of("name", "Gerda", "role", "significantOther"),
            Map.of("name", "Gijs", "role", "careCoordinator"))));
    complete("holdEvaluationAppointment", Map.of());
    complete("planNextMeeting", Map.of("newMembersNominated", false));
    assertThat(runtimeService.getActiveActivityIds(main.getId())).contains("annualReviewDue")
        .doesNotContain("clinicianCheckDue");
    assertThat(managementService.createJobQuery().processInstanceId(main.getId()).activityId("clinicianCheckDue").count())
        .as("no timer checks on a zorgverantwoordelijke").isZero();
    assertThat(gijs().get("/api/trajectories/" + trajectory + "/members").body())
        .contains("\"name\":\"Gerda\"").doesNotContain("responsibleClinician");

    // Fifteen months on: the annual review is due, nobody is asked to invite a zorgverantwoordelijke.
    ClockUtil.reset();
    managementService.createJobQuery().processInstanceId(main.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    assertThat(task("reviewWithClient")).isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(trajectory)
        .taskDefinitionKey("inviteResponsibleClinician").count()).isZero();
    // ... and the managers' attention report does not count it as "zorgverantwoordelijke absent"; a ggz
    // trajectory whose start meeting was as long ago without one is counted.
    String ggz = json.readTree(Http.basic(port, "bram", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-zuid\",\"newClient\":{\"name\":\"Vergelijk Cliënt\"}}").body()).get("id").asText();
    trajectoryService.recordStartMeeting(ggz, started.toLocalDate());
    JsonNode absent = null;
    for (JsonNode point : json.readTree(Http.basic(port, "hanna", "demo").get("/api/reports/attention").body())) {
      if ("responsibleClinicianAbsent".equals(point.get("key").asText())) {
        absent = point;
      }
    }
    assertThat(absent).isNotNull();
    assertThat(absent.get("trajectories").findValuesAsText("trajectoryId")).contains(ggz).doesNotContain(trajectory);

    // Fase 6: the group steps up to the ggz in a warm handover
    complete("holdFollowUpMeeting", Map.of("meetingDate", today(), "meetingInterval", "P3M", "themeRequested", false,
        "startReorientation", true));
    complete("discussComposition", Map.of());
    complete("discussStepDown", Map.of("reorientationOutcome", "handover", "careTransferTo", "mentalHealthTeam"));
    complete("recordRelapseSteps", Map.of());
    Task referral = task("referToMentalHealthCare");
    assertThat(referral.getName()).isEqualTo("Aanmelden bij de ggz");
    assertThat(repositoryService.getProcessDefinition(referral.getProcessDefinitionId()).getKey())
        .isEqualTo("warmHandover-neighbourhoodTeam");
    assertThat(referral.getAssignee()).isEqualTo("gijs");
    complete("referToMentalHealthCare", Map.of("referralDate", today(), "handoverReceiverName", "FACT-team Noord",
        "stepUpReason", "Geheimreden stemmen", "consentCare", "yes", "consentCareDetail", "FACT-team Noord"));
    complete("organiseHandoverMeeting", Map.of("handoverMeetingDate", today(), "handoverReceiverName", "FACT-team Noord"));
    complete("holdHandoverMeeting", Map.of("meetingDate", today(), "handoverReceiverName", "FACT-team Noord",
        "ggzTakesOver", "Geheimoverdracht behandeling", "attendance", List.of(Map.of("name", "Henk", "role", "client"),
            Map.of("name", "Anna de Vries", "role", "professional"))));
    complete("closeHandover", Map.of("groupContinues", true, "groupRoleAfterHandover", "Blijft samenkomen met de ggz",
        "neighbourhoodTeamRole", "Wonen en schulden", "careCoordinatorStaysMember", true));

    JsonNode closed = json.readTree(gijs().get("/api/trajectories/" + trajectory).body());
    assertThat(closed.at("/currentPhase/code").asText()).isEqualTo("CLOSED");
    assertThat(json.readTree(gijs().get("/api/trajectories/" + trajectory + "/meetings").body()))
        .extracting(m -> m.get("type").asText()).containsExactlyInAnyOrder("START", "FOLLOW_UP", "HANDOVER");
    JsonNode afterReferral = consent();
    assertThat(afterReferral.get("history")).hasSize(7);
    assertThat(afterReferral.get("current")).anySatisfy(c -> {
      assertThat(c.get("domain").asText()).isEqualTo("care");
      assertThat(c.get("formId").asText()).as("asked again at the referral").isEqualTo("step-up-referral");
      assertThat(c.get("detail").asText()).isEqualTo("FACT-team Noord");
    });
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory).count())
        .as("a closed trajectory leaves no open work").isZero();
    assertThat(new JdbcTemplate(dataSource).queryForObject(
        "select count(*) from domain_consent where trajectory_id = ? and recorded_by = 'gijs'", Integer.class,
        trajectory)).isEqualTo(7);
    for (String content : List.of("Henk Wijkbewoner", "Geheimdokter", "Geheimschuldhulp", "Geheimwoonbegeleiding",
        "Geheimdoel", "Geheimreden", "Geheimoverdracht behandeling")) {
      assertThat(EngineTables.columnsContaining(dataSource, content)).as("engine tables containing %s", content).isEmpty();
    }
  }

  @Test
  void aConsentThatContradictsItselfIsRefusedWithADutchMessageAndNothingIsStored() throws Exception {
    trajectory = json.readTree(gijs().postJson("/api/trajectories",
        "{\"team\":\"" + TEAM + "\",\"newClient\":{\"name\":\"Els Tegenspraak\"}}").body()).get("id").asText();
    complete("approachClient", Map.of("clientMotivated", "yes"));
    complete("explainMethod", Map.of());
    complete("drawSociogram", Map.of());
    Map<String, Object> allDecided = Map.of("consentCare", "yes", "consentWelfare", "no", "consentWorkAndIncome", "yes",
        "consentSchool", "no", "consentHousing", "yes");

    HttpResponse<String> notTicked = inbox(task("recordDomainConsent"), with(allDecided, "consentComplete", false));
    assertThat(notTicked.statusCode()).isEqualTo(400);
    assertThat(json.readTree(notTicked.body()).get("detail").asText()).contains("Over elk domein is besloten");
    HttpResponse<String> unknown = inbox(task("recordDomainConsent"),
        with(with(allDecided, "consentSchool", "misschien"), "consentComplete", true));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json.readTree(unknown.body()).at("/fields/consentSchool").asText()).startsWith("School: kies");
    assertThat(consent().get("history")).isEmpty();

    complete("recordDomainConsent", with(allDecided, "consentComplete", true));
    assertThat(consent().get("complete").asBoolean()).isTrue();
  }

  private Http gijs() {
    return Http.basic(port, "gijs", "demo");
  }

  private String consentPath() {
    return "/api/trajectories/" + trajectory + "/domain-consent";
  }

  private JsonNode consent() throws Exception {
    HttpResponse<String> response = gijs().get(consentPath());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String today() {
    return LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE).toString();
  }

  private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
    Map<String, Object> all = new java.util.LinkedHashMap<>(values);
    all.put(key, value);
    return all;
  }

  private Task task(String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key).singleResult();
  }

  private HttpResponse<String> inbox(Task task, Map<String, Object> values) throws Exception {
    return gijs().postJson("/api/inbox/tasks/" + task.getId() + "/complete", json.writeValueAsString(values));
  }

  /** Completes the open task with this key as Gijs, through his inbox, as the form would submit it. */
  private void complete(String key, Map<String, Object> values) throws Exception {
    Task task = task(key);
    assertThat(task).as("open task %s; open are %s", key, taskService.createTaskQuery()
        .processInstanceBusinessKey(trajectory).list().stream().map(Task::getTaskDefinitionKey).toList()).isNotNull();
    HttpResponse<String> response = inbox(task, values);
    assertThat(response.statusCode()).as("%s: %s", key, response.body()).isEqualTo(200);
  }
}
