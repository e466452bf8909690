package nl.resourcegroepen.youth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import javax.sql.DataSource;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.record.FormSubmissionRepository;
import nl.resourcegroepen.support.EngineTables;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A jeugd trajectory end to end, as Fleur of Jeugdteam West starts and works it through the API: the parents
 * are involved first, consent is asked of whoever decides at the young person's age and kept in the care record,
 * a mentor can be nominated, and the transition to adult care starts six months before the 18th birthday. The
 * birth date stays in the client table.
 */
@ServiceTest
class YouthCareTrajectoryTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  YouthConsentRepository consents;
  @Autowired
  FormSubmissionRepository submissions;
  @Autowired
  DataSource dataSource;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  private Http fleur() {
    return Http.basic(port, "fleur", "demo");
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(EngineClock.now(), EngineClock.ZONE);
  }

  private String start(String name, LocalDate birthDate) throws Exception {
    String client = birthDate == null ? "{\"name\":\"" + name + "\"}"
        : "{\"name\":\"" + name + "\",\"birthDate\":\"" + birthDate + "\"}";
    HttpResponse<String> response = fleur().postJson("/api/trajectories", "{\"team\":\"jeugd-west\",\"newClient\":" + client + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode trajectory = json.readTree(response.body());
    assertThat(trajectory.get("setting").asText()).isEqualTo("youthCare");
    return trajectory.get("id").asText();
  }

  private Task open(String trajectory, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key)
        .initializeFormKeys().singleResult();
  }

  private HttpResponse<String> complete(String trajectory, String key, String values) {
    Task task = open(trajectory, key);
    assertThat(task).as("open task %s", key).isNotNull();
    return fleur().postJson("/api/inbox/tasks/" + task.getId() + "/complete", values);
  }

  private void completeOk(String trajectory, String key, String values) {
    HttpResponse<String> response = complete(trajectory, key, values);
    assertThat(response.statusCode()).as(key + ": " + response.body()).isEqualTo(200);
  }

  /** Parents involved, the young person approached and motivated, the method explained: the consent step is next. */
  private void untilConsent(String trajectory) {
    completeOk(trajectory, "involveParents", "{\"discussionDate\":\"" + today() + "\",\"parents\":[{\"name\":\"Esther\","
        + "\"relation\":\"mother\",\"hasCustody\":true}],\"parentsRole\":\"Meedenken over school\"}");
    completeOk(trajectory, "approachClient", "{\"clientMotivated\":\"yes\"}");
    completeOk(trajectory, "explainMethod", "{}");
  }

  private Object consentBy(String trajectory, String consentTask) {
    return runtimeService.getVariable(open(trajectory, consentTask).getProcessInstanceId(), "consentBy");
  }

  private JsonNode consentsOf(String trajectory) throws Exception {
    HttpResponse<String> response = fleur().get("/api/trajectories/" + trajectory + "/youth-consent");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private Job transitionTimer(String trajectory) {
    ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKey("resourcegroep-youthCare").singleResult();
    assertThat(main).as("the jeugd main process runs").isNotNull();
    return managementService.createJobQuery().processInstanceId(main.getId()).activityId("transitionDue").singleResult();
  }

  @Test
  void aFourteenYearOldAndTheParentsConsentTogetherAndTheConsentIsInTheRecord() throws Exception {
    LocalDate born = today().minusYears(14).minusMonths(3);
    String trajectory = start("Daan Jeugdig", born);
    assertThat(open(trajectory, "involveParents")).as("the parents come first").isNotNull()
        .satisfies(t -> assertThat(t.getName()).isEqualTo("Ouders/verzorgers betrekken"));
    untilConsent(trajectory);

    Task consent = open(trajectory, "recordJointConsent");
    assertThat(consent.getName()).isEqualTo("Toestemming jongere en ouders/verzorgers vastleggen (12 t/m 15)");
    assertThat(consent.getCamundaFormRef().getKey()).isEqualTo("youth-consent-both");
    assertThat(consent.getAssignee()).isEqualTo("fleur");
    assertThat(consentBy(trajectory, "recordJointConsent")).isEqualTo("both");
    completeOk(trajectory, "recordJointConsent", "{\"consentDate\":\"" + today() + "\",\"youngPersonConsent\":true,"
        + "\"parentsConsent\":true,\"parentNames\":\"Esther Veldkamp (moeder)\",\"consentNotes\":\"Geen schoolcijfers delen\"}");

    JsonNode recorded = consentsOf(trajectory);
    assertThat(recorded).hasSize(1);
    assertThat(recorded.at("/0/consentBy").asText()).isEqualTo("both");
    assertThat(recorded.at("/0/youngPersonConsent").asBoolean()).isTrue();
    assertThat(recorded.at("/0/parentsConsent").asBoolean()).isTrue();
    assertThat(recorded.at("/0/parentNames").asText()).isEqualTo("Esther Veldkamp (moeder)");
    assertThat(recorded.at("/0/given").asBoolean()).isTrue();
    assertThat(recorded.at("/0/consentDate").asText()).isEqualTo(today().toString());
    assertThat(recorded.at("/0/recordedBy").asText()).isEqualTo("fleur");
    assertThat(recorded.at("/0/recordedAt").asText()).isNotBlank();
    assertThat(consents.findByTrajectoryIdOrderByRecordedAtAscIdAsc(trajectory)).singleElement()
        .satisfies(c -> assertThat(c.getConsentBy()).isEqualTo(ConsentBy.BOTH));
    assertThat(open(trajectory, "drawSociogram")).as("the preparation goes on").isNotNull();

    assertThat(EngineTables.columnsContaining(dataSource, born.toString())).as("birth date in the engine").isEmpty();
    assertThat(EngineTables.columnsContaining(dataSource, "Veldkamp")).as("who consented, in the engine").isEmpty();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory).list().forEach(p ->
        assertThat(runtimeService.getVariables(p.getId()).values()).noneMatch(v -> born.equals(v)
            || v instanceof Date d && LocalDate.ofInstant(d.toInstant(), EngineClock.ZONE).equals(born)));
  }

  @Test
  void forATenYearOldTheParentsDecide() throws Exception {
    String trajectory = start("Mees Jeugdig", today().minusYears(10));
    untilConsent(trajectory);

    assertThat(consentBy(trajectory, "recordParentalConsent")).isEqualTo("parents");
    assertThat(open(trajectory, "recordParentalConsent").getCamundaFormRef().getKey()).isEqualTo("youth-consent-parents");
    completeOk(trajectory, "recordParentalConsent", "{\"consentDate\":\"" + today() + "\",\"parentsConsent\":true,"
        + "\"parentNames\":\"Johan (vader)\",\"youngPersonInformed\":true}");

    JsonNode recorded = consentsOf(trajectory).get(0);
    assertThat(recorded.get("consentBy").asText()).isEqualTo("parents");
    assertThat(recorded.get("consentByName").asText()).isEqualTo("de ouders/verzorgers");
    assertThat(recorded.has("youngPersonConsent")).as("the young person is not asked").isFalse();
    assertThat(recorded.get("given").asBoolean()).isTrue();
    assertThat(open(trajectory, "drawSociogram")).isNotNull();
  }

  @Test
  void aSixteenYearOldDecidesAlone() throws Exception {
    String trajectory = start("Sara Jeugdig", today().minusYears(16).minusDays(1));
    untilConsent(trajectory);

    assertThat(consentBy(trajectory, "recordYoungPersonConsent")).isEqualTo("youngPerson");
    completeOk(trajectory, "recordYoungPersonConsent", "{\"consentDate\":\"" + today() + "\",\"youngPersonConsent\":true,"
        + "\"parentsInvolvementWish\":\"Moeder mag weten wanneer de bijeenkomsten zijn\"}");

    assertThat(consents.findByTrajectoryIdOrderByRecordedAtAscIdAsc(trajectory)).singleElement().satisfies(c -> {
      assertThat(c.getConsentBy()).isEqualTo(ConsentBy.YOUNG_PERSON);
      assertThat(c.getYoungPersonConsent()).isTrue();
      assertThat(c.getParentsConsent()).as("the parents are not asked").isNull();
      assertThat(c.getParentNames()).isNull();
      assertThat(c.getRecordedBy()).isEqualTo("fleur");
    });
    assertThat(open(trajectory, "drawSociogram")).isNotNull();
  }

  @Test
  void aConsentWithoutAnAnswerIsRefusedInDutchAndNothingIsStored() throws Exception {
    String trajectory = start("Lina Jeugdig", today().minusYears(13));
    untilConsent(trajectory);
    long submitted = submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(trajectory).size();

    HttpResponse<String> refused = complete(trajectory, "recordJointConsent",
        "{\"consentDate\":\"" + today().plusDays(3) + "\",\"parentsConsent\":true}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("De toestemming is niet opgeslagen", "Geeft de jongere toestemming",
        "wie van de ouders/verzorgers", "ligt in de toekomst", "youngPersonConsent");
    assertThat(open(trajectory, "recordJointConsent")).as("the task stays open").isNotNull();
    assertThat(consents.findByTrajectoryIdOrderByRecordedAtAscIdAsc(trajectory)).isEmpty();
    assertThat(submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(trajectory)).hasSize((int) submitted);
  }

  @Test
  void whenTheParentsSayNoThereIsNoResourceGroupAndTheTrajectoryCloses() throws Exception {
    String trajectory = start("Jesse Jeugdig", today().minusYears(15));
    untilConsent(trajectory);

    completeOk(trajectory, "recordJointConsent", "{\"consentDate\":\"" + today() + "\",\"youngPersonConsent\":true,"
        + "\"parentsConsent\":false,\"parentNames\":\"Beide ouders\"}");

    JsonNode read = json.readTree(fleur().get("/api/trajectories/" + trajectory).body());
    assertThat(read.at("/currentPhase/code").asText()).isEqualTo("CLOSED");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(trajectory).count()).isZero();
    assertThat(consentsOf(trajectory).get(0).get("given").asBoolean()).isFalse();
  }

  @Test
  void aMentorFromSchoolCanBeNominated() throws Exception {
    String trajectory = start("Noor Jeugdig", today().minusYears(14));
    untilConsent(trajectory);
    completeOk(trajectory, "recordJointConsent", "{\"consentDate\":\"" + today() + "\",\"youngPersonConsent\":true,"
        + "\"parentsConsent\":true,\"parentNames\":\"Moeder\"}");
    completeOk(trajectory, "drawSociogram", "{}");

    assertThat(open(trajectory, "nominateMembers").getCamundaFormRef().getKey()).isEqualTo("nomination-youthCare");
    completeOk(trajectory, "nominateMembers", "{\"nominees\":[{\"name\":\"Meester Bas\",\"relationType\":\"schoolOrMentor\","
        + "\"relationDescription\":\"mentor\"},{\"name\":\"Oma Riet\",\"relationType\":\"family\"}]}");

    JsonNode members = json.readTree(fleur().get("/api/trajectories/" + trajectory + "/members").body());
    assertThat(members).anySatisfy(m -> {
      assertThat(m.get("name").asText()).isEqualTo("Meester Bas");
      assertThat(m.get("role").asText()).isEqualTo("schoolOrMentor");
      assertThat(m.get("roleName").asText()).isEqualTo("school of mentor");
    });
  }

  @Test
  void theTransitionToAdultCareStartsSixMonthsBeforeTheEighteenthBirthday() throws Exception {
    LocalDate born = today().minusYears(17).minusMonths(2);
    String trajectory = start("Milan Jeugdig", born);

    Job timer = transitionTimer(trajectory);
    Date sixMonthsBefore = Date.from(born.plusYears(18).minusMonths(6).atStartOfDay(EngineClock.ZONE).toInstant());
    assertThat(timer.getDuedate()).isEqualTo(sixMonthsBefore);
    assertThat(open(trajectory, "prepareAdultCareTransition")).as("not yet").isNull();

    ClockUtil.setCurrentTime(sixMonthsBefore);
    managementService.executeJob(timer.getId());

    Task transition = open(trajectory, "prepareAdultCareTransition");
    assertThat(transition.getName()).isEqualTo("Overgang naar volwassenenzorg voorbereiden");
    assertThat(transition.getAssignee()).isEqualTo("fleur");
    assertThat(transition.getCamundaFormRef().getKey()).isEqualTo("youth-transition");
    assertThat(transition.getDueDate()).as("transitionLeadTime later: the birthday").isEqualTo(Date.from(
        ZonedDateTime.ofInstant(sixMonthsBefore.toInstant(), ZoneId.systemDefault()).plusMonths(6).toInstant()));
    assertThat(open(trajectory, "involveParents")).as("phase 1 goes on").isNotNull();
    completeOk(trajectory, "prepareAdultCareTransition", "{\"careTransferTo\":\"adultMentalHealthCare\","
        + "\"transitionAgreements\":\"Kennismaken met het FACT-team\"}");
    assertThat(submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(trajectory))
        .anySatisfy(s -> assertThat(s.getFormId()).isEqualTo("youth-transition"));
  }

  @Test
  void aYoungPersonAlreadyPastThatDayGetsTheTransitionStepAtOnce() throws Exception {
    String trajectory = start("Bo Jeugdig", today().minusYears(17).minusMonths(8));

    Job timer = transitionTimer(trajectory);
    assertThat(timer.getDuedate()).isBeforeOrEqualTo(Date.from(EngineClock.now()));
    managementService.executeJob(timer.getId());

    assertThat(open(trajectory, "prepareAdultCareTransition")).isNotNull();
  }

  @Test
  void withoutABirthDateBothAreAskedAndNoTransitionIsPlanned() throws Exception {
    String trajectory = start("Kim Jeugdig", null);
    untilConsent(trajectory);

    assertThat(consentBy(trajectory, "recordJointConsent")).isEqualTo("both");
    assertThat(transitionTimer(trajectory)).isNull();
  }

  @Test
  void otherSettingsKeepTheStandardPreparation() throws Exception {
    HttpResponse<String> response = Http.basic(port, "anna", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"Volwassen Cliënt\",\"birthDate\":\"" + today().minusYears(14) + "\"}}");
    String trajectory = json.readTree(response.body()).get("id").asText();

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(trajectory).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly("approachClient");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKey("resourcegroep").count()).isEqualTo(1);
  }
}
