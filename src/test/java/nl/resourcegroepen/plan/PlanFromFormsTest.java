package nl.resourcegroepen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan is filled from the forms of phase 1 and finished in phase 3; the history shows who changed a
 * goal when, from what to what.
 */
@ServiceTest
class PlanFromFormsTest {

  private static final String FIRST_GOAL = "Ik wil ondersteuning bij de huishouding";
  private static final String CHANGED_GOAL = "Ik wil hulp bij opstarten en aanpakken van het huishouden";
  private static final String NOW = "De woonbegeleiding helpt hier niet echt mee";

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;

  private PlanTestClient client;

  @BeforeEach
  void setUp() {
    client = new PlanTestClient(port, taskService);
  }

  @Test
  void phaseOneStartsThePlanPhaseThreeChangesAGoalAndTheHistoryShowsBoth() {
    String trajectory = client.startTrajectory("Teun Plan");
    String plan = "/api/trajectories/" + trajectory + "/plan";
    client.preparationUntilGoals(trajectory);

    client.submit("anna", trajectory, "setRecoveryGoals", Map.of(
        "longTermGoal1", "Mijn rijbewijs gehaald hebben",
        "shortTermGoal1", FIRST_GOAL,
        "goalNotes", "uit Een gewone dag"));
    client.submit("anna", trajectory, "startRecoveryPlan", Map.of(
        "groupName", "de groep van Teun",
        "shortTermGoal1", FIRST_GOAL,
        "shortTermGoal1Now", NOW,
        "earlyWarningSigns", "Ik word stil en trek mij terug",
        "crisisMedicationRefused", "Haldol",
        "crisisContacts", List.of(Map.of("role", "resourceGroup", "name", "Wieke", "phone", "06-1"),
            Map.of("role", "caseHolder", "name", "Jetske"))));

    JsonNode started = client.read(client.get("anna", plan));
    assertThat(started.at("/shortTermGoals/0/goal").asText()).isEqualTo(FIRST_GOAL);
    assertThat(started.at("/longTermGoals/0/goal").asText()).isEqualTo("Mijn rijbewijs gehaald hebben");
    assertThat(started.at("/earlyWarningPlan/crisisContacts").asText())
        .isEqualTo("Resourcegroep: Wieke, 06-1\nDossierhouder/hoofdbehandelaar: Jetske");
    assertThat(started.at("/updatedBy").asText()).isEqualTo("anna");

    // On to phase 3
    client.complete(trajectory, "nominateMembers", Map.of("nominees", Variables.objectValue(
        List.of(Map.of("name", "Wieke", "relationType", "family"))).serializationDataFormat("application/json").create()));
    client.complete(trajectory, "fixFirstMeetingWeek", Map.of());
    client.complete(trajectory, "decideApproach", Map.of("approach", "letter"));
    client.complete(trajectory, "sendInvitationLetter", Map.of());
    client.complete(trajectory, "recordNomineeResponse", Map.of("nomineeAccepted", true, "questionnaire", "family"));
    client.complete(trajectory, "planInterview", Map.of());
    client.complete(trajectory, "interviewFamily", Map.of());
    client.complete(trajectory, "feedBackSummary", Map.of());
    client.complete(trajectory, "planFirstMeeting", Map.of());
    client.submit("carla", trajectory, "finishRecoveryPlan", Map.of(
        "shortTermGoal1", CHANGED_GOAL,
        "shortTermGoal1Now", "",
        "shortTermGoal2", "Ik wil gaan sporten",
        "helpfulThings", "Muziek luisteren"));

    JsonNode finished = client.read(client.get("anna", plan));
    assertThat(finished.at("/shortTermGoals/0/slot").asInt()).isEqualTo(1);
    assertThat(finished.at("/shortTermGoals/0/goal").asText()).isEqualTo(CHANGED_GOAL);
    assertThat(finished.at("/shortTermGoals/0/now").asText())
        .as("an empty field in a form does not clear the plan").isEqualTo(NOW);
    assertThat(finished.at("/shortTermGoals/1/goal").asText()).isEqualTo("Ik wil gaan sporten");
    assertThat(finished.at("/earlyWarningPlan/helpfulThings").asText()).isEqualTo("Muziek luisteren");
    assertThat(finished.at("/earlyWarningPlan/crisisMedicationRefused").asText()).isEqualTo("Haldol");
    assertThat(finished.at("/updatedBy").asText()).isEqualTo("carla");

    JsonNode goalHistory = client.read(client.get("anna", plan + "/history?field=shortTermGoal1"));
    assertThat(goalHistory).hasSize(2);
    JsonNode newest = goalHistory.get(0);
    assertThat(newest.get("field").asText()).isEqualTo("shortTermGoal1");
    assertThat(newest.get("oldValue").asText()).isEqualTo(FIRST_GOAL);
    assertThat(newest.get("newValue").asText()).isEqualTo(CHANGED_GOAL);
    assertThat(newest.get("changedBy").asText()).isEqualTo("carla");
    assertThat(newest.get("changedAt").asText()).isNotBlank();
    assertThat(newest.get("source").asText()).isEqualTo("recovery-plan/finishRecoveryPlan");
    JsonNode first = goalHistory.get(1);
    assertThat(first.has("oldValue")).isFalse();
    assertThat(first.get("newValue").asText()).isEqualTo(FIRST_GOAL);
    assertThat(first.get("changedBy").asText()).isEqualTo("anna");
    assertThat(first.get("source").asText())
        .as("the same text again in startRecoveryPlan is no change").isEqualTo("recovery-goals/setRecoveryGoals");

    JsonNode all = client.read(client.get("anna", plan + "/history"));
    assertThat(all.get(0).get("changedBy").asText()).as("newest first").isEqualTo("carla");
    assertThat(all.get(all.size() - 1).get("changedBy").asText()).isEqualTo("anna");
    assertThat(all.findValuesAsText("field")).doesNotContain("goalNotes")
        .contains("groupName", "shortTermGoal1Now", "crisisContacts", "shortTermGoal2", "helpfulThings")
        .filteredOn("shortTermGoal1Now"::equals).hasSize(1);
  }
}
