package nl.resourcegroepen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.resourcegroepen.support.Http;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A care coordinator (anna, FACT-team Noord) works her inbox in the browser: she lands on it after
 * logging in, sees her team's tasks and none of FACT-team Zuid's, tells the standard theme meetings apart,
 * and works a task through its form until the next step appears.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorInboxTest {

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private Chromium browser;

  record Client(String trajectoryId, String team, String pseudonym, String name) {
  }

  @BeforeAll
  void startBrowser() {
    browser = Chromium.start(port);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void annaLandsOnHerInboxAndSeesHerTeamsTasksAndNotAnotherTeams() {
    assertThat(browser.logIn("anna")).isEqualTo("/inbox");
    browser.waitUntil(d -> !loads().equals("null"));

    showView("team");
    List<Row> rows = rows();

    // What the engine says anna's team has to do: every open task for FACT-team Noord, by client.
    Map<String, Client> clients = clients();
    List<Task> teamTasks = taskService.createTaskQuery().taskCandidateGroup("ggz-noord").includeAssignedTasks().list();
    Map<String, String> trajectoryOf = businessKeys(teamTasks);
    Set<String> expected = teamTasks.stream()
        .map(t -> clients.get(trajectoryOf.get(t.getProcessInstanceId())))
        .filter(c -> c != null && c.team().equals("ggz-noord"))
        .map(Client::pseudonym).collect(Collectors.toSet());
    assertThat(expected).as("the demo gives FACT-team Noord work").hasSizeGreaterThanOrEqualTo(4);
    assertThat(rows).hasSize((int) teamTasks.stream()
        .filter(t -> clients.containsKey(trajectoryOf.get(t.getProcessInstanceId()))).count());
    assertThat(rows).extracting(Row::pseudonym).containsOnlyElementsOf(expected).containsAll(expected);
    assertThat(rows).as("anna is in the team: she sees the names of its clients").allSatisfy(r ->
        assertThat(r.client()).isEqualTo(clients.values().stream()
            .filter(c -> c.pseudonym().equals(r.pseudonym())).findFirst().orElseThrow().name()));

    List<Client> otherTeam = clients.values().stream().filter(c -> c.team().equals("ggz-zuid")).toList();
    assertThat(otherTeam).as("bram's team has clients in the demo").isNotEmpty();
    String page = browser.driver().findElement(By.tagName("main")).getText();
    for (Client client : otherTeam) {
      assertThat(page).doesNotContain(client.name()).doesNotContain(client.pseudonym());
    }
  }

  @Test
  void theThreeStandardThemeMeetingsShowTheirTheme() {
    browser.logIn("anna");
    browser.waitUntil(d -> !loads().equals("null"));
    showView("team");
    search("Teun");

    List<Row> needs = rows().stream()
        .filter(r -> r.task().startsWith("Behoefte aan versterking van vaardigheden bespreken")).toList();

    assertThat(needs).extracting(Row::theme).containsExactlyInAnyOrder(
        "Thema: Psycho-educatie (standaard)", "Thema: Communicatie (standaard)", "Thema: Destigmatiseren (standaard)");
  }

  @Test
  void annaFillsInTheFormCompletesTheTaskAndTheNextStepAppears() throws Exception {
    Client client = start("anna", "ggz-noord", "Browser Cliënt " + System.nanoTime() % 100000);
    browser.logIn("anna");
    browser.waitUntil(d -> !loads().equals("null"));
    search(client.name());
    Row first = rows().stream().filter(r -> r.client().equals(client.name())).findFirst().orElseThrow();
    assertThat(first.task()).isEqualTo("Cliënt benaderen en motiveren");

    open(first);
    browser.find("#formulier textarea[id$='Field_clientMotivationNotes']")
        .sendKeys("Wil graag een groep met zijn broer en buurman.");
    browser.find("#afronden").click();
    // The choice whether the client wants a resource group is required: the error shows at the field.
    WebElement error = browser.find("#formulier .fjs-form-field-radio .fjs-form-field-error");
    assertThat(error.getText()).isEqualTo("Dit veld is verplicht.");

    browser.driver().findElement(By.xpath(
        "//div[@id='formulier']//div[contains(@class,'fjs-form-field-radio')]//label[starts-with(normalize-space(), 'Ja, de cliënt wil')]")).click();
    browser.find("#afronden").click();

    browser.waitUntil(d -> browser.find("#melding").getText().contains("afgerond"));
    assertThat(browser.find("#melding").getText()).isEqualTo("Taak ‘Cliënt benaderen en motiveren’ afgerond; "
        + "volgende taak: Uitleg geven over de resourcegroep (informatiefolder)");
    assertThat(browser.find("#taak-naam").getText()).isEqualTo("Uitleg geven over de resourcegroep (informatiefolder)");
    browser.waitUntil(d -> rows().stream().anyMatch(r -> r.client().equals(client.name())
        && r.task().equals("Uitleg geven over de resourcegroep (informatiefolder)")));
    assertThat(rows()).filteredOn(r -> r.client().equals(client.name())).extracting(Row::task)
        .doesNotContain("Cliënt benaderen en motiveren");

    // What she filled in is in the client's care record.
    HttpResponse<String> record = Http.basic(port, "anna", "demo").get("/api/trajectories/" + client.trajectoryId() + "/record");
    assertThat(record.body()).contains("Wil graag een groep met zijn broer en buurman.");
  }

  // ---------------------------------------------------------------------------------------------

  record Row(String id, String task, String theme, String client, String pseudonym) {
  }

  private void showView(String view) {
    browser.find(".tabs button[data-view='" + view + "']").click();
    browser.waitUntil(d -> view.equals(shownQuery("view")));
  }

  private void search(String text) {
    WebElement search = browser.find("#zoek");
    search.clear();
    search.sendKeys(text);
    browser.waitUntil(d -> text.equals(shownQuery("client")));
  }

  /** A parameter of the query whose answer the list shows (the page also refreshes itself now and then). */
  private String shownQuery(String name) {
    return (String) ((JavascriptExecutor) browser.driver()).executeScript(
        "return new URLSearchParams(document.body.dataset.query || '').get(arguments[0]);", name);
  }

  private String loads() {
    return String.valueOf(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-loads"));
  }

  /** The rows as shown, read in one go (the list re-renders itself every few seconds). */
  @SuppressWarnings("unchecked")
  private List<Row> rows() {
    List<Map<String, String>> rows = (List<Map<String, String>>) ((JavascriptExecutor) browser.driver()).executeScript("""
        return [...document.querySelectorAll('#rijen tr')].map(tr => ({
          id: tr.dataset.id,
          task: tr.querySelector('a.taaknaam').textContent,
          theme: tr.querySelector('.thema') ? tr.querySelector('.thema').textContent : null,
          client: tr.cells[2].textContent,
          pseudonym: tr.cells[3].textContent }));""");
    return rows.stream().map(r -> new Row(r.get("id"), r.get("task"), r.get("theme"), r.get("client"), r.get("pseudonym")))
        .toList();
  }

  private void open(Row row) {
    browser.find("#rijen tr[data-id='" + row.id() + "'] a.taaknaam").click();
  }

  private Map<String, Client> clients() {
    return jdbc.query("select t.id, t.team, c.pseudonym, c.name from trajectory t join client c on c.id = t.client_id",
        (rs, i) -> new Client(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).stream()
        .collect(Collectors.toMap(Client::trajectoryId, Function.identity()));
  }

  private Map<String, String> businessKeys(List<Task> tasks) {
    Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    return runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }

  private Client start(String user, String team, String name) throws Exception {
    HttpResponse<String> response = Http.basic(port, user, "demo").postJson("/api/trajectories",
        "{\"team\":\"" + team + "\",\"newClient\":{\"name\":\"" + name + "\"}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json.readTree(response.body());
    return new Client(body.get("id").asText(), team, body.at("/client/pseudonym").asText(), name);
  }
}
