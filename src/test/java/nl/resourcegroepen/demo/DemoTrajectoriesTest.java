package nl.resourcegroepen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.member.MemberStatus;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.trajectory.Phase;
import nl.resourcegroepen.trajectory.Trajectory;
import nl.resourcegroepen.trajectory.TrajectoryRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A first start with demo trajectories: a newcomer sees every phase, overdue steps, an escalation, and
 * Teun's plan from appendix 4. A context of its own, on a database and engine of its own, so the shared
 * test context never gets demo trajectories.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "resourcegroepen.demo.trajectories=true",
    "spring.datasource.url=jdbc:h2:mem:resourcegroepen-demo;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=demo"})
@ActiveProfiles("test")
class DemoTrajectoriesTest {

  @LocalServerPort
  int port;
  @Autowired
  TrajectoryRepository trajectories;
  @Autowired
  MemberRepository members;
  @Autowired
  TaskService taskService;
  @Autowired
  PlatformTransactionManager transactionManager;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  @Transactional(readOnly = true)
  void everyPhaseIsThereAndOneIsClosed() {
    List<Trajectory> all = trajectories.findAll();
    assertThat(all).as("every scenario was created").hasSize(10);
    Set<Phase> phases = all.stream().map(Trajectory::getCurrentPhase).collect(Collectors.toSet());
    assertThat(phases).containsAll(EnumSet.allOf(Phase.class));
    assertThat(all).filteredOn(t -> t.getCurrentPhase() == Phase.CLOSED).singleElement()
        .satisfies(t -> assertThat(taskService.createTaskQuery().processInstanceBusinessKey(t.getId()).count())
            .as("a closed trajectory leaves no open work").isZero());
    assertThat(all).extracting(Trajectory::getTeam)
        .contains("ggz-noord", "ggz-zuid", "vz-oost", "jeugd-west", "wijkteam-centrum");
    assertThat(all).filteredOn(t -> t.getTeam().equals("ggz-noord")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(all).filteredOn(t -> t.getCurrentPhase() == Phase.IN_DEPTH).singleElement().satisfies(t ->
        assertThat(members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(t.getId()))
            .as("one nominee declined, the client nominated someone else")
            .extracting(m -> m.getStatus()).contains(MemberStatus.DECLINED, MemberStatus.NOMINATED));
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs())
        .as("the engine clock is back to now").isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void teunsPlanHasTheGoalsAndSignaleringsplanOfAppendixFour() throws Exception {
    String teun = trajectoryOf("Teun van Dijk");
    Http anna = Http.basic(port, "anna", "demo");

    JsonNode trajectory = json.readTree(anna.get("/api/trajectories/" + teun).body());
    assertThat(trajectory.at("/currentPhase/code").asText()).isEqualTo("FOLLOW_UP");
    JsonNode plan = json.readTree(anna.get("/api/trajectories/" + teun + "/plan").body());
    assertThat(plan.at("/groupName").asText()).isEqualTo("de groep van Teun");
    assertThat(plan.at("/longTermGoals/0/goal").asText()).contains("rijbewijs");
    assertThat(plan.at("/shortTermGoals/0/goal").asText()).isEqualTo("Ik wil ondersteuning bij de huishouding.");
    assertThat(plan.at("/shortTermGoals/0/goingWell").asText()).isEqualTo("Soms halen we ook boodschappen.");
    assertThat(plan.at("/shortTermGoals/1/goal").asText()).isEqualTo("Ik wil gaan sporten.");
    assertThat(plan.at("/shortTermGoals/1/whoDoesWhat").asText()).contains("Rachid", "Joost");
    assertThat(plan.at("/earlyWarningPlan/crisisMedicationRefused").asText()).startsWith("Haldol");
    assertThat(anna.get("/api/trajectories/" + teun + "/members").body())
        .contains("\"name\":\"Wieke\"", "\"name\":\"Rachid\"", "\"name\":\"Joost\"", "\"name\":\"Jetske\"");
    JsonNode meetings = json.readTree(anna.get("/api/trajectories/" + teun + "/meetings").body());
    assertThat(meetings).extracting(m -> m.get("type").asText()).contains("START", "FOLLOW_UP");
    assertThat(meetings).anySatisfy(m -> assertThat(m.get("responsibleClinicianPresent").asBoolean()).isTrue());
  }

  @Test
  void noaOfJeugdteamWestConsentedHerselfHasHerMentorInTheGroupAndHerTransitionToAdultCareOpen() throws Exception {
    String noa = trajectoryOf("Noa Hendriks");
    Http fleur = Http.basic(port, "fleur", "demo");

    assertThat(json.readTree(fleur.get("/api/trajectories/" + noa).body()).at("/currentPhase/code").asText())
        .isEqualTo("FOLLOW_UP");
    JsonNode consents = json.readTree(fleur.get("/api/trajectories/" + noa + "/youth-consent").body());
    assertThat(consents.at("/0/consentBy").asText()).isEqualTo("youngPerson");
    assertThat(consents.at("/0/given").asBoolean()).isTrue();
    assertThat(fleur.get("/api/trajectories/" + noa + "/members").body())
        .contains("\"name\":\"Tom\"", "\"role\":\"schoolOrMentor\"");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(noa)
        .taskDefinitionKey("prepareAdultCareTransition").taskAssignee("fleur").count()).isEqualTo(1);
  }

