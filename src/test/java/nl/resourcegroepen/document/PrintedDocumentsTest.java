package nl.resourcegroepen.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.resourcegroepen.member.Member;
import nl.resourcegroepen.member.MemberRepository;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The printable documents on the real service: the care coordinator fills in the forms in the real
 * process (or changes the plan through the API), downloads the PDF and finds what was saved, under the
 * headings of the paper model (toolkit bijlage 3 and 5), in the right order. The example is the
 * filled-in plan of Teun (bijlage 4).
 */
@ServiceTest
class PrintedDocumentsTest {

  private static final String CLIENT = "Teun Hoekstra";
  private static final String NOMINEE = "Wieke Hoekstra";

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  MemberRepository members;

  private final ObjectMapper json = new ObjectMapper();
  private String trajectory;

  @Test
  void theRecoveryPlanOfTeunIsPrintedLikeThePaperModel() throws Exception {
    start();
    complete("approachClient", Map.of("clientMotivated", "yes"));
    complete("explainMethod", Map.of());
    complete("drawSociogram", Map.of());
    complete("chooseGoalAids", Map.of("useOrdinaryDay", false, "useQls100", false));
    // The first draft of the goals; the plan overwrites the first short-term goal, the second stays.
    complete("setRecoveryGoals", Map.of("longTermGoal1", "een eerste versie",
        "shortTermGoal1", "een eerste versie", "shortTermGoal2", "ik wil gaan sporten"));
    complete("startRecoveryPlan", teunsPlan());

    HttpResponse<byte[]> response = download("anna", "/api/trajectories/" + trajectory + "/documents/recovery-plan.pdf");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String pseudonym = pseudonym();
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"resourcegroepplan-" + pseudonym + ".pdf\"");

