package nl.resourcegroepen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/trajectories/{id}/plan}: replace, read, history; refused requests store nothing. */
@ServiceTest
class PlanApiTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;

  private PlanTestClient client;
  private String trajectory;
  private String plan;

  @BeforeEach
  void setUp() {
    client = new PlanTestClient(port, taskService);
    trajectory = client.startTrajectory("Teun Api");
    plan = "/api/trajectories/" + trajectory + "/plan";
  }

  @Test
  void aPlanIsReplacedReadAndItsChangesKept() {
    assertThat(client.get("anna", plan).statusCode()).as("no plan yet is an empty plan").isEqualTo(200);

    HttpResponse<String> put = client.put("anna", plan, client.write(validPlan(2, "Ik wil gaan sporten")));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    JsonNode saved = client.read(client.get("anna", plan));
    assertThat(saved.get("groupName").asText()).isEqualTo("de groep van Teun");
    assertThat(saved.at("/shortTermGoals/1/goal").asText()).isEqualTo("Ik wil gaan sporten");
    assertThat(saved.at("/shortTermGoals/1/slot").asInt()).isEqualTo(2);
    assertThat(saved.at("/earlyWarningPlan/preferredAdmissionPlace").asText()).isEqualTo("Niet");
    assertThat(saved.at("/updatedBy").asText()).isEqualTo("anna");

    // A second PUT changes one goal and leaves out the signaleringsplan: that is cleared
    Map<String, Object> changed = validPlan(2, "Ik wil twee keer per week fietsen");
    changed.remove("earlyWarningPlan");
    assertThat(client.put("anna", plan, client.write(changed)).statusCode()).isEqualTo(200);
    JsonNode history = client.read(client.get("anna", plan + "/history?field=shortTermGoal2"));
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("oldValue").asText()).isEqualTo("Ik wil gaan sporten");
    assertThat(history.get(0).get("newValue").asText()).isEqualTo("Ik wil twee keer per week fietsen");
    assertThat(history.get(0).get("source").asText()).isEqualTo("api");
    JsonNode cleared = client.read(client.get("anna", plan + "/history?field=preferredAdmissionPlace"));
    assertThat(cleared.get(0).get("oldValue").asText()).isEqualTo("Niet");
    assertThat(cleared.get(0).has("newValue")).isFalse();
    assertThat(client.read(client.get("anna", plan)).at("/earlyWarningPlan/preferredAdmissionPlace").isMissingNode())
        .isTrue();
  }

  @Test
  void tooManyGoalsTooLongTextsAndBrokenJsonAreRefusedAndNothingIsStored() {
    Map<String, Object> exactly4000 = validPlan(1, "Ander doel");
    exactly4000.put("groupName", "x".repeat(4000));
    assertThat(client.put("anna", plan, client.write(exactly4000)).statusCode())
        .as("4000 characters is allowed").isEqualTo(200);
    assertThat(client.put("anna", plan, client.write(validPlan(1, "Ik wil gaan sporten"))).statusCode()).isEqualTo(200);
    String before = client.get("anna", plan).body();
    int revisions = client.read(client.get("anna", plan + "/history")).size();

    Map<String, Object> fourShort = validPlan(1, "Ander doel");
    List<Object> shortGoals = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      shortGoals.add(Map.of("goal", "Doel " + i));
    }
    fourShort.put("shortTermGoals", shortGoals);
    HttpResponse<String> tooMany = client.put("anna", plan, client.write(fourShort));
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(client.read(tooMany).at("/fields/shortTermGoals").asText()).isEqualTo("Maximaal drie kortetermijndoelen");

    Map<String, Object> threeLong = validPlan(1, "Ander doel");
    threeLong.put("longTermGoals", List.of(Map.of("goal", "a"), Map.of("goal", "b"), Map.of("goal", "c")));
    HttpResponse<String> tooManyLong = client.put("anna", plan, client.write(threeLong));
    assertThat(tooManyLong.statusCode()).isEqualTo(400);
    assertThat(client.read(tooManyLong).at("/fields/longTermGoals").asText()).isEqualTo("Maximaal twee langetermijndoelen");

    Map<String, Object> sameSlot = validPlan(1, "Ander doel");
    sameSlot.put("shortTermGoals", List.of(Map.of("slot", 2, "goal", "a"), Map.of("slot", 2, "goal", "b")));
    assertThat(client.put("anna", plan, client.write(sameSlot)).statusCode()).isEqualTo(400);

    Map<String, Object> slotFive = validPlan(1, "Ander doel");
    slotFive.put("shortTermGoals", List.of(Map.of("slot", 5, "goal", "a")));
    assertThat(client.put("anna", plan, client.write(slotFive)).statusCode()).isEqualTo(400);

    Map<String, Object> longText = validPlan(1, "Ander doel");
    longText.put("groupName", "x".repeat(4001));
    HttpResponse<String> tooLong = client.put("anna", plan, client.write(longText));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(client.read(tooLong).at("/fields/groupName").asText()).isEqualTo("Maximaal 4000 tekens");

    Map<String, Object> longGoalPart = validPlan(1, "Ander doel");
    longGoalPart.put("shortTermGoals", List.of(Map.of("goal", "a", "howToSee", "y".repeat(4001))));
    assertThat(client.put("anna", plan, client.write(longGoalPart)).statusCode()).isEqualTo(400);

    Map<String, Object> longWarning = validPlan(1, "Ander doel");
    longWarning.put("earlyWarningPlan", Map.of("helpfulThings", "z".repeat(4001)));
    HttpResponse<String> tooLongWarning = client.put("anna", plan, client.write(longWarning));
    assertThat(tooLongWarning.statusCode()).isEqualTo(400);
    assertThat(client.read(tooLongWarning).at("/fields").toString()).contains("helpfulThings");

    HttpResponse<String> malformed = client.put("anna", plan, "{\"groupName\": \"de groep\", \"shortTermGoals\": [");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(client.read(malformed).get("detail").asText()).isNotBlank();
    assertThat(client.put("anna", plan, "{\"shortTermGoals\": \"geen lijst\"}").statusCode()).isEqualTo(400);

    assertThat(client.get("anna", plan).body()).as("plan unchanged").isEqualTo(before);
    assertThat(client.read(client.get("anna", plan + "/history")).size()).isEqualTo(revisions);
  }

  @Test
  void onlyTheClientsTeamSeesOrChangesThePlan() {
    assertThat(client.put("anna", plan, client.write(validPlan(1, "Ik wil gaan sporten"))).statusCode()).isEqualTo(200);
    String before = client.get("anna", plan).body();

    String unknown = "/api/trajectories/00000000-0000-0000-0000-000000000000/plan";
    assertThat(client.get("anna", unknown).statusCode()).isEqualTo(404);
    assertThat(client.put("anna", unknown, client.write(validPlan(1, "x"))).statusCode()).isEqualTo(404);
    assertThat(client.get("anna", unknown + "/history").statusCode()).isEqualTo(404);

    HttpResponse<String> otherTeam = client.get("bram", plan);
    assertThat(otherTeam.statusCode()).isEqualTo(404);
    assertThat(otherTeam.body()).doesNotContain("sporten");
    assertThat(client.put("bram", plan, client.write(validPlan(1, "Overgenomen"))).statusCode()).isEqualTo(404);
    assertThat(client.get("bram", plan + "/history").statusCode()).isEqualTo(404);
    assertThat(client.get("bram", plan + "/history").body()).doesNotContain("sporten");

    assertThat(client.get("hanna", plan).statusCode()).as("a manager sees trajectories, not care content").isEqualTo(403);
    assertThat(client.put("carla", plan, client.write(validPlan(1, "Ik wil gaan sporten"))).statusCode())
        .as("the team coordinator of the team may").isEqualTo(200);

    assertThat(client.get("anna", plan).body()).isEqualTo(before);
  }

  private static Map<String, Object> validPlan(int slotOfChangedGoal, String changedGoal) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("clientName", "Teun");
    plan.put("groupName", "de groep van Teun");
    plan.put("participants", "mijn zus Wieke, vriend Rachid, Harry (regieondersteuner) en Joost (ervaringsdeskundige)");
    plan.put("careCoordinatorName", "Harry");
    plan.put("responsibleClinicianName", "Jetske (psychiater)");
    plan.put("peerExpertName", "Joost");
    plan.put("longTermGoals", List.of(Map.of("goal", "Mijn rijbewijs gehaald hebben"),
        Map.of("goal", "Een hobby ontwikkeld hebben (schilderen)")));
    List<Object> shortGoals = new ArrayList<>();
    shortGoals.add(Map.of("goal", slotOfChangedGoal == 1 ? changedGoal : "Ik wil ondersteuning bij de huishouding",
        "now", "De woonbegeleiding helpt hier niet echt mee", "goingWell", "Soms halen we boodschappen",
        "needed", "Hulp bij opstarten", "whoDoesWhat", "Ik ga met Wieke in gesprek",
        "howToSee", "Het huis is schoner"));
    shortGoals.add(Map.of("goal", slotOfChangedGoal == 2 ? changedGoal : "Ik wil gaan sporten"));
    plan.put("shortTermGoals", shortGoals);
    plan.put("earlyWarningPlan", Map.of("earlyWarningSigns", "Ik word stil en trek mij terug",
        "crisisContacts", "Resourcegroep\nPsychiater Jetske", "preferredAdmissionPlace", "Niet",
        "crisisMedicationRefused", "Haldol", "generalPractitionerName", "Dr. Bos"));
    return plan;
  }
}
