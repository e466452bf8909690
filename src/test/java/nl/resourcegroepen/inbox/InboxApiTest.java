package nl.resourcegroepen.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inbox API as care coordinators (anna, bram) and a team coordinator (carla) use it: what each of
 * them sees, the views, search and sorting, the bulk actions and completing a task with its form.
 * Other tests share the service, so every check looks at the trajectories this test started.
 */
@ServiceTest
class InboxApiTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  record Started(String id, String pseudonym, String clientName) {
  }

  private Started start(String user, String team, String clientName) throws Exception {
    HttpResponse<String> response = Http.basic(port, user, "demo").postJson("/api/trajectories",
        "{\"team\":\"" + team + "\",\"newClient\":{\"name\":\"" + clientName + "\"}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json.readTree(response.body());
    return new Started(body.get("id").asText(), body.at("/client/pseudonym").asText(), clientName);
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  private JsonNode tasks(String user, String query) throws Exception {
    HttpResponse<String> response = Http.basic(port, user, "demo").get("/api/inbox/tasks" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<JsonNode> of(JsonNode rows, Started... trajectories) {
    List<String> ids = java.util.Arrays.stream(trajectories).map(Started::id).toList();
    return StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> ids.contains(r.get("trajectoryId").asText())).toList();
  }

  private Task openTask(Started trajectory, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(trajectory.id()).taskDefinitionKey(key).singleResult();
  }

  /** A logged-in browser session that has loaded a page, so it holds the CSRF cookie our pages send back. */
  private Http browser(String user) {
    Http http = Http.loggedIn(port, user, "demo");
    assertThat(http.get("/inbox").statusCode()).isEqualTo(200);
    assertThat(http.csrf()).isNotEmpty();
    return http;
  }

  private HttpResponse<String> post(String user, String path, String body) {
    return Http.basic(port, user, "demo").postJson(path, body);
  }

  private static String ids(String... taskIds) {
    return "{\"taskIds\":[" + String.join(",", java.util.Arrays.stream(taskIds).map(id -> "\"" + id + "\"").toList()) + "]}";
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void aCareCoordinatorSeesTheTasksOfHerTeamWithTheClientAndNotThoseOfAnotherTeam() throws Exception {
    Started noord = start("anna", "ggz-noord", unique("Ineke Noord"));
    Started zuid = start("bram", "ggz-zuid", unique("Bert Zuid"));

    JsonNode anna = tasks("anna", "?view=team");
    List<JsonNode> annas = of(anna, noord);
    assertThat(annas).extracting(r -> r.get("taskKey").asText()).containsExactly("approachClient");
    JsonNode row = annas.get(0);
    assertThat(row.get("name").asText()).isEqualTo("Cliënt benaderen en motiveren");
    assertThat(row.get("clientName").asText()).isEqualTo(noord.clientName());
    assertThat(row.get("pseudonym").asText()).isEqualTo(noord.pseudonym());
    assertThat(row.at("/setting/code").asText()).isEqualTo("ggz");
    assertThat(row.at("/setting/name").asText()).isEqualTo("ggz/FACT");
    assertThat(row.at("/phase/name").asText()).isEqualTo("1. Voorbereiding");
    assertThat(row.at("/status/code").asText()).isEqualTo("onTime");
    assertThat(row.at("/status/name").asText()).isEqualTo("op tijd");
    assertThat(row.at("/assignee/id").asText()).isEqualTo("anna");
    assertThat(row.at("/assignee/name").asText()).isEqualTo("Anna de Vries");
    assertThat(Instant.parse(row.get("due").asText())).isAfter(Instant.now().plus(Duration.ofDays(40)));
    assertThat(of(anna, zuid)).as("tasks of another team").isEmpty();
    assertThat(anna.toString()).doesNotContain(zuid.clientName()).doesNotContain(zuid.pseudonym());

    JsonNode bram = tasks("bram", "?view=team");
    assertThat(of(bram, zuid)).hasSize(1);
    assertThat(of(bram, noord)).isEmpty();

    // The team coordinator sees the team's tasks, the manager (no team) none at all
    assertThat(of(tasks("carla", "?view=team"), noord)).hasSize(1);
    assertThat(tasks("hanna", "?view=team")).isEmpty();
  }

  @Test
  void theViewsMineOverdueAndThisWeekFilterTheTasks() throws Exception {
    Started trajectory = start("anna", "ggz-noord", unique("Vera Weergave"));
    Task approach = openTask(trajectory, "approachClient");
    Instant due = approach.getDueDate().toInstant();

    assertThat(of(tasks("anna", "?view=mine"), trajectory)).hasSize(1);
    assertThat(of(tasks("carla", "?view=mine"), trajectory)).as("not carla's task").isEmpty();
    assertThat(of(tasks("anna", "?view=overdue"), trajectory)).isEmpty();
    assertThat(of(tasks("anna", "?view=week"), trajectory)).isEmpty();

    // Three days before the due date: this week, due soon
    ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(3))));
    List<JsonNode> week = of(tasks("anna", "?view=week"), trajectory);
    assertThat(week).hasSize(1);
    assertThat(week.get(0).at("/status/code").asText()).isEqualTo("dueSoon");
    assertThat(week.get(0).at("/status/name").asText()).isEqualTo("bijna te laat");
    assertThat(of(tasks("anna", "?view=overdue"), trajectory)).isEmpty();

    // A day after the due date: overdue, no longer "this week"
    ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofDays(1))));
    List<JsonNode> overdue = of(tasks("anna", "?view=overdue"), trajectory);
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0).at("/status/code").asText()).isEqualTo("overdue");
    assertThat(overdue.get(0).at("/status/name").asText()).isEqualTo("te laat");
    assertThat(of(tasks("anna", "?view=week"), trajectory)).isEmpty();
    ClockUtil.reset();

    // Released: still a team task, no longer mine
    assertThat(post("anna", "/api/inbox/tasks/release", ids(approach.getId())).statusCode()).isEqualTo(200);
    assertThat(of(tasks("anna", "?view=mine"), trajectory)).isEmpty();
    List<JsonNode> team = of(tasks("anna", "?view=team"), trajectory);
    assertThat(team).hasSize(1);
    assertThat(team.get(0).has("assignee")).isFalse();

    HttpResponse<String> unknown = Http.basic(port, "anna", "demo").get("/api/inbox/tasks?view=later");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json.readTree(unknown.body()).get("detail").asText()).contains("Onbekende weergave");
  }

  @Test
  void claimReleaseAndReassignWorkInBulkAndChangeNothingWhenOneTaskIsRefused() throws Exception {
    Started one = start("anna", "ggz-noord", unique("Olga Een"));
    Started two = start("anna", "ggz-noord", unique("Twan Twee"));
    Started zuid = start("bram", "ggz-zuid", unique("Zeger Zuid"));
    String t1 = openTask(one, "approachClient").getId();
    String t2 = openTask(two, "approachClient").getId();
    String tz = openTask(zuid, "approachClient").getId();

    // Release both (bulk), claim both (bulk) through the page's session with the CSRF header
    Http annaBrowser = browser("anna");
    HttpResponse<String> released = annaBrowser.postJson("/api/inbox/tasks/release", ids(t1, t2));
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    assertThat(json.readTree(released.body()).get("message").asText()).isEqualTo("2 taken vrijgegeven");
    assertThat(openTask(one, "approachClient").getAssignee()).isNull();
    assertThat(openTask(two, "approachClient").getAssignee()).isNull();

    // A task of another team in the batch: 404 for that task, nothing changed
    HttpResponse<String> mixed = post("anna", "/api/inbox/tasks/claim", ids(t1, tz));
    assertThat(mixed.statusCode()).isEqualTo(404);
    assertThat(json.readTree(mixed.body()).get("taskId").asText()).isEqualTo(tz);
    assertThat(json.readTree(mixed.body()).get("detail").asText()).contains("hoort niet bij uw team");
    assertThat(openTask(one, "approachClient").getAssignee()).isNull();
    assertThat(openTask(zuid, "approachClient").getAssignee()).isEqualTo("bram");

    HttpResponse<String> claimed = annaBrowser.postJson("/api/inbox/tasks/claim", ids(t1, t2));
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
    assertThat(openTask(one, "approachClient").getAssignee()).isEqualTo("anna");
    assertThat(openTask(two, "approachClient").getAssignee()).isEqualTo("anna");

    // Bram cannot touch anna's tasks
    assertThat(post("bram", "/api/inbox/tasks/release", ids(t1)).statusCode()).isEqualTo(404);
    assertThat(post("bram", "/api/inbox/tasks/claim", ids(t2)).statusCode()).isEqualTo(404);
    assertThat(openTask(one, "approachClient").getAssignee()).isEqualTo("anna");

    // Only team coordinators reassign
    HttpResponse<String> byAnna = post("anna", "/api/inbox/tasks/reassign", "{\"taskIds\":[\"" + t1 + "\"],\"userId\":\"daan\"}");
    assertThat(byAnna.statusCode()).isEqualTo(403);
    assertThat(json.readTree(byAnna.body()).get("detail").asText()).contains("Alleen teamcoördinatoren");
    assertThat(openTask(one, "approachClient").getAssignee()).isEqualTo("anna");

    // Carla reassigns both to daan (same team)
    HttpResponse<String> reassigned = post("carla", "/api/inbox/tasks/reassign",
        "{\"taskIds\":[\"" + t1 + "\",\"" + t2 + "\"],\"userId\":\"daan\"}");
    assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
    assertThat(json.readTree(reassigned.body()).get("message").asText()).isEqualTo("2 taken toegewezen aan Daan Visser");
    assertThat(openTask(one, "approachClient").getAssignee()).isEqualTo("daan");
    assertThat(openTask(two, "approachClient").getAssignee()).isEqualTo("daan");

    // ... but not to someone of another team, and not a task of another team
    HttpResponse<String> toBram = post("carla", "/api/inbox/tasks/reassign", "{\"taskIds\":[\"" + t1 + "\"],\"userId\":\"bram\"}");
    assertThat(toBram.statusCode()).isEqualTo(400);
    assertThat(json.readTree(toBram.body()).get("detail").asText()).contains("Bram Jansen hoort niet bij FACT-team Noord");
    HttpResponse<String> otherTeam = post("carla", "/api/inbox/tasks/reassign",
        "{\"taskIds\":[\"" + t1 + "\",\"" + tz + "\"],\"userId\":\"anna\"}");
    assertThat(otherTeam.statusCode()).isEqualTo(404);
    assertThat(openTask(one, "approachClient").getAssignee()).isEqualTo("daan");
    assertThat(openTask(zuid, "approachClient").getAssignee()).isEqualTo("bram");

    // Anna can neither claim nor release daan's task; carla (coordinator) may release it
    assertThat(post("anna", "/api/inbox/tasks/claim", ids(t1)).statusCode()).isEqualTo(409);
    assertThat(post("anna", "/api/inbox/tasks/release", ids(t1)).statusCode()).isEqualTo(403);
    assertThat(openTask(one, "approachClient").getAssignee()).isEqualTo("daan");
    assertThat(post("carla", "/api/inbox/tasks/release", ids(t1)).statusCode()).isEqualTo(200);
    assertThat(openTask(one, "approachClient").getAssignee()).isNull();

    // No task chosen, or not logged in
    HttpResponse<String> empty = post("anna", "/api/inbox/tasks/claim", "{\"taskIds\":[]}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Kies ten minste één taak");
    assertThat(new Http(port).postJson("/api/inbox/tasks/claim", ids(t1)).statusCode()).isIn(401, 403);

    // Team members for the reassign dialog: only for coordinators, only their team
    JsonNode members = json.readTree(Http.basic(port, "carla", "demo").get("/api/inbox/team-members").body());
    assertThat(members.findValuesAsText("id")).contains("anna", "daan", "carla").doesNotContain("bram");
    assertThat(json.readTree(Http.basic(port, "anna", "demo").get("/api/inbox/team-members").body())).isEmpty();
  }

  @Test
  void tasksAreSortedOnEveryColumnAndFoundByClientNameOrPseudonym() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Started b = start("anna", "ggz-noord", "Bakker " + tag);
    Started a = start("anna", "ggz-noord", "Aalders " + tag);
    Started c = start("anna", "ggz-noord", "Claassen " + tag);
    // Different due dates: c's task is due first
    taskService.setDueDate(openTask(c, "approachClient").getId(), Date.from(Instant.now().plus(Duration.ofDays(2))));
    taskService.setDueDate(openTask(a, "approachClient").getId(), Date.from(Instant.now().plus(Duration.ofDays(20))));

    JsonNode found = tasks("anna", "?client=" + enc(tag) + "&sort=client&dir=asc");
    assertThat(found.findValuesAsText("clientName")).containsExactly(a.clientName(), b.clientName(), c.clientName());
    assertThat(tasks("anna", "?client=" + enc(tag) + "&sort=client&dir=desc").findValuesAsText("clientName"))
        .containsExactly(c.clientName(), b.clientName(), a.clientName());
    assertThat(tasks("anna", "?client=" + enc(tag) + "&sort=due").findValuesAsText("clientName"))
        .containsExactly(c.clientName(), a.clientName(), b.clientName());
    assertThat(tasks("anna", "?client=" + enc(tag) + "&sort=status").findValuesAsText("clientName").get(0))
        .as("due soon before on time").isEqualTo(c.clientName());

    // Search by (part of) the pseudonym, case-insensitive; bram cannot find anna's client by name
    assertThat(tasks("anna", "?client=" + enc(a.pseudonym().toLowerCase())).findValuesAsText("trajectoryId"))
        .containsExactly(a.id());
    assertThat(tasks("anna", "?client=" + enc("aalders " + tag)).findValuesAsText("trajectoryId")).containsExactly(a.id());
    assertThat(tasks("bram", "?client=" + enc(tag))).isEmpty();

    // Every column sorts, both ways
    for (String column : List.of("name", "client", "pseudonym", "setting", "phase", "due", "status", "assignee")) {
      for (String dir : List.of("asc", "desc")) {
        JsonNode rows = tasks("carla", "?sort=" + column + "&dir=" + dir);
        List<String> values = new ArrayList<>();
        rows.forEach(r -> values.add(sortValue(r, column)));
        List<String> sorted = new ArrayList<>(values);
        java.text.Collator nl = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl-NL"));
        nl.setStrength(java.text.Collator.SECONDARY);
        java.util.Comparator<String> cmp = java.util.Comparator.nullsLast(nl::compare);
        sorted.sort("desc".equals(dir) ? cmp.reversed() : cmp);
        assertThat(values).as("sorted on %s %s", column, dir).isEqualTo(sorted);
      }
    }
    HttpResponse<String> bad = Http.basic(port, "anna", "demo").get("/api/inbox/tasks?sort=diagnose");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    assertThat(json.readTree(bad.body()).get("detail").asText()).startsWith("Onbekende kolom");
  }

  private static String sortValue(JsonNode row, String column) {
    return switch (column) {
      case "name" -> row.get("name").asText();
      case "client" -> row.hasNonNull("clientName") ? row.get("clientName").asText() : row.get("pseudonym").asText();
      case "pseudonym" -> row.get("pseudonym").asText();
      case "setting" -> row.at("/setting/name").asText();
      case "phase" -> row.at("/phase/name").asText();
      // As fixed-width epoch millis: ISO text drops zero milliseconds ("…:17Z" sorts after "…:17.530Z" as text)
      case "due" -> row.hasNonNull("due")
          ? String.format("%015d", Instant.parse(row.get("due").asText()).toEpochMilli()) : null;
      case "status" -> switch (row.at("/status/code").asText()) {
        case "overdue" -> "0";
        case "dueSoon" -> "1";
        default -> "2";
      };
      case "assignee" -> row.hasNonNull("assignee") ? row.at("/assignee/name").asText() : null;
      default -> throw new IllegalArgumentException(column);
    };
  }

  @Test
  void aTaskIsCompletedWithItsFormAndTheNextTaskIsReturned() throws Exception {
    Started trajectory = start("anna", "ggz-noord", unique("Floor Formulier"));
    String taskId = openTask(trajectory, "approachClient").getId();

    HttpResponse<String> form = Http.basic(port, "anna", "demo").get("/api/inbox/tasks/" + taskId + "/form");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(json.readTree(form.body()).get("id").asText()).isEqualTo("client-approach");
    assertThat(Http.basic(port, "bram", "demo").get("/api/inbox/tasks/" + taskId + "/form").statusCode()).isEqualTo(404);

    // Without the routing flag: 400 with a Dutch message at the field, task still open
    HttpResponse<String> missing = post("anna", "/api/inbox/tasks/" + taskId + "/complete", "{\"clientMotivationNotes\":\"x\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(missing.body());
    assertThat(problem.at("/fields/clientMotivated").asText()).contains("Wil de cliënt een resourcegroep starten?");
    assertThat(openTask(trajectory, "approachClient")).isNotNull();
    HttpResponse<String> wrong = post("anna", "/api/inbox/tasks/" + taskId + "/complete", "{\"clientMotivated\":\"misschien\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(json.readTree(wrong.body()).at("/fields/clientMotivated").asText()).contains("een van de aangeboden antwoorden");

    // Bram cannot complete it
    assertThat(post("bram", "/api/inbox/tasks/" + taskId + "/complete", "{\"clientMotivated\":\"yes\"}").statusCode())
        .isEqualTo(404);

    // Completed: the next step is returned; keys that are not in the form do not reach the engine
    HttpResponse<String> done = browser("anna").postJson("/api/inbox/tasks/" + taskId + "/complete",
        "{\"clientMotivated\":\"yes\",\"clientMotivationNotes\":\"Wil graag\",\"team\":\"ggz-zuid\"}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    JsonNode result = json.readTree(done.body());
    assertThat(result.at("/next/taskKey").asText()).isEqualTo("explainMethod");
    assertThat(result.at("/next/clientName").asText()).isEqualTo(trajectory.clientName());
    assertThat(result.get("message").asText()).isEqualTo("Taak ‘Cliënt benaderen en motiveren’ afgerond");
    ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory.id())
        .processDefinitionKey("resourcegroep").singleResult();
    assertThat(runtimeService.getVariable(main.getId(), "team")).isEqualTo("ggz-noord");
    assertThat(openTask(trajectory, "approachClient")).isNull();
  }

  @Test
  void escalationsAppearForTheTeamCoordinatorOnly() throws Exception {
    Started trajectory = start("anna", "ggz-noord", unique("Eline Escalatie"));
    ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory.id())
        .processDefinitionKey("resourcegroep").singleResult();
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(100))));
    managementService.createJobQuery().processInstanceId(main.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    assertThat(openTask(trajectory, "escalateLateStartMeeting")).isNotNull();

    List<JsonNode> carla = of(tasks("carla", "?view=team"), trajectory);
    assertThat(carla).filteredOn(r -> r.get("escalation").asBoolean())
        .extracting(r -> r.get("taskKey").asText()).containsExactly("escalateLateStartMeeting");
    assertThat(of(tasks("carla", "?view=overdue"), trajectory)).extracting(r -> r.get("taskKey").asText())
        .contains("approachClient").doesNotContain("escalateLateStartMeeting");
    assertThat(of(tasks("anna", "?view=team"), trajectory)).extracting(r -> r.get("taskKey").asText())
        .doesNotContain("escalateLateStartMeeting");
  }

  @Test
  void theStepsOfAThemeMeetingShowItsThemeSoTheStandardThemesCanBeToldApart() throws Exception {
    Started trajectory = start("anna", "ggz-noord", unique("Thijs Thema"));
    ProcessInstance main = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory.id())
        .processDefinitionKey("resourcegroep").singleResult();
    // As phase 5 does (sendTrajectoryMessage): a theme meeting per standard theme, with the trajectory's variables.
    for (String theme : List.of("psychoEducation", "communication", "destigmatisation")) {
      Map<String, Object> variables = new HashMap<>(runtimeService.getVariables(main.getId()));
      variables.put("theme", theme);
      runtimeService.createMessageCorrelation("ThemeMeetingRequested").processInstanceBusinessKey(trajectory.id())
          .setVariables(variables).correlateStartMessage();
    }

    List<JsonNode> needs = of(tasks("anna", "?view=mine"), trajectory).stream()
        .filter(r -> r.get("taskKey").asText().equals("discussThemeNeed")).toList();
    assertThat(needs).extracting(r -> r.get("name").asText()).containsOnly("Behoefte aan versterking van vaardigheden bespreken");
    assertThat(needs).extracting(r -> r.at("/theme/name").asText()).containsExactlyInAnyOrder(
        "Psycho-educatie (standaard)", "Communicatie (standaard)", "Destigmatiseren (standaard)");
    assertThat(of(tasks("anna", "?view=mine"), trajectory)).filteredOn(r -> r.get("taskKey").asText().equals("approachClient"))
        .singleElement().satisfies(r -> assertThat(r.has("theme")).as("only a theme meeting's steps").isFalse());

    // The theme stays with the meeting's next steps (a theme code, not care content).
    JsonNode communication = needs.stream().filter(r -> r.at("/theme/code").asText().equals("communication")).findFirst().orElseThrow();
    HttpResponse<String> data = Http.basic(port, "anna", "demo").get("/api/inbox/tasks/" + communication.get("id").asText() + "/data");
    assertThat(json.readTree(data.body()).get("theme").asText()).as("the form opens with the theme").isEqualTo("communication");
    HttpResponse<String> done = browser("anna").postJson("/api/inbox/tasks/" + communication.get("id").asText() + "/complete",
        "{\"theme\":\"communication\",\"themeNeedDescription\":\"Moeder wil leren hoe ze het gesprek aangaat\"}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(of(tasks("anna", "?view=mine"), trajectory)).filteredOn(r -> r.get("taskKey").asText().equals("listExpertise"))
        .singleElement().satisfies(r -> assertThat(r.at("/theme/name").asText()).isEqualTo("Communicatie (standaard)"));
  }
}
