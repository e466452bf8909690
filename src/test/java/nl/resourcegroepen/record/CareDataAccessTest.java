package nl.resourcegroepen.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.support.CareFixture;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * All care data of a trajectory stays readable through the API for the client's team – plan,
 * signaleringsplan, sociogram, members, meetings, agreements, their histories and the record – and for
 * nobody else: another team gets 404 (the trajectory is not theirs to know), a manager 403 (sees the
 * trajectory as a figure, not its content), someone not logged in 401. Nor can they change it.
 */
@ServiceTest
class CareDataAccessTest {

  private static final String CLIENT = "Toegang Cliënt";

  @LocalServerPort
  int port;

  @Test
  void onlyTheClientsTeamReadsTheCareData() {
    CareFixture care = new CareFixture(port, CLIENT);
    String wieke = care.member("Wieke", "family");
    String meeting = care.meeting("2026-03-02", wieke);
    String agreement = care.read(care.anna.postJson(care.base + "/agreements", care.write(Map.of(
        "meetingId", meeting, "memberId", wieke, "goal", "shortTermGoal2", "what", "Samen fietsen")))).get("id").asText();

    Map<String, String> contentByPath = Map.ofEntries(
        Map.entry("/plan", "Gaan sporten"),
        Map.entry("/plan/history", "Gaan sporten"),
        Map.entry("/early-warning-plan", "Ik word stil"),
        Map.entry("/sociogram", "[]"),
        Map.entry("/members", "Wieke"),
        Map.entry("/members/" + wieke, "Wieke"),
        Map.entry("/members/" + wieke + "/history", "Wieke"),
        Map.entry("/meetings", CLIENT),
        Map.entry("/meetings/" + meeting, CLIENT),
        Map.entry("/meetings/" + meeting + "/history", CLIENT),
        Map.entry("/agreements", "Samen fietsen"),
        Map.entry("/agreements/" + agreement, "Samen fietsen"),
        Map.entry("/agreements/" + agreement + "/history", "Samen fietsen"),
        Map.entry("/record", "["));
    Http carla = Http.basic(port, "carla", "demo");
    Http bram = Http.basic(port, "bram", "demo");
    Http hanna = Http.basic(port, "hanna", "demo");
    Http nobody = new Http(port);
    contentByPath.forEach((path, content) -> {
      for (Http team : List.of(care.anna, carla)) {
        HttpResponse<String> read = team.get(care.base + path);
        assertThat(read.statusCode()).as(path).isEqualTo(200);
        assertThat(read.body()).as(path).contains(content);
      }
      HttpResponse<String> otherTeam = bram.get(care.base + path);
      assertThat(otherTeam.statusCode()).as("another team: %s", path).isEqualTo(404);
      HttpResponse<String> manager = hanna.get(care.base + path);
      assertThat(manager.statusCode()).as("a manager: %s", path).isEqualTo(403);
      for (HttpResponse<String> refused : List.of(otherTeam, manager)) {
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).contains("application/problem+json"));
        assertThat(refused.body()).as(path).doesNotContain(CLIENT, "Wieke", "Samen fietsen", "Gaan sporten");
      }
      assertThat(nobody.get(care.base + path).statusCode()).as("not logged in: %s", path).isEqualTo(401);
      assertThat(care.anna.get("/api/trajectories/00000000-0000-0000-0000-000000000000" + path).statusCode())
          .as("no such trajectory: %s", path).isEqualTo(404);
    });

    String before = care.anna.get(care.base + "/meetings").body() + care.anna.get(care.base + "/agreements").body()
        + care.anna.get(care.base + "/members").body() + care.anna.get(care.base + "/plan").body();
    for (Http outsider : List.of(bram, hanna)) {
      int expected = outsider == bram ? 404 : 403;
      List<HttpResponse<String>> writes = List.of(
          outsider.postJson(care.base + "/meetings", "{\"type\":\"THEME\",\"heldOn\":\"2026-04-01\"}"),
          outsider.putJson(care.base + "/meetings/" + meeting, "{\"type\":\"THEME\",\"heldOn\":\"2026-04-01\"}"),
          outsider.postJson(care.base + "/agreements", care.write(Map.of("meetingId", meeting, "memberId", wieke,
              "goal", "other", "what", "Overgenomen"))),
          outsider.patchJson(care.base + "/agreements/" + agreement, "{\"status\":\"DROPPED\"}"),
          outsider.postJson(care.base + "/members", "{\"name\":\"Indringer\",\"role\":\"family\"}"),
          outsider.patchJson(care.base + "/members/" + wieke, "{\"status\":\"LEFT\"}"),
          outsider.putJson(care.base + "/early-warning-plan", "{\"earlyWarningSigns\":\"Overgenomen\"}"));
      assertThat(writes).allSatisfy(w -> assertThat(w.statusCode()).as(w.body()).isEqualTo(expected));
    }
    assertThat(care.anna.get(care.base + "/meetings").body() + care.anna.get(care.base + "/agreements").body()
        + care.anna.get(care.base + "/members").body() + care.anna.get(care.base + "/plan").body())
        .isEqualTo(before);
  }
}