    String raw = text(response.body());
    assertThat(raw).containsPattern("pagina 1 van [2-9]").contains("afgedrukt op ");
    String text = withoutFooters(raw);
    assertThat(text).doesNotContain("een eerste versie").doesNotContain("?");
    assertInOrder(text,
        "RESOURCEGROEPPLAN van " + CLIENT,
        "Resourcegroepplan van:", CLIENT,
        "Naam resourcegroep:", "de groep van Teun",
        "Deelnemers:", "mijn zus Wieke, vriend Rachid, Harry (regieondersteuner) en Joost (ervaringsdeskundige)",
        "Mogelijke deelnemers per bijeenkomst uitnodigen:", "Woonbegeleiding", "Werkbegeleiding", "Psychiater",
        "Regieondersteuner:", "Harry",
        "Zorgverantwoordelijke:", "Jetske (psychiater)",
        "Ervaringsdeskundige:", "Joost",
        "Lange termijn: dit wil ik over een tijdje bereiken",
        "1.", "mijn rijbewijs gehaald hebben",
        "2.", "een relatie hebben; een hobby ontwikkeld hebben (schilderen)",
        "Kortetermijnhersteldoel 1: dit wil ik de volgende bijeenkomst bereikt hebben",
        "ik wil ondersteuning bij de huishouding",
        "Hoe is het nu:", "De woonbegeleiding helpt hier niet echt mee",
        "Wat gaat goed:", "Soms halen we ook boodschappen.",
        "Wat is nodig:", "doen in huis in plaats van ‘erover praten’.",
        "Wie gaat wat doen om me hierin te ondersteunen:", "Ik ga op 18-06-2020 met mijn zus Wieke",
        "Hoe is te zien als het doel bereikt is/er stappen gezet worden:", "Het huis is schoner en meer opgeruimd",
        "Kortetermijnhersteldoel 2: dit wil ik de volgende bijeenkomst bereikt hebben",
        "ik wil gaan sporten",
        "Hoe is het nu:", "Ik onderneem weinig op dit gebied.",
        "Wat gaat goed:", "Ik wil dit graag en ik vind het belangrijk.",
        "Wat is nodig:", "Het helpt als anderen mij regelmatig uitnodigen",
        "Wie gaat wat doen om me hierin te ondersteunen:", "Joost helpt met de fietsaanschaf.",
        "Hoe is te zien als het doel bereikt is/er stappen gezet worden:", "Ik beweeg/fiets/sport regelmatig",
        // The third short-term goal is empty: its headings are printed to write on.
        "Kortetermijnhersteldoel 3: dit wil ik de volgende bijeenkomst bereikt hebben",
        "Hoe is het nu:", "Wat gaat goed:", "Wat is nodig:", "Wie gaat wat doen om me hierin te ondersteunen:",
        "Hoe is te zien als het doel bereikt is/er stappen gezet worden:",
        "Signaleringsplan van " + CLIENT,
        "Signalen dat het niet goed met mij gaat:", "Ik word stil en trek mij terug",
        "Weer last van stemmen en vermoeidheid",
        "Personen met wie er contact opgenomen moet worden als er sprake is van een crisis:",
        "Resourcegroep:", "Resourcegroep, via Wieke, 06 11111111",
        "Dossierhouder/hoofdbehandelaar:", "Psychiater Jetske, 06 22222222",
        "Overige:", "Mijn moeder Zoë",
        "Dingen die me helpen:", "Liggen op bed (niet slapen)",
        "Dingen die anderen over moeten nemen:", "Niets, en vooral niets achter mijn rug om gaan doen",
        "(één keer per week is genoeg)",
        "Dingen die niet helpen:", "Steeds vragen hoe het gaat",
        "Hoe kan men zien dat het weer beter gaat en het signaleringsplan niet meer nodig is:",
        "Ik ben dan gestructureerd, humoristisch, punctueel en zelfstandig",
        "Waar ik het liefste wil zijn als ik niet thuis kan of wil zijn:", "Bij mijn moeder thuis",
        "Waar ik het liefste opgenomen wil worden:", "Niet",
        "Medicatie die mij helpt als er sprake is van een crisis:", "Akineton bij bewegingsdrang",
        "Medicatie die ik absoluut niet wil hebben als er een crisis is:", "Haldol, daar reageer ik niet goed op",
        "Andere behandelingen of activiteiten die mij helpen om me beter te voelen:", "Muziek luisteren",
        "Schilderen (ik ben geïnteresseerd in een cursus)",
        "Contactgegevens (naam, telefoonnr, emailadres)",
        "Deelnemers resourcegroep:", "Mijn zus Wieke, 06 11111111", "Rachid, 06 33333333", "Joost, 06 44444444",
        "Belangrijke anderen:", "Mijn moeder Zoë, 06 55555555",
        "Regieondersteuner:", "Harry, 06 66666666, harry@ggz.example",
        "Zorgverantwoordelijke:", "Jetske (psychiater), 06 22222222",
        "Huisarts:", "S. Engelshoofd");
    // No relapse steps recorded yet (phase 6): the headings that are not in the paper model are left out.
    assertThat(text).doesNotContain("Stappen bij terugval");

