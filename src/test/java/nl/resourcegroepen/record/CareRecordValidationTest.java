package nl.resourcegroepen.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.meeting.AgreementRepository;
import nl.resourcegroepen.meeting.MeetingRepository;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.support.CareFixture;
import nl.resourcegroepen.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The care record refuses what breaks the method's rules, malformed JSON, ids that do not exist and input
 * that is too large: a 4xx problem detail with a Dutch explanation, and nothing is stored (read back
 * through the API, and for requests about a trajectory that does not exist, through the repositories).
 * The rules: at most three short-term and two long-term goals; an agreement names a member of the group
 * and a goal of the plan; a meeting's attendance lists only members.
 */
@ServiceTest
class CareRecordValidationTest {

  private static final String NO_TRAJECTORY = "/api/trajectories/00000000-0000-0000-0000-000000000000";

  @LocalServerPort
  int port;
  @Autowired
  MeetingRepository meetingRepository;
  @Autowired
  AgreementRepository agreementRepository;
  @Autowired
  MemberRepository memberRepository;

  private CareFixture care;
  private String wieke;
  private String meeting;
  private String agreement;

  @BeforeEach
  void setUp() {
    care = new CareFixture(port, "Regel Cliënt");
    wieke = care.member("Wieke", "family");
    meeting = care.meeting("2026-03-02", wieke);
    agreement = care.read(care.anna.postJson(care.base + "/agreements", care.write(Map.of("meetingId", meeting,
        "memberId", wieke, "goal", "shortTermGoal1", "what", "Samen boodschappen doen")))).get("id").asText();
  }

