package nl.resourcegroepen.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.support.CareFixture;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a care coordinator does with the group's meetings and agreements through the API: add a member the
 * forms missed, record a meeting, correct it, make an agreement in it, review it at the next meeting; and
 * every change can be traced back to who made it when.
 */
@ServiceTest
class MeetingApiTest {

  @LocalServerPort
  int port;

  private CareFixture care;

  @BeforeEach
  void setUp() {
    care = new CareFixture(port, "Teun Vergadering");
  }

  @Test
  void aMeetingIsRecordedCorrectedAndItsChangesKept() {
    String wieke = care.member("Wieke", "family");
    String jetske = care.member("Jetske", "responsibleClinician");
    String rachid = care.member("Rachid", "significantOther");
    JsonNode members = care.read(care.anna.get(care.base + "/members"));
    assertThat(members).extracting(m -> m.get("name").asText() + ":" + m.get("status").asText() + ":"
            + m.get("createdBy").asText())
        .as("family is nominated first, the zorgverantwoordelijke is in the group at once")
        .containsExactly("Wieke:NOMINATED:anna", "Jetske:ACTIVE:anna", "Rachid:NOMINATED:anna");

    HttpResponse<String> posted = care.anna.postJson(care.base + "/meetings", care.write(Map.of(
        "type", "vervolg", "heldOn", "2026-03-02", "location", "Buurthuis De Kern", "chairFormal", "Teun",
        "minuteTaker", "Wieke", "minutes", "Boodschappen besproken", "clientPresent", true,
        "attendance", List.of(wieke, jetske))));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    JsonNode meeting = care.read(posted);
    String path = care.base + "/meetings/" + meeting.get("id").asText();
    assertThat(meeting.get("type").asText()).isEqualTo("FOLLOW_UP");
    assertThat(meeting.get("typeName").asText()).isEqualTo("vervolgbijeenkomst");
    assertThat(meeting.get("responsibleClinicianPresent").asBoolean())
        .as("the zorgverantwoordelijke attended as a member").isTrue();
    assertThat(meeting.get("attendance")).extracting(a -> a.get("name").asText() + ":" + a.get("role").asText())
        .containsExactly("Teun Vergadering:client", "Wieke:family", "Jetske:responsibleClinician");
    assertThat(meeting.get("createdBy").asText()).isEqualTo("anna");

    // carla, the team coordinator, corrects the meeting: Rachid was there, not Jetske, and the place.
    Http carla = Http.basic(port, "carla", "demo");
    HttpResponse<String> corrected = carla.putJson(path, care.write(Map.of(
        "type", "FOLLOW_UP", "heldOn", "2026-03-02", "location", "Bibliotheek", "chairFormal", "Teun",
        "minuteTaker", "Wieke", "minutes", "Boodschappen besproken", "clientPresent", true,
        "attendance", List.of(wieke, rachid))));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    JsonNode read = care.read(care.anna.get(path));
    assertThat(read.get("location").asText()).isEqualTo("Bibliotheek");
    assertThat(read.get("responsibleClinicianPresent").asBoolean()).isFalse();
    assertThat(read.get("attendance")).extracting(a -> a.path("memberId").asText(""))
        .containsExactly("", wieke, rachid);
    assertThat(read.get("updatedBy").asText()).isEqualTo("carla");
    assertThat(care.read(care.anna.get(care.base + "/meetings"))).extracting(m -> m.get("id").asText())
        .containsExactly(meeting.get("id").asText());

    JsonNode history = care.read(care.anna.get(path + "/history"));
    assertThat(history).filteredOn(c -> c.get("changedBy").asText().equals("carla"))
        .extracting(c -> c.get("field").asText())
        .containsExactlyInAnyOrder("location", "responsibleClinicianPresent", "attendance");
    assertThat(history).filteredOn(c -> c.get("field").asText().equals("location"))
        .extracting(c -> c.path("oldValue").asText(null) + " -> " + c.get("newValue").asText() + " by "
            + c.get("changedBy").asText() + " via " + c.get("source").asText())
        .containsExactly("Buurthuis De Kern -> Bibliotheek by carla via api", "null -> Buurthuis De Kern by anna via api");
    assertThat(history).allSatisfy(c -> assertThat(c.get("changedAt").asText()).isNotBlank());
  }