    assertThat(download("bram", "/api/trajectories/" + trajectory + "/documents/recovery-plan.pdf").statusCode())
        .as("another team's care coordinator").isEqualTo(404);
    assertThat(download("hanna", "/api/trajectories/" + trajectory + "/documents/recovery-plan.pdf").statusCode())
        .as("a manager sees the trajectory by pseudonym only, not its care content").isEqualTo(403);
    assertThat(download(null, "/api/trajectories/" + trajectory + "/documents/recovery-plan.pdf").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aPlanChangedThroughTheApiPrintsWhatWasSaved() throws Exception {
    start();
    complete("approachClient", Map.of("clientMotivated", "yes"));
    complete("explainMethod", Map.of());
    complete("drawSociogram", Map.of());
    complete("chooseGoalAids", Map.of("useOrdinaryDay", false, "useQls100", false));
    complete("setRecoveryGoals", Map.of());
    complete("startRecoveryPlan", teunsPlan());
    complete("nominateMembers", Map.of("responsibleClinicianName", "Jetske Zorg"));

    // A year on, the care coordinator changes the plan through the API: what the forms said is replaced.
    Http anna = Http.basic(port, "anna", "demo");
    String planPath = "/api/trajectories/" + trajectory + "/plan";
    ObjectNode plan = (ObjectNode) json.readTree(anna.get(planPath).body());
    plan.put("groupName", "de fietsgroep van Teun");
    plan.remove(List.of("participants", "responsibleClinicianName", "careCoordinatorName"));
    ((ArrayNode) plan.get("longTermGoals")).remove(1);
    ArrayNode shortGoals = (ArrayNode) plan.get("shortTermGoals");
    ((ObjectNode) shortGoals.get(0)).put("goal", "ik wil zelf mijn huis schoonhouden");
    shortGoals.addObject().put("slot", 3).put("goal", "ik wil een schildercursus zoeken")
        .put("now", "Ik heb een folder van de volksuniversiteit.");
    ObjectNode warning = (ObjectNode) plan.get("earlyWarningPlan");
    warning.remove(List.of("preferredAdmissionPlace", "participantContacts", "careCoordinatorEmail"));
    warning.put("crisisContacts", "Resourcegroep: Rachid, 06 33333333\nMijn buurvrouw Els");
    HttpResponse<String> saved = anna.putJson(planPath, json.writeValueAsString(plan));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

    String text = withoutFooters(text(download("anna", "/api/trajectories/" + trajectory
        + "/documents/recovery-plan.pdf").body()));
    assertInOrder(text,
        "Naam resourcegroep:", "de fietsgroep van Teun",
        // What the plan leaves open comes from the members of the group.
        "Deelnemers:", "Jetske Zorg (zorgverantwoordelijke)",
        "Regieondersteuner:", "Anna de Vries",
        "Zorgverantwoordelijke:", "Jetske Zorg",
        "1.", "mijn rijbewijs gehaald hebben", "2. Kortetermijnhersteldoel 1",
        "ik wil zelf mijn huis schoonhouden", "Hoe is het nu:", "De woonbegeleiding helpt hier niet echt mee",
        "Kortetermijnhersteldoel 2", "Hoe is het nu:", "Ik onderneem weinig op dit gebied.",
        "Kortetermijnhersteldoel 3", "ik wil een schildercursus zoeken",
        "Hoe is het nu:", "Ik heb een folder van de volksuniversiteit.",
        "Signaleringsplan van " + CLIENT,
        "Resourcegroep:", "Rachid, 06 33333333", "Dossierhouder/hoofdbehandelaar: Overige:", "Mijn buurvrouw Els",
        "Waar ik het liefste opgenomen wil worden: Medicatie die mij helpt",
        "Deelnemers resourcegroep: Belangrijke anderen:", "Mijn moeder Zoë, 06 55555555",
        "Regieondersteuner:", "Anna de Vries, 06 66666666, anna@demo.resourcegroepen.nl",
        "Zorgverantwoordelijke:", "Jetske Zorg, 06 22222222");
    assertThat(text).doesNotContain("de groep van Teun", "mijn zus Wieke, vriend Rachid", "Harry",
        "een relatie hebben", "ik wil ondersteuning bij de huishouding", "Resourcegroep, via Wieke",
        "Psychiater Jetske", "Niet Medicatie", "Mijn zus Wieke, 06 11111111", "harry@ggz.example");
  }

  @Test
  void anEmptyPlanPrintsEveryHeadingOfThePaperModel() throws Exception {
    start();
    String text = withoutFooters(text(download("carla", "/api/trajectories/" + trajectory
        + "/documents/recovery-plan.pdf").body()));
    assertInOrder(text, "RESOURCEGROEPPLAN van " + CLIENT, "Naam resourcegroep:", "Deelnemers:",
        "Regieondersteuner:", "Anna de Vries", "Zorgverantwoordelijke:", "Ervaringsdeskundige:",
        "Lange termijn: dit wil ik over een tijdje bereiken",
        "Kortetermijnhersteldoel 1", "Hoe is het nu:", "Kortetermijnhersteldoel 2", "Kortetermijnhersteldoel 3",
        "Signaleringsplan van " + CLIENT, "Signalen dat het niet goed met mij gaat:",
        "Personen met wie er contact opgenomen moet worden als er sprake is van een crisis:",
        "Resourcegroep:", "Dossierhouder/hoofdbehandelaar:", "Overige:",
        "Dingen die me helpen:", "Dingen die anderen over moeten nemen:", "Dingen die niet helpen:",
        "Hoe kan men zien dat het weer beter gaat en het signaleringsplan niet meer nodig is:",
        "Waar ik het liefste wil zijn als ik niet thuis kan of wil zijn:", "Waar ik het liefste opgenomen wil worden:",
        "Medicatie die mij helpt als er sprake is van een crisis:",
        "Medicatie die ik absoluut niet wil hebben als er een crisis is:",
        "Andere behandelingen of activiteiten die mij helpen om me beter te voelen:",
        "Contactgegevens (naam, telefoonnr, emailadres)", "Deelnemers resourcegroep:", "Belangrijke anderen:",
        "Regieondersteuner:", "Anna de Vries, anna@demo.resourcegroepen.nl", "Zorgverantwoordelijke:", "Huisarts:");
  }

  @Test
  void theInvitationLetterInvitesTheNomineeForTheProposedAppointment() throws Exception {
    start();
    complete("approachClient", Map.of("clientMotivated", "yes"));
    complete("explainMethod", Map.of());
    complete("drawSociogram", Map.of());
    complete("chooseGoalAids", Map.of("useOrdinaryDay", false, "useQls100", false));
    complete("setRecoveryGoals", Map.of());
    complete("startRecoveryPlan", Map.of("careCoordinatorPhone", "06 12345678"));
    complete("nominateMembers", Map.of("responsibleClinicianName", "Jetske",
        "nominees", jsonValue(List.of(Map.of("name", NOMINEE, "relationType", "family", "relationDescription", "zus")))));
    complete("fixFirstMeetingWeek", Map.of("firstMeetingWeek", "2026-09-07"));
    complete("decideApproach", Map.of("approach", "letter"));
    Member wieke = members.findByTrajectoryIdOrderByNominatedAtAscIdAsc(trajectory).stream()
        .filter(m -> m.getName().equals(NOMINEE)).findFirst().orElseThrow();
    String letter = "/api/trajectories/" + trajectory + "/members/" + wieke.getId() + "/documents/invitation-letter.pdf";

    // Before the letter form is filled in, the appointment is left blank to fill in by hand.
    String draft = normalized(text(download("anna", letter).body()));
    assertThat(draft).contains("Datum en dag: ......").contains("Tijdstip: ......").contains("Locatie: ......");

    complete("sendInvitationLetter", Map.of("interviewDate", "2026-06-18", "interviewTime", "14:00",
        "interviewLocation", "Café ‘De Ruïne’, Kerkstraat 1", "letterSentDate", "2026-06-01"));
    HttpResponse<byte[]> response = download("anna", letter);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"uitnodigingsbrief-" + pseudonym() + ".pdf\"");
    String text = normalized(text(response.body()));
    assertInOrder(text,
        "FACT-team Noord",
        "Datum: 1 juni 2026",
        "Beste " + NOMINEE + ",",
        "U ontvangt deze brief omdat " + CLIENT + " heeft voorgesteld om u te vragen of u wilt deelnemen aan de "
            + "resourcegroep van " + CLIENT + ".",
        "Dit betekent dat u belangrijk bent voor " + CLIENT,
        "In de bijgevoegde flyer staat wat een resourcegroep precies inhoudt en wat u daarin kunt betekenen voor "
            + CLIENT + ".",
        "Voordat de groep van start gaat, wil ik (als regieondersteuner van " + CLIENT + ") graag met u afspreken "
            + "om u wat beter te leren kennen, om het werken met resourcegroepen nader toe te lichten",
        "Het is vaak moeilijk en pijnlijk om mee te maken",
        "Wij realiseren ons dat we daar als hulpverleners niet altijd voldoende oog en oor voor hebben",
        "Daarom willen we u graag ontmoeten",
        "Wij hopen dat dit voorbereidende gesprek eventuele drempels om mee te doen aan de resourcegroep kan "
            + "wegnemen",
        "Ik zou de volgende datum willen voorstellen voor de afspraak:",
        "Datum en dag: donderdag 18 juni 2026",
        "Tijdstip: 14:00 uur",
        "Locatie: Café ‘De Ruïne’, Kerkstraat 1",
        "Bij verhindering hoor ik dat graag zo spoedig mogelijk, zodat wij samen een nieuwe afspraak kunnen plannen.",
        "Hartelijke groet,",
        "Anna de Vries",
        "Regieondersteuner, FACT-team Noord",
        "E-mailadres: anna@demo.resourcegroepen.nl",
        "Telefoonnummer: 06 12345678",
        "Werkdagen: ......");
    assertThat(text).doesNotContain("u/jij").doesNotContain("zijn/haar").doesNotContain("?");

    assertThat(download("bram", letter).statusCode()).as("another team's care coordinator").isEqualTo(404);
    String otherTrajectory = trajectory;
    start();
    HttpResponse<byte[]> notAMember = download("anna", "/api/trajectories/" + trajectory + "/members/"
        + wieke.getId() + "/documents/invitation-letter.pdf");
    assertThat(notAMember.statusCode()).as("a member of %s asked through another trajectory", otherTrajectory)
        .isEqualTo(404);
    JsonNode problem = json.readTree(notAMember.body());
    assertThat(problem.get("detail").asText()).isEqualTo("Dit lid bestaat niet of hoort niet bij dit traject");
  }

