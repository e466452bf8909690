package nl.resourcegroepen.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A trajectory of team ggz-noord with a plan (two short-term goals, one long-term goal) and members, made
 * through the API as a care coordinator would, for tests of the care record's API.
 */
public final class CareFixture {

  public final Http anna;
  public final String trajectory;
  public final String base;
  private final ObjectMapper json = new ObjectMapper();

  public CareFixture(int port, String client) {
    anna = Http.basic(port, "anna", "demo");
    trajectory = read(anna.postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"" + client + "\"}}")).get("id").asText();
    base = "/api/trajectories/" + trajectory;
    HttpResponse<String> plan = anna.putJson(base + "/plan", write(Map.of(
        "groupName", "de groep van " + client,
        "longTermGoals", List.of(Map.of("goal", "Mijn rijbewijs gehaald hebben")),
        "shortTermGoals", List.of(Map.of("goal", "Ondersteuning bij de huishouding"),
            Map.of("goal", "Gaan sporten")),
        "earlyWarningPlan", Map.of("earlyWarningSigns", "Ik word stil"))));
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
  }

  /** Adds a member by hand and returns its id. */
  public String member(String name, String role) {
    HttpResponse<String> added = anna.postJson(base + "/members", write(Map.of("name", name, "role", role)));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return read(added).get("id").asText();
  }

  /** Records a follow-up meeting attended by the given members and returns its id. */
  public String meeting(String heldOn, String... memberIds) {
    HttpResponse<String> recorded = anna.postJson(base + "/meetings", write(Map.of("type", "FOLLOW_UP",
        "heldOn", heldOn, "clientPresent", true, "attendance", List.of(memberIds))));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    return read(recorded).get("id").asText();
  }

  public JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