  @Test
  void anAgreementIsMadeInAMeetingAndReviewedInTheNext() {
    String wieke = care.member("Wieke", "family");
    String first = care.meeting("2026-03-02", wieke);
    HttpResponse<String> made = care.anna.postJson(care.base + "/agreements", care.write(Map.of(
        "meetingId", first, "memberId", wieke, "goal", "shortTermGoal1", "what", "Samen boodschappen doen",
        "dueOn", "2026-03-16")));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode agreement = care.read(made);
    assertThat(agreement.get("who").asText()).as("who is the member").isEqualTo("Wieke");
    assertThat(agreement.get("memberId").asText()).isEqualTo(wieke);
    assertThat(agreement.get("statusName").asText()).isEqualTo("loopt");
    String path = care.base + "/agreements/" + agreement.get("id").asText();

    String next = care.meeting("2026-04-06", wieke);
    HttpResponse<String> reviewed = Http.basic(port, "daan", "demo").patchJson(path,
        "{\"status\":\"DONE\",\"reviewedInMeetingId\":\"" + next + "\"}");
    assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
    JsonNode read = care.read(care.anna.get(path));
    assertThat(read.get("status").asText()).isEqualTo("DONE");
    assertThat(read.get("reviewedInMeetingId").asText()).isEqualTo(next);
    assertThat(read.get("updatedBy").asText()).isEqualTo("daan");

    HttpResponse<String> moved = care.anna.patchJson(path, "{\"dueOn\":\"2026-04-20\",\"what\":\"Samen koken\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(care.read(moved).get("status").asText()).as("a correction leaves the status").isEqualTo("DONE");
    JsonNode history = care.read(care.anna.get(path + "/history"));
    assertThat(history).extracting(c -> c.get("field").asText() + " by " + c.get("changedBy").asText())
        .as("made (7 fields), reviewed (2), corrected (2)").hasSize(11)
        .containsSubsequence("dueOn by anna", "reviewedInMeetingId by daan", "goal by anna")
        .contains("what by anna", "status by daan", "memberId by anna");
    assertThat(care.read(care.anna.get(care.base + "/agreements"))).singleElement()
        .satisfies(a -> assertThat(a.get("what").asText()).isEqualTo("Samen koken"));
  }

  @Test
  void aMemberChangeIsKeptWithWhoAndWhen() {
    String jetske = care.member("Jetske", "responsibleClinician");
    String path = care.base + "/members/" + jetske;
    assertThat(Http.basic(port, "carla", "demo").patchJson(path, "{\"contact\":\"06 22222222\"}").statusCode())
        .isEqualTo(200);
    assertThat(care.anna.patchJson(path, "{\"status\":\"LEFT\"}").statusCode()).isEqualTo(200);
    JsonNode member = care.read(care.anna.get(path));
    assertThat(member.get("status").asText()).isEqualTo("LEFT");
    assertThat(member.get("contact").asText()).isEqualTo("06 22222222");
    assertThat(member.get("updatedBy").asText()).isEqualTo("anna");
    assertThat(care.read(care.anna.get(path + "/history")))
        .extracting(c -> c.get("field").asText() + ": " + c.path("oldValue").asText(null) + " -> "
            + c.path("newValue").asText(null) + " by " + c.get("changedBy").asText())
        .startsWith("status: ACTIVE -> LEFT by anna", "contact: null -> 06 22222222 by carla")
        .contains("name: null -> Jetske by anna");
  }

  @Test
  void relapseAndStepUpAreRecordedWithAFollowUpMeetingAndTheirCorrectionKept() {
    String wieke = care.member("Wieke", "family");
    HttpResponse<String> posted = care.anna.postJson(care.base + "/meetings", care.write(Map.of(
        "type", "FOLLOW_UP", "heldOn", "2026-03-02", "clientPresent", true, "attendance", List.of(wieke),
        "relapseReview", Map.of("lapseSinceLastMeeting", true, "lapseDescription", "Een avond gedronken",
            "relapseAgreements", "Wieke belt op vrijdag"))));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    JsonNode meeting = care.read(posted);
    assertThat(meeting.at("/relapseReview/lapseSinceLastMeeting").asBoolean()).isTrue();
    assertThat(meeting.at("/relapseReview/relapseAgreements").asText()).isEqualTo("Wieke belt op vrijdag");
    String path = care.base + "/meetings/" + meeting.get("id").asText();

    HttpResponse<String> corrected = Http.basic(port, "carla", "demo").putJson(path, care.write(Map.of(
        "type", "FOLLOW_UP", "heldOn", "2026-03-02", "clientPresent", true, "attendance", List.of(wieke),
        "relapseReview", Map.of("lapseSinceLastMeeting", true, "lapseDescription", "Een avond gedronken",
            "relapseAgreements", "Wieke belt op vrijdag", "stepUpAgreements", "Gesprek met de verslavingsarts"))));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(care.read(care.anna.get(path)).at("/relapseReview/stepUpAgreements").asText())
        .isEqualTo("Gesprek met de verslavingsarts");
    JsonNode history = care.read(care.anna.get(path + "/history"));
    assertThat(history).filteredOn(c -> c.get("changedBy").asText().equals("carla"))
        .extracting(c -> c.get("field").asText() + ": " + c.path("oldValue").asText(null) + " -> "
            + c.get("newValue").asText())
        .containsExactly("relapseReview.stepUpAgreements: null -> Gesprek met de verslavingsarts");
    assertThat(history).extracting(c -> c.get("field").asText())
        .contains("relapseReview.lapseSinceLastMeeting", "relapseReview.lapseDescription",
            "relapseReview.relapseAgreements");

    // A correction without the section removes it, as PUT replaces the whole meeting; the history keeps it.
    assertThat(care.anna.putJson(path, care.write(Map.of("type", "FOLLOW_UP", "heldOn", "2026-03-02",
        "clientPresent", true, "attendance", List.of(wieke)))).statusCode()).isEqualTo(200);
    assertThat(care.read(care.anna.get(path)).has("relapseReview")).isFalse();
    assertThat(care.read(care.anna.get(path + "/history")))
        .filteredOn(c -> c.get("field").asText().equals("relapseReview.relapseAgreements"))
        .extracting(c -> c.path("oldValue").asText(null) + " -> " + c.path("newValue").asText(null))
        .containsExactly("Wieke belt op vrijdag -> null", "null -> Wieke belt op vrijdag");
  }

  @Test
  void aMemberIsRenamedOnlyToANameNewInTheGroupAndTheOldNameStaysInTheHistory() {
    String wieke = care.member("Wieke", "family");
    care.member("Rachid", "significantOther");
    String path = care.base + "/members/" + wieke;

    HttpResponse<String> taken = care.anna.patchJson(path, "{\"name\":\" rachid \"}");
    assertThat(taken.statusCode()).as("meetings find members by name").isEqualTo(409);
    HttpResponse<String> renamed = care.anna.patchJson(path, "{\"name\":\" Wieke de Vries \"}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(care.read(renamed).get("name").asText()).isEqualTo("Wieke de Vries");
    assertThat(care.read(renamed).get("status").asText()).as("the rest stays").isEqualTo("NOMINATED");
    assertThat(care.read(care.anna.get(path + "/history")))
        .extracting(c -> c.get("field").asText() + ": " + c.path("oldValue").asText(null) + " -> "
            + c.path("newValue").asText(null) + " by " + c.get("changedBy").asText() + " via "
            + c.get("source").asText())
        .startsWith("name: Wieke -> Wieke de Vries by anna via api");
  }
}