  // --- the paper model of bijlage 4, as the care coordinator enters it in the form

  private Map<String, Object> teunsPlan() {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("clientName", "Teun");
    plan.put("groupName", "de groep van Teun");
    plan.put("participants", "mijn zus Wieke, vriend Rachid, Harry (regieondersteuner) en Joost (ervaringsdeskundige)");
    plan.put("possibleParticipants", "Woonbegeleiding\nWerkbegeleiding\nMijn moeder\nNiels van de training\nPsychiater");
    plan.put("careCoordinatorName", "Harry");
    plan.put("responsibleClinicianName", "Jetske (psychiater)");
    plan.put("peerExpertName", "Joost");
    plan.put("longTermGoal1", "mijn rijbewijs gehaald hebben");
    plan.put("longTermGoal2", "een relatie hebben; een hobby ontwikkeld hebben (schilderen)");
    plan.put("shortTermGoal1", "ik wil ondersteuning bij de huishouding");
    plan.put("shortTermGoal1Now", "De woonbegeleiding helpt hier niet echt mee, zij komen vooral met mij praten over "
        + "hoe het met mij gaat. Ik doe nu veel zelf, dit lukt wel maar kost heel erg veel moeite en aandacht "
        + "waardoor andere doelen blijven liggen.");
    plan.put("shortTermGoal1GoingWell", "Soms halen we ook boodschappen.");
    plan.put("shortTermGoal1Needed", "Hulp bij opstarten, aanpakken, doen in huis in plaats van ‘erover praten’.");
    plan.put("shortTermGoal1WhoDoesWhat", "Ik ga op 18-06-2020 met mijn zus Wieke met de woonbegeleider in gesprek "
        + "hierover. Ik vraag de woonbegeleiding mij te ondersteunen met overzicht in de taken in het huis die ik "
        + "zoveel mogelijk zelf kan doen.");
    plan.put("shortTermGoal1HowToSee", "Het huis is schoner en meer opgeruimd en ik ben tevreden over hoe het gaat. "
        + "Het vraagt minder aandacht en moeite waardoor er energie overblijft voor andere zaken zoals "
        + "vrijwilligerswerk.");
    plan.put("shortTermGoal2", "");
    plan.put("shortTermGoal2Now", "Ik onderneem weinig op dit gebied.");
    plan.put("shortTermGoal2GoingWell", "Ik wil dit graag en ik vind het belangrijk.");
    plan.put("shortTermGoal2Needed", "Het helpt als anderen mij regelmatig uitnodigen en stimuleren om mee te gaan. "
        + "Ik ga een fiets kopen, ik ga Jan van de fietsenwerkplaats vragen.");
    plan.put("shortTermGoal2WhoDoesWhat", "Ik ga met Rachid samen meedoen als de mannengroep in de wijk gaat sporten. "
        + "Rachid helpt mij herinneren en haalt me op. Joost helpt met de fietsaanschaf.");
    plan.put("shortTermGoal2HowToSee", "Ik beweeg/fiets/sport regelmatig");
    plan.put("earlyWarningSigns", "• Ik word stil en trek mij terug\n• Weer last van stemmen en vermoeidheid\n"
        + "• Sombere mimiek + meer muziek luisteren om de stemmen tegen te gaan");
    plan.put("crisisContacts", jsonValue(List.of(
        Map.of("role", "resourceGroup", "name", "Resourcegroep, via Wieke", "phone", "06 11111111"),
        Map.of("role", "caseHolder", "name", "Psychiater Jetske", "phone", "06 22222222"),
        Map.of("role", "other", "name", "Mijn moeder Zoë", "phone", ""),
        Map.of("role", "other", "name", "", "phone", ""))));
    plan.put("helpfulThings", "• Liggen op bed (niet slapen)\n• Muziek luisteren\n"
        + "• Wandelen en/of fietsen in de nabije omgeving of elders");
    plan.put("thingsOthersTakeOver", "• Niets, en vooral niets achter mijn rug om gaan doen\n"
        + "• Met mij overleggen of ik hulp nodig heb bij boodschappen en koken (één keer per week is genoeg)");
    plan.put("unhelpfulThings", "• Blijven zitten in een rumoerige omgeving\n• Mij aansporen iets te gaan doen\n"
        + "• Steeds vragen hoe het gaat");
    plan.put("signsOfImprovement", "• Ik ben dan gestructureerd, humoristisch, punctueel en zelfstandig\n"
        + "• Ik maak uit mezelf een praatje en kan aandachtig luisteren");
    plan.put("preferredPlaceAway", "Bij mijn moeder thuis");
    plan.put("preferredAdmissionPlace", "Niet");
    plan.put("crisisMedicationHelpful", "Akineton bij bewegingsdrang");
    plan.put("crisisMedicationRefused", "Haldol, daar reageer ik niet goed op");
    plan.put("otherHelpfulTreatments", "• Muziek luisteren\n• Naar familie toe\n• Wandelen en/of fietsen\n"
        + "• Schilderen (ik ben geïnteresseerd in een cursus)\n• Maar mij niet dwingen om deze dingen te doen");
    plan.put("participantContacts", jsonValue(List.of(
        Map.of("name", "Mijn zus Wieke", "phone", "06 11111111"),
        Map.of("name", "Rachid", "phone", "06 33333333"),
        Map.of("name", "Joost", "phone", "06 44444444"))));
    plan.put("significantOtherContacts", jsonValue(List.of(Map.of("name", "Mijn moeder Zoë", "phone", "06 55555555"))));
    plan.put("careCoordinatorPhone", "06 66666666");
    plan.put("careCoordinatorEmail", "harry@ggz.example");
    plan.put("responsibleClinicianPhone", "06 22222222");
    plan.put("generalPractitionerName", "S. Engelshoofd");
    return plan;
  }