  @Test
  void kevinInTheAddictionCareHasARelapsePreventionPlanAndThePeerExpertInHisGroup() throws Exception {
    String kevin = trajectoryOf("Kevin Bos");
    Http eva = Http.basic(port, "eva", "demo");

    JsonNode trajectory = json.readTree(eva.get("/api/trajectories/" + kevin).body());
    assertThat(trajectory.get("setting").asText()).isEqualTo("addictionCare");
    assertThat(trajectory.at("/currentPhase/code").asText()).isEqualTo("PLANNING");
    JsonNode plan = json.readTree(eva.get("/api/trajectories/" + kevin + "/plan").body());
    assertThat(plan.at("/earlyWarningPlan/triggers").asText()).contains("kroeg");
    assertThat(plan.at("/earlyWarningPlan/cravingSignals").asText()).contains("Onrustig");
    assertThat(plan.at("/earlyWarningPlan/lapseSteps").asText()).contains("Sander");
    JsonNode members = json.readTree(eva.get("/api/trajectories/" + kevin + "/members").body());
    assertThat(members).anySatisfy(m -> {
      assertThat(m.get("name").asText()).isEqualTo("Sander");
      assertThat(m.get("role").asText()).isEqualTo("peerExpert");
      assertThat(m.get("status").asText()).isEqualTo("ACTIVE");
    });
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(kevin).taskDefinitionKey("finishRecoveryPlan")
        .initializeFormKeys().singleResult().getCamundaFormRef().getKey()).isEqualTo("recovery-plan-addictionCare");
  }

  @Test
  void managersSeeOverdueStepsAndTheCoordinatorsHaveTheEscalation() throws Exception {
    JsonNode overdue = json.readTree(Http.basic(port, "hanna", "demo").get("/api/reports/overdue").body());
    long total = 0;
    for (JsonNode row : overdue) {
      total += row.get("total").asLong();
    }
    assertThat(total).isPositive();
    assertThat(overdue.findValuesAsText("stepKey")).contains("escalateLateStartMeeting", "chooseGoalAids");

    assertThat(taskService.createTaskQuery().taskDefinitionKey("escalateLateStartMeeting")
        .taskCandidateGroup("ggz-noord-coordinatie").count()).isEqualTo(1);
  }

  @Test
  void theWijkteamTrajectoryHasConsentPerDomainAndNoZorgverantwoordelijke() throws Exception {
    String henk = trajectoryOf("Henk Vos");
    Http gijs = Http.basic(port, "gijs", "demo");

    assertThat(json.readTree(gijs.get("/api/trajectories/" + henk).body()).at("/currentPhase/code").asText())
        .isEqualTo("REORIENTATION");
    JsonNode consent = json.readTree(gijs.get("/api/trajectories/" + henk + "/domain-consent").body());
    assertThat(consent.get("complete").asBoolean()).as("wonen was decided when the consent was completed").isTrue();
    assertThat(consent.get("current")).hasSize(5).allSatisfy(c -> assertThat(c.get("recordedBy").asText()).isEqualTo("gijs"));
    assertThat(gijs.get("/api/trajectories/" + henk + "/members").body()).doesNotContain("responsibleClinician");
  }

  @Test
  void annasInboxIsNotEmpty() throws Exception {
    JsonNode mine = json.readTree(Http.basic(port, "anna", "demo").get("/api/inbox/tasks?view=mine").body());
    assertThat(mine.isArray()).isTrue();
    assertThat(mine.size()).isGreaterThan(3);
  }

  private String trajectoryOf(String client) {
    return new TransactionTemplate(transactionManager).execute(status -> trajectories.findAll().stream().filter(t -> t.getClient().getName().equals(client))
        .map(Trajectory::getId).findFirst().orElseThrow());
  }
}
