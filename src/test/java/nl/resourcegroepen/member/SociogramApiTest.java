package nl.resourcegroepen.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.support.CareFixture;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A care coordinator redraws the client's sociogram through the API when the people around the client
 * change: the whole list at once, under the rules of the form (every person has a name, the relation and
 * closeness are the form's choices, names and relations up to 200 and texts up to 4000 characters), and
 * every earlier version stays visible with who drew it when. What breaks a rule, is not JSON, or is about a
 * trajectory the user may not see, is refused with a Dutch problem detail and nothing is stored.
 */
@ServiceTest
class SociogramApiTest {

  private static final String NO_TRAJECTORY = "/api/trajectories/00000000-0000-0000-0000-000000000000";

  @LocalServerPort
  int port;
  @Autowired
  SociogramRepository sociogramRepository;
  @Autowired
  TaskService taskService;

  private CareFixture care;
  private String path;

  @BeforeEach
  void setUp() {
    care = new CareFixture(port, "Sociogram Cliënt");
    path = care.base + "/sociogram";
  }

  @Test
  void aRedrawnSociogramIsReadBackAndEveryEarlierVersionKept() {
    HttpResponse<String> drawn = put(care.anna, List.of(
        person("Wieke", "zus", "family", "close", "Helpt met boodschappen", true),
        person("  Rachid ", "vriend", "significantOther", "middle", null, false)));
    assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(200);
    assertThat(care.read(drawn)).extracting(p -> p.get("name").asText()).containsExactly("Rachid", "Wieke");

    JsonNode read = care.read(care.anna.get(path));
    assertThat(read).extracting(p -> p.get("name").asText() + ":" + p.path("relationDescription").asText() + ":"
            + p.path("relationType").asText() + ":" + p.path("closeness").asText() + ":"
            + p.path("meaning").asText(null) + ":" + p.get("possibleMember").asBoolean())
        .containsExactly("Rachid:vriend:significantOther:middle:null:false",
            "Wieke:zus:family:close:Helpt met boodschappen:true");
    assertThat(read).allSatisfy(p -> assertThat(p.get("drawnAt").asText()).isNotBlank());

    // carla, the team coordinator, redraws it: Rachid has moved away, the neighbour came in.
    Http carla = Http.basic(port, "carla", "demo");
    HttpResponse<String> redrawn = put(carla, List.of(
        person("Wieke", "zus", "family", "close", "Helpt met boodschappen", true),
        person("Jan", "buurman", "significantOther", "distant", "Kijkt naar de post", false)));
    assertThat(redrawn.statusCode()).as(redrawn.body()).isEqualTo(200);
    assertThat(care.read(care.anna.get(path))).extracting(p -> p.get("name").asText()).containsExactly("Jan", "Wieke");

    // The same people in another order, or what GET showed sent back as it is, is no new version.
    assertThat(put(care.anna, List.of(
        person("Jan", "buurman", "significantOther", "distant", "Kijkt naar de post", false),
        person("Wieke", "zus", "family", "close", "Helpt met boodschappen", true))).statusCode()).isEqualTo(200);
    assertThat(care.anna.putJson(path, care.anna.get(path).body()).statusCode()).isEqualTo(200);

    JsonNode history = care.read(care.anna.get(path + "/history"));
    assertThat(history).extracting(v -> v.get("changedBy").asText() + " via " + v.get("source").asText())
        .as("newest first, one version per change").containsExactly("carla via api", "anna via api");
    assertThat(history).allSatisfy(v -> assertThat(v.get("changedAt").asText()).isNotBlank());
    assertThat(history.get(0).get("people")).extracting(p -> p.get("name").asText()).containsExactly("Jan", "Wieke");
    assertThat(history.get(0).get("previous")).as("the earlier version, as anna drew it")
        .extracting(p -> p.get("name").asText() + ":" + p.path("closeness").asText())
        .containsExactly("Rachid:middle", "Wieke:close");
    assertThat(history.get(1).get("previous")).as("before anna, nothing was drawn").isEmpty();

    HttpResponse<String> cleared = put(care.anna, List.of());
    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(care.read(care.anna.get(path))).isEmpty();
    assertThat(care.read(care.anna.get(path + "/history")).get(0).get("previous"))
        .extracting(p -> p.get("name").asText()).containsExactly("Jan", "Wieke");
  }

  @Test
  void theFormAndTheApiKeepOneSociogramWithOneHistoryAndTheSameRules() {
    String trajectory = care.trajectory;
    taskService.complete(task(trajectory, "approachClient").getId(), Map.of("clientMotivated", "yes"));
    taskService.complete(task(trajectory, "explainMethod").getId(), Map.of());
    String complete = "/api/inbox/tasks/" + task(trajectory, "drawSociogram").getId() + "/complete";

    HttpResponse<String> refused = care.anna.postJson(complete, care.write(Map.of("sociogramPeople",
        List.of(person("Wieke", "zus", "family", "heel dichtbij", null, true)))));
    assertRefused(refused, "sociogramPeople[0].closeness",
        "Persoon 1: onbekend hoe dichtbij; kies close (dichtbij), middle (tussenin) of distant (verder weg)");
    assertRefused(put(care.anna, List.of(person("Wieke", "zus", "family", "heel dichtbij", null, true))),
        "people[0].closeness",
        "Persoon 1: onbekend hoe dichtbij; kies close (dichtbij), middle (tussenin) of distant (verder weg)");
    assertThat(care.read(care.anna.get(path + "/history"))).as("nothing stored").isEmpty();

    HttpResponse<String> filled = care.anna.postJson(complete, care.write(Map.of("sociogramPeople",
        List.of(person("Wieke", "zus", "family", "close", null, true), Map.of("possibleMember", false)))));
    assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
    assertThat(put(care.anna, List.of(person("Wieke", "zus", "family", "middle", null, true))).statusCode())
        .isEqualTo(200);

    JsonNode history = care.read(care.anna.get(path + "/history"));
    assertThat(history).extracting(v -> v.get("source").asText())
        .containsExactly("api", "sociogram/drawSociogram");
    assertThat(history.get(0).get("previous")).as("the form's version, without its empty row")
        .extracting(p -> p.get("name").asText() + ":" + p.get("closeness").asText()).containsExactly("Wieke:close");
  }

  @Test
  void eachRuleIsRefusedAndNothingIsStored() {
    assertThat(put(care.anna, List.of(person("Wieke", "zus", "family", "close", "Helpt", true))).statusCode())
        .isEqualTo(200);
    String before = snapshot();

    Map<String, Object> noName = person(null, "zus", "family", "close", null, true);
    assertRefused(put(care.anna, List.of(person("Jan", null, null, null, null, false), noName)), "people[1].name",
        "Persoon 2: vul een naam in");
    assertRefused(put(care.anna, List.of(person("   ", null, null, null, null, false))), "people[0].name",
        "Persoon 1: vul een naam in");
    assertRefused(put(care.anna, Arrays.asList(person("Jan", null, null, null, null, false), null)),
        "people[1].name", "Persoon 2: vul een naam in");
    assertRefused(put(care.anna, List.of(person("x".repeat(201), null, null, null, null, false))), "people[0].name",
        "Persoon 1: de naam is te lang (maximaal 200 tekens)");
    assertRefused(put(care.anna, List.of(person("Jan", "x".repeat(201), null, null, null, false))),
        "people[0].relationDescription", "Persoon 1: wie deze persoon is, is te lang (maximaal 200 tekens)");
    assertRefused(put(care.anna, List.of(person("Jan", "oom", "oom", null, null, false))),
        "people[0].relationType", "Persoon 1: onbekende soort relatie; kies family (familie), significantOther "
            + "(naaste), professional of peerExpert (ervaringsdeskundige)");
    assertRefused(put(care.anna, List.of(person("Jan", "oom", "family", "dichtbij", null, false))),
        "people[0].closeness", "Persoon 1: onbekend hoe dichtbij; kies close (dichtbij), middle (tussenin) of "
            + "distant (verder weg)");
    assertRefused(put(care.anna, List.of(person("Jan", "oom", "family", "close", "x".repeat(4001), false))),
        "people[0].meaning", "Persoon 1: wat deze persoon betekent, is te lang (maximaal 4000 tekens)");
    List<Map<String, Object>> crowd = new ArrayList<>();
    for (int i = 1; i <= 101; i++) {
      crowd.add(person("Persoon " + i, null, null, null, null, false));
    }
    assertRefused(put(care.anna, crowd), "people", "Maximaal 100 personen in het sociogram");
    // One good person does not get stored with a bad one: the whole list is refused.
    HttpResponse<String> mixed = put(care.anna, List.of(person("Jan", "buurman", "significantOther", "close", null,
        false), person("Piet", "oom", "family", "ver", null, false)));
    assertRefused(mixed, "people[1].closeness", "onbekend hoe dichtbij");
    assertThat(care.read(mixed).get("detail").asText()).startsWith("Het sociogram is niet opgeslagen: ")
        .doesNotContain("Piet", "oom");
    assertThat(snapshot()).isEqualTo(before);

    // At the limits, the sociogram is stored.
    List<Map<String, Object>> full = new ArrayList<>();
    full.add(person("x".repeat(200), "y".repeat(200), "peerExpert", "distant", "z".repeat(4000), true));
    for (int i = 2; i <= 100; i++) {
      full.add(person("Persoon " + i, null, "professional", "middle", null, false));
    }
    HttpResponse<String> atLimit = put(care.anna, full);
    assertThat(atLimit.statusCode()).as(atLimit.body()).isEqualTo(200);
    assertThat(care.read(care.anna.get(path))).hasSize(100);
  }

  @Test
  void malformedJsonIsRefusedAndNothingIsStored() {
    assertThat(put(care.anna, List.of(person("Wieke", "zus", "family", "close", null, true))).statusCode())
        .isEqualTo(200);
    String before = snapshot();
    for (String body : List.of("[{\"name\": \"Jan\", ", "{\"name\": \"Jan\"}", "[{\"name\": \"Jan\", "
        + "\"possibleMember\": \"misschien\"}]", "[\"Jan\"]", "", "null")) {
      HttpResponse<String> response = care.anna.putJson(path, body);
      assertProblem(response, 400);
      assertThat(care.read(response).get("detail").asText()).as(body)
          .isEqualTo("De invoer is geen geldige JSON of bevat een onbekende waarde");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anUnknownTrajectoryIsNotFoundAndNothingIsStored() {
    long people = sociogramRepository.count();
    String wieke = care.write(List.of(person("Wieke", "zus", "family", "close", null, true)));
    for (HttpResponse<String> response : List.of(care.anna.get(NO_TRAJECTORY + "/sociogram"),
        care.anna.putJson(NO_TRAJECTORY + "/sociogram", wieke),
        care.anna.get(NO_TRAJECTORY + "/sociogram/history"))) {
      assertProblem(response, 404);
      assertThat(care.read(response).get("detail").asText())
          .isEqualTo("Dit traject bestaat niet of u heeft er geen toegang toe");
    }
    assertThat(sociogramRepository.count()).isEqualTo(people);
  }

  @Test
  void onlyTheClientsTeamReadsOrRedrawsTheSociogram() {
    assertThat(put(care.anna, List.of(person("Wieke", "zus", "family", "close", "Helpt", true))).statusCode())
        .isEqualTo(200);
    String before = snapshot();
    String other = care.write(List.of(person("Indringer", null, null, null, null, false)));
    Map<Http, Integer> outsiders = Map.of(Http.basic(port, "bram", "demo"), 404, Http.basic(port, "hanna", "demo"),
        403);
    outsiders.forEach((outsider, status) -> {
      for (HttpResponse<String> response : List.of(outsider.get(path), outsider.putJson(path, other),
          outsider.get(path + "/history"))) {
        assertProblem(response, status);
        assertThat(response.body()).doesNotContain("Wieke", "Helpt", "Sociogram Cliënt");
      }
    });
    Http nobody = new Http(port);
    assertThat(nobody.get(path).statusCode()).isEqualTo(401);
    assertThat(nobody.putJson(path, other).statusCode()).isIn(401, 403);
    assertThat(snapshot()).isEqualTo(before);
  }

  // --- helpers

  private static Map<String, Object> person(String name, String relationDescription, String relationType,
      String closeness, String meaning, boolean possibleMember) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("name", name);
    person.put("relationDescription", relationDescription);
    person.put("relationType", relationType);
    person.put("closeness", closeness);
    person.put("meaning", meaning);
    person.put("possibleMember", possibleMember);
    return person;
  }

  private HttpResponse<String> put(Http user, List<Map<String, Object>> people) {
    return user.putJson(path, care.write(people));
  }

  /** The sociogram and its history as the team sees them, to compare before and after. */
  private String snapshot() {
    HttpResponse<String> people = care.anna.get(path);
    HttpResponse<String> history = care.anna.get(path + "/history");
    assertThat(people.statusCode()).isEqualTo(200);
    assertThat(history.statusCode()).isEqualTo(200);
    return people.body() + "\n" + history.body();
  }

  private Task task(String trajectory, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key).singleResult();
  }

  private void assertRefused(HttpResponse<String> response, String field, String message) {
    assertProblem(response, 400);
    JsonNode fields = care.read(response).get("fields");
    assertThat(fields).as(response.body()).isNotNull();
    assertThat(fields.path(field).asText()).as(response.body()).contains(message);
  }

  private void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).as(response.body())
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
  }
}