  // --- helpers

  private void start() throws IOException {
    trajectory = json.readTree(Http.basic(port, "anna", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"" + CLIENT + "\"}}").body()).get("id").asText();
  }

  private String pseudonym() throws IOException {
    return json.readTree(Http.basic(port, "anna", "demo").get("/api/trajectories/" + trajectory).body())
        .at("/client/pseudonym").asText();
  }

  private void complete(String key, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(trajectory).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task %s", key).isNotNull();
    taskService.complete(task.getId(), variables);
  }

  private HttpResponse<byte[]> download(String user, String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/pdf, application/json;q=0.9");
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The text with each run of white space as one space (wrapped lines join up again). */
  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The normalized text without the page footers, so that text running over a page break joins up again. */
  private static String withoutFooters(String text) {
    return normalized(text.replaceAll("Resourcegroepplan van [^\\n]* afgedrukt op [^\\n]*\\R?", "")
        .replaceAll("pagina \\d+ van \\d+\\R?", ""));
  }

  private static void assertInOrder(String text, String... parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertThat(at).as("'%s' after position %d in:%n%s", part, from, text).isGreaterThanOrEqualTo(0);
      from = at + part.length();
    }
  }

  private static Object jsonValue(Object value) {
    return Variables.objectValue(value).serializationDataFormat("application/json").create();
  }
}