  @Test
  void atMostThreeShortTermAndTwoLongTermGoals() {
    String before = snapshot();
    Map<String, Object> fourShort = plan();
    fourShort.put("shortTermGoals", List.of(Map.of("goal", "a"), Map.of("goal", "b"), Map.of("goal", "c"),
        Map.of("goal", "d")));
    assertRefused(care.anna.putJson(care.base + "/plan", care.write(fourShort)), 400,
        "shortTermGoals", "Maximaal drie kortetermijndoelen");
    Map<String, Object> threeLong = plan();
    threeLong.put("longTermGoals", List.of(Map.of("goal", "a"), Map.of("goal", "b"), Map.of("goal", "c")));
    assertRefused(care.anna.putJson(care.base + "/plan", care.write(threeLong)), 400,
        "longTermGoals", "Maximaal twee langetermijndoelen");
    Map<String, Object> slotFour = plan();
    slotFour.put("shortTermGoals", List.of(Map.of("slot", 4, "goal", "a")));
    assertRefused(care.anna.putJson(care.base + "/plan", care.write(slotFour)), 400,
        "shortTermGoals", "Een kortetermijndoel heeft nummer 1, 2 of 3");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anAgreementNamesAMemberOfTheGroupAndAGoalOfThePlan() {
    String otherMember = new CareFixture(port, "Andere Cliënt").member("Kees", "family");
    String before = snapshot();

    assertRefused(postAgreement(Map.of("meetingId", meeting, "goal", "shortTermGoal1", "what", "Koken")), 400,
        "memberId", "Kies wie het doet: een lid van de resourcegroep");
    assertRefused(postAgreement(Map.of("meetingId", meeting, "memberId", wieke, "what", "Koken")), 400,
        "goal", "Kies het doel waar de afspraak bij hoort");
    assertRefused(postAgreement(Map.of("meetingId", meeting, "memberId", wieke, "goal", "shortTermGoal1")), 400,
        "what", "Vul in wat er gebeurt");
    assertRefused(postAgreement(Map.of("meetingId", meeting, "memberId", "onbekend", "goal", "shortTermGoal1",
        "what", "Koken")), 422, "memberId", "Dit lid hoort niet bij deze resourcegroep; voeg het lid eerst toe");
    assertRefused(postAgreement(Map.of("meetingId", meeting, "memberId", otherMember, "goal", "shortTermGoal1",
        "what", "Koken")), 422, "memberId", "Dit lid hoort niet bij deze resourcegroep; voeg het lid eerst toe");
    assertRefused(postAgreement(Map.of("meetingId", meeting, "memberId", wieke, "goal", "shortTermGoal3",
        "what", "Koken")), 422, "goal", "Het resourcegroepplan heeft dit doel (nog) niet; vul het eerst in het plan in");
    assertRefused(postAgreement(Map.of("meetingId", meeting, "memberId", wieke, "goal", "longTermGoal2",
        "what", "Koken")), 422, "goal", "Het resourcegroepplan heeft dit doel (nog) niet; vul het eerst in het plan in");
    assertRefused(postAgreement(Map.of("meetingId", meeting, "memberId", wieke, "goal", "hersteldoel",
        "what", "Koken")), 422, "goal", "Onbekend doel; kies shortTermGoal1, 2 of 3, longTermGoal1 of 2, of other");
    assertRefused(postAgreement(Map.of("meetingId", "onbekend", "memberId", wieke, "goal", "shortTermGoal1",
        "what", "Koken")), 422, "meetingId", "Deze bijeenkomst bestaat niet in dit traject");

    String path = care.base + "/agreements/" + agreement;
    assertRefused(care.anna.patchJson(path, "{\"memberId\":\"" + otherMember + "\"}"), 422, "memberId",
        "Dit lid hoort niet bij deze resourcegroep; voeg het lid eerst toe");
    assertRefused(care.anna.patchJson(path, "{\"goal\":\"shortTermGoal3\"}"), 422, "goal",
        "Het resourcegroepplan heeft dit doel (nog) niet; vul het eerst in het plan in");
    assertRefused(care.anna.patchJson(path, "{\"status\":\"DONE\",\"reviewedInMeetingId\":\"onbekend\"}"), 422,
        "reviewedInMeetingId", "Deze bijeenkomst bestaat niet in dit traject");
    assertRefused(care.anna.patchJson(path, "{\"what\":\"  \"}"), 400, "what",
        "Werkafspraak: vul in wat er gebeurt");
    assertRefused(care.anna.patchJson(path, "{}"), 400, "status",
        "Geef aan wat er verandert: status (OPEN, DONE of DROPPED), reviewedInMeetingId, memberId, goal, what of dueOn");
    assertThat(snapshot()).isEqualTo(before);

    assertThat(postAgreement(Map.of("meetingId", meeting, "memberId", wieke, "goal", "other", "what", "Koken"))
        .statusCode()).as("an agreement for something outside the plan's goals").isEqualTo(201);
  }

  @Test
  void aMeetingsAttendanceListsOnlyMembersOfTheGroup() {
    String otherMember = new CareFixture(port, "Derde Cliënt").member("Kees", "family");
    String before = snapshot();

    assertRefused(postMeeting(meetingWith(List.of(wieke, "onbekend"))), 422, "attendance[1]",
        "Aanwezige 2 is geen lid van deze resourcegroep; voeg het lid eerst toe");
    assertRefused(postMeeting(meetingWith(List.of(otherMember))), 422, "attendance[0]",
        "Aanwezige 1 is geen lid van deze resourcegroep; voeg het lid eerst toe");
    assertRefused(postMeeting(meetingWith(List.of(wieke, wieke))), 400, "attendance[1]",
        "Aanwezige 2 staat er twee keer in");
    assertRefused(postMeeting(meetingWith(java.util.Arrays.asList(wieke, null))), 400, "attendance[1]",
        "Een aanwezige is een lid-id, niet leeg");
    assertRefused(care.anna.putJson(care.base + "/meetings/" + meeting, care.write(meetingWith(List.of(otherMember)))),
        422, "attendance[0]", "Aanwezige 1 is geen lid van deze resourcegroep; voeg het lid eerst toe");
    Map<String, Object> noDate = meetingWith(List.of(wieke));
    noDate.remove("heldOn");
    assertRefused(postMeeting(noDate), 400, "heldOn", "Vul de datum van de bijeenkomst in (JJJJ-MM-DD)");
    Map<String, Object> noType = meetingWith(List.of(wieke));
    noType.remove("type");
    assertRefused(postMeeting(noType), 400, "type", "Kies de soort bijeenkomst: START, FOLLOW_UP, THEME of HANDOVER");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void malformedJsonAndUnknownValuesAreRefused() {
    String before = snapshot();
    String broken = "{\"type\": \"FOLLOW_UP\", \"attendance\": [";
    for (HttpResponse<String> response : List.of(
        care.anna.putJson(care.base + "/plan", broken),
        care.anna.putJson(care.base + "/early-warning-plan", broken),
        care.anna.postJson(care.base + "/meetings", broken),
        care.anna.putJson(care.base + "/meetings/" + meeting, broken),
        care.anna.postJson(care.base + "/agreements", broken),
        care.anna.patchJson(care.base + "/agreements/" + agreement, broken),
        care.anna.postJson(care.base + "/members", broken),
        care.anna.patchJson(care.base + "/members/" + wieke, broken),
        care.anna.postJson(care.base + "/meetings", ""))) {
      assertProblem(response, 400);
      assertThat(care.read(response).get("detail").asText())
          .isEqualTo("De invoer is geen geldige JSON of bevat een onbekende waarde");
    }
    Map<String, Object> badDate = meetingWith(List.of(wieke));
    badDate.put("heldOn", "gisteren");
    assertProblem(postMeeting(badDate), 400);
    Map<String, Object> badType = meetingWith(List.of(wieke));
    badType.put("type", "vergadering");
    HttpResponse<String> unknownType = postMeeting(badType);
    assertProblem(unknownType, 400);
    assertThat(care.read(unknownType).get("detail").asText())
        .isEqualTo("Onbekende soort bijeenkomst; kies START, FOLLOW_UP, THEME of HANDOVER (start, vervolg, thema, "
            + "overdracht)");
    assertProblem(care.anna.postJson(care.base + "/members", "{\"name\":\"Oom Piet\",\"role\":\"oom\"}"), 400);
    assertProblem(care.anna.patchJson(care.base + "/agreements/" + agreement, "{\"status\":\"MISSCHIEN\"}"), 400);
    assertProblem(care.anna.putJson(care.base + "/plan", "{\"shortTermGoals\": \"geen lijst\"}"), 400);
    assertProblem(care.anna.postJson(care.base + "/meetings", "[1, 2]"), 400);
    assertRefused(care.anna.postJson(care.base + "/members", "{\"name\":\"Oom Piet\",\"role\":\"family\","
        + "\"status\":\"ACTIVE\"}"), 422, "status", "Familie, naasten, professionals en ervaringsdeskundigen worden "
        + "lid na het verdiepingsgesprek; voeg hem of haar toe als genomineerde (NOMINATED)");
    assertRefused(care.anna.postJson(care.base + "/members", "{\"name\":\"Oom Piet\",\"role\":\"family\","
        + "\"status\":\"LEFT\"}"), 400, "status", "Een nieuw lid is ACTIVE (in de groep) of NOMINATED (genomineerd)");
    HttpResponse<String> twice = care.anna.postJson(care.base + "/members", "{\"name\":\"wieke\",\"role\":\"family\"}");
    assertProblem(twice, 409);
    assertThat(care.read(twice).get("detail").asText()).isEqualTo("Er is al een lid met deze naam in deze resourcegroep");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void unknownIdsAreNotFoundAndNothingIsStored() {
    String otherTrajectory = new CareFixture(port, "Vierde Cliënt").base;
    String before = snapshot();
    long meetings = meetingRepository.count();
    long agreements = agreementRepository.count();
    long members = memberRepository.count();

    for (HttpResponse<String> response : List.of(
        care.anna.get(NO_TRAJECTORY + "/meetings"),
        care.anna.postJson(NO_TRAJECTORY + "/meetings", care.write(meetingWith(List.of()))),
        care.anna.putJson(NO_TRAJECTORY + "/meetings/" + meeting, care.write(meetingWith(List.of()))),
        care.anna.postJson(NO_TRAJECTORY + "/agreements", care.write(Map.of("meetingId", meeting, "memberId", wieke,
            "goal", "other", "what", "Koken"))),
        care.anna.patchJson(NO_TRAJECTORY + "/agreements/" + agreement, "{\"status\":\"DONE\"}"),
        care.anna.postJson(NO_TRAJECTORY + "/members", "{\"name\":\"Oom Piet\",\"role\":\"family\"}"),
        care.anna.patchJson(NO_TRAJECTORY + "/members/" + wieke, "{\"status\":\"LEFT\"}"),
        care.anna.putJson(NO_TRAJECTORY + "/plan", care.write(plan())),
        care.anna.putJson(NO_TRAJECTORY + "/early-warning-plan", "{\"earlyWarningSigns\":\"x\"}"))) {
      assertProblem(response, 404);
      assertThat(care.read(response).get("detail").asText())
          .isEqualTo("Dit traject bestaat niet of u heeft er geen toegang toe");
    }
    assertThat(meetingRepository.count()).isEqualTo(meetings);
    assertThat(agreementRepository.count()).isEqualTo(agreements);
    assertThat(memberRepository.count()).isEqualTo(members);

    assertUnknownIds(care.base, "onbekend", "onbekend", "onbekend");
    // Ids that exist, but in another trajectory, are as unknown as ids that do not exist at all.
    assertUnknownIds(otherTrajectory, meeting, agreement, wieke);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void oversizedInputIsRefused() throws Exception {
    String before = snapshot();
    Map<String, String> tooLong = new LinkedHashMap<>();
    tooLong.put("location", "x".repeat(401));
    tooLong.put("chairFormal", "x".repeat(201));
    tooLong.put("chairInformal", "x".repeat(201));
    tooLong.put("minuteTaker", "x".repeat(201));
    tooLong.put("minutes", "x".repeat(20001));
    for (Map.Entry<String, String> field : tooLong.entrySet()) {
      Map<String, Object> body = meetingWith(List.of(wieke));
      body.put(field.getKey(), field.getValue());
      assertRefused(postMeeting(body), 400, field.getKey(), "maximaal");
      assertRefused(care.anna.putJson(care.base + "/meetings/" + meeting, care.write(body)), 400, field.getKey(),
          "maximaal");
    }
    assertRefused(postAgreement(Map.of("meetingId", meeting, "memberId", wieke, "goal", "other",
        "what", "x".repeat(4001))), 400, "what", "Wat: maximaal 4000 tekens");
    assertRefused(care.anna.patchJson(care.base + "/agreements/" + agreement, care.write(Map.of("what",
        "x".repeat(4001)))), 400, "what", "Wat: maximaal 4000 tekens");
    assertRefused(care.anna.postJson(care.base + "/members", care.write(Map.of("name", "x".repeat(201),
        "role", "family"))), 400, "name", "Naam: maximaal 200 tekens");
    assertRefused(care.anna.postJson(care.base + "/members", care.write(Map.of("name", "Oom Piet",
        "role", "family", "relation", "x".repeat(201)))), 400, "relation", "Relatie: maximaal 200 tekens");
    assertRefused(care.anna.postJson(care.base + "/members", care.write(Map.of("name", "Oom Piet",
        "role", "family", "contact", "x".repeat(401)))), 400, "contact", "Contactgegevens: maximaal 400 tekens");
    assertRefused(care.anna.patchJson(care.base + "/members/" + wieke, care.write(Map.of("contact",
        "x".repeat(401)))), 400, "contact", "Contactgegevens: maximaal 400 tekens");
    assertRefused(care.anna.patchJson(care.base + "/members/" + wieke, care.write(Map.of("name",
        "x".repeat(201)))), 400, "name", "Naam: maximaal 200 tekens");
    assertRefused(care.anna.patchJson(care.base + "/members/" + wieke, care.write(Map.of("name", "  "))), 400,
        "name", "Vul de naam in");
    // "Terugval en opschaling" (verslavingszorg): texts fit, and only in a follow-up meeting.
    for (String field : List.of("lapseDescription", "relapseAgreements", "stepUpAgreements")) {
      Map<String, Object> body = meetingWith(List.of(wieke));
      body.put("relapseReview", Map.of(field, "x".repeat(4001)));
      assertRefused(postMeeting(body), 400, "relapseReview." + field, "maximaal 4000 tekens");
      assertRefused(care.anna.putJson(care.base + "/meetings/" + meeting, care.write(body)), 400,
          "relapseReview." + field, "maximaal 4000 tekens");
    }
    Map<String, Object> startWithRelapse = meetingWith(List.of(wieke));
    startWithRelapse.put("type", "START");
    startWithRelapse.put("relapseReview", Map.of("lapseSinceLastMeeting", false));
    assertRefused(postMeeting(startWithRelapse), 400, "relapseReview", "vervolgbijeenkomst");
    Map<String, Object> longPlan = plan();
    longPlan.put("groupName", "x".repeat(4001));
    assertRefused(care.anna.putJson(care.base + "/plan", care.write(longPlan)), 400, "groupName",
        "Maximaal 4000 tekens");
    assertRefused(care.anna.putJson(care.base + "/early-warning-plan", care.write(Map.of("crisisMedicationRefused",
        "x".repeat(4001)))), 400, "crisisMedicationRefused", "Maximaal 4000 tekens");

    // The whole request: over 1 MB is refused before it is read, with or without a length.
    Map<String, Object> huge = meetingWith(List.of(wieke));
    huge.put("minutes", "x".repeat(1_100_000));
    HttpResponse<String> tooLarge = postMeeting(huge);
    assertProblem(tooLarge, 413);
    assertThat(care.read(tooLarge).get("detail").asText())
        .isEqualTo("Het verzoek is te groot; er is niets opgeslagen. Verstuur minder tekst tegelijk.");
    HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + care.base + "/meetings"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("anna:demo".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
            care.write(huge).getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
    assertProblem(chunked, 413);
    assertThat(snapshot()).isEqualTo(before);

    // At the limits, the text is stored.
    Map<String, Object> atLimit = meetingWith(List.of(wieke));
    atLimit.put("minutes", "x".repeat(20000));
    atLimit.put("location", "x".repeat(400));
    assertThat(postMeeting(atLimit).statusCode()).isEqualTo(201);
  }

  // --- helpers

  private void assertUnknownIds(String trajectory, String meetingId, String agreementId, String memberId) {
    String meetingPath = trajectory + "/meetings/" + meetingId;
    String noMeeting = "Deze bijeenkomst bestaat niet in dit traject";
    assertNotFound(care.anna.get(meetingPath), noMeeting);
    assertNotFound(care.anna.get(meetingPath + "/history"), noMeeting);
    assertNotFound(care.anna.putJson(meetingPath, care.write(meetingWith(List.of()))), noMeeting);
    String agreementPath = trajectory + "/agreements/" + agreementId;
    String noAgreement = "Deze werkafspraak bestaat niet in dit traject";
    assertNotFound(care.anna.get(agreementPath), noAgreement);
    assertNotFound(care.anna.get(agreementPath + "/history"), noAgreement);
    assertNotFound(care.anna.patchJson(agreementPath, "{\"status\":\"DONE\"}"), noAgreement);
    String memberPath = trajectory + "/members/" + memberId;
    String noMember = "Dit lid bestaat niet of hoort niet bij dit traject";
    assertNotFound(care.anna.get(memberPath), noMember);
    assertNotFound(care.anna.get(memberPath + "/history"), noMember);
    assertNotFound(care.anna.patchJson(memberPath, "{\"status\":\"LEFT\"}"), noMember);
    assertNotFound(care.anna.get(memberPath + "/documents/invitation-letter.pdf"), noMember);
  }

  /** Everything the API shows of the trajectory's care record, to compare before and after. */
  private String snapshot() {
    List<String> parts = new ArrayList<>();
    for (String path : List.of("/plan", "/plan/history", "/members", "/meetings", "/agreements",
        "/meetings/" + meeting + "/history", "/agreements/" + agreement + "/history", "/members/" + wieke + "/history")) {
      HttpResponse<String> response = care.anna.get(care.base + path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      parts.add(response.body());
    }
    return String.join("\n", parts);
  }

  private Map<String, Object> plan() {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("groupName", "de groep");
    plan.put("shortTermGoals", List.of(Map.of("goal", "Ondersteuning bij de huishouding")));
    return plan;
  }

  private Map<String, Object> meetingWith(List<String> attendance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FOLLOW_UP");
    body.put("heldOn", "2026-04-06");
    body.put("attendance", attendance);
    return body;
  }

  private HttpResponse<String> postMeeting(Map<String, Object> body) {
    return care.anna.postJson(care.base + "/meetings", care.write(body));
  }

  private HttpResponse<String> postAgreement(Map<String, Object> body) {
    return care.anna.postJson(care.base + "/agreements", care.write(body));
  }

  private void assertRefused(HttpResponse<String> response, int status, String field, String message) {
    assertProblem(response, status);
    JsonNode fields = care.read(response).get("fields");
    assertThat(fields).as(response.body()).isNotNull();
    assertThat(fields.path(field).asText()).as(response.body()).contains(message);
  }

  private void assertNotFound(HttpResponse<String> response, String detail) {
    assertProblem(response, 404);
    assertThat(care.read(response).get("detail").asText()).isEqualTo(detail);
  }

  private void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).as(response.body())
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
  }
}
