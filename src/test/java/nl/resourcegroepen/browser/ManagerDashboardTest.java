package nl.resourcegroepen.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.PhaseStays;
import nl.resourcegroepen.support.PhaseStays.Transition;
import nl.resourcegroepen.trajectory.Phase;
import nl.resourcegroepen.trajectory.TrajectoryRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Managers look at the overview in the browser. Every figure on the page is checked against what this
 * test works out itself from the demo data: trajectories and their phase transitions from the database,
 * overdue steps from the engine's open tasks, the points of attention from the API. Hanna manages every
 * team; Lotte only the two FACT teams, and sees nothing of the others.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerDashboardTest {

  static final Set<String> ALL_TEAMS = Set.of("ggz-noord", "ggz-zuid", "vz-oost", "jeugd-west", "wijkteam-centrum");
  static final Set<String> FACT_TEAMS = Set.of("ggz-noord", "ggz-zuid");

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TrajectoryRepository trajectories;

  private final ObjectMapper json = new ObjectMapper();
  private Chromium browser;

  @BeforeAll
  void startBrowser() {
    browser = Chromium.start(port);
  }

  /** The page and this test count at one moment, so no day or month ends in between. */
  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(new java.util.Date());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void hannaSeesTheFiguresOfAllTeamsAsTheDemoDataHasThem() throws Exception {
    assertThat(browser.logIn("hanna")).isEqualTo("/dashboard.html");
    Shown shown = shown();

    assertFigures(shown, ALL_TEAMS, "hanna");
    assertThat(shown.teamOptions()).containsExactly("Alle teams", "FACT-team Noord", "FACT-team Zuid",
        "Jeugdteam West", "Sociaal wijkteam Centrum", "Verslavingszorg Oost");
    assertThat(shown.settingOptions()).containsExactly("Alle settings", "ggz/FACT", "jeugd", "wijkteam", "verslavingszorg");
  }

  @Test
  void lotteSeesOnlyTheTwoTeamsSheManages() throws Exception {
    assertThat(browser.logIn("lotte")).isEqualTo("/dashboard.html");
    Shown shown = shown();

    assertFigures(shown, FACT_TEAMS, "lotte");
    assertThat(shown.teamOptions()).containsExactly("Alle teams", "FACT-team Noord", "FACT-team Zuid");
    assertThat(shown.settingOptions()).containsExactly("Alle settings", "ggz/FACT");
    String page = browser.driver().findElement(By.tagName("main")).getText();
    assertThat(page).doesNotContain("Verslavingszorg Oost", "Jeugdteam West", "Sociaal wijkteam Centrum",
        "vz-oost", "jeugd-west", "wijkteam-centrum");

    // Behind a bar: the overdue steps of that team only, by pseudonym.
    browser.find("#balken .bar-row[data-team='ggz-noord'] .bar a").click();
    browser.find("#details-tabel tr");
    List<String> teams = browser.all("#details-tabel tr").stream()
        .map(tr -> tr.findElements(By.tagName("td")).get(1).getText()).distinct().toList();
    assertThat(teams).containsExactly("FACT-team Noord");
  }

  @Test
  void theOverdueStepsOfOneTeamDownloadAsCsv() throws Exception {
    browser.logIn("hanna");
    shown();
    new Select(browser.find("#team")).selectByVisibleText("FACT-team Noord");
    browser.waitUntil(d -> "team=ggz-noord".equals(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-filters")));
    assertThat(shown().overdueByTeam()).containsOnlyKeys("ggz-noord");

    browser.find("#csv").click();
    Path file = browser.downloaded("te-late-stappen.csv");

    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).as("with a byte order mark, so a spreadsheet reads it as UTF-8").startsWith("\uFEFF");
    List<String> lines = csv.substring(1).lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "team;setting;fase;stap;1 tot 7 dagen;8 tot 30 dagen;31 tot 90 dagen;meer dan 90 dagen;totaal");
    List<String[]> rows = lines.stream().skip(1).map(l -> l.split(";", -1)).toList();
    assertThat(rows).isNotEmpty().allSatisfy(r -> {
      assertThat(r).hasSize(9);
      assertThat(r[0]).isEqualTo("ggz-noord");
      assertThat(Long.parseLong(r[8])).isEqualTo(
          Long.parseLong(r[4]) + Long.parseLong(r[5]) + Long.parseLong(r[6]) + Long.parseLong(r[7]));
    });
    assertThat(rows.stream().mapToLong(r -> Long.parseLong(r[8])).sum())
        .isEqualTo(overdueByTeam(Set.of("ggz-noord")).get("ggz-noord"));
  }

  // ---------------------------------------------------------------------------------------------

  /** What the page shows, read in one go once its figures are in. */
  record Shown(Map<String, Long> phases, Map<String, Long> overdueByTeam, Map<String, Long> attention,
      List<Map<String, Object>> trend, List<Map<String, Object>> durations, List<String> teamOptions,
      List<String> settingOptions) {
  }

  private String loaded() {
    return String.valueOf(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-loaded"));
  }

  @SuppressWarnings("unchecked")
  private Shown shown() {
    browser.waitUntil(d -> !loaded().equals("null"));
    assertThat(browser.driver().findElement(By.id("fout")).getText()).isEmpty();
    Map<String, Object> page = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
        const all = css => [...document.querySelectorAll(css)];
        return {
          phases: Object.fromEntries(all('#fasen .phase').map(d => [d.dataset.phase, Number(d.querySelector('strong').textContent)])),
          overdue: Object.fromEntries(all('#balken .bar-row').map(r => [r.dataset.team, Number(r.querySelector('.total').textContent)])),
          attention: Object.fromEntries(all('#aandacht tr').map(r => [r.dataset.attention, Number(r.querySelector('.num').textContent)])),
          trend: all('#trends > [data-phase]').flatMap(box => [...box.querySelectorAll('.trend > div')].map(b => ({
            phase: box.dataset.phase, month: b.dataset.month, inPhase: Number(b.querySelector('b').textContent || 0),
            reached: Number(b.dataset.reached) }))),
          durations: all('#duur tr').map(r => ({ phase: r.dataset.phase, trajectories: Number(r.cells[1].textContent),
            median: Number(r.cells[2].textContent.replace(',', '.')), p90: Number(r.cells[3].textContent.replace(',', '.')) })),
          teams: all('#team option').map(o => o.textContent),
          settings: all('#setting option').map(o => o.textContent)
        };""");
    return new Shown(longs(page.get("phases")), longs(page.get("overdue")), longs(page.get("attention")),
        (List<Map<String, Object>>) page.get("trend"), (List<Map<String, Object>>) page.get("durations"),
        (List<String>) page.get("teams"), (List<String>) page.get("settings"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Long> longs(Object map) {
    return ((Map<String, Object>) map).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()));
  }

  private void assertFigures(Shown shown, Set<String> teams, String user) throws Exception {
    Instant now = EngineClock.now();
    List<Transition> transitions = PhaseStays.transitions(jdbc, teams);

    // Trajectories per phase: each open trajectory in its current phase.
    Map<String, Long> phases = new TreeMap<>();
    sixPhases().forEach(p -> phases.put(p.name(), 0L));
    trajectories.findAll().stream().filter(t -> teams.contains(t.getTeam()) && t.getCurrentPhase() != Phase.CLOSED)
        .forEach(t -> phases.merge(t.getCurrentPhase().name(), 1L, Long::sum));
    assertThat(shown.phases()).isEqualTo(phases);
    assertThat(phases.values().stream().mapToLong(Long::longValue).sum()).as("the demo has open trajectories").isPositive();

    // Overdue steps per team: the engine's open tasks past their due date.
    assertThat(shown.overdueByTeam()).isEqualTo(overdueByTeam(teams));

    // The points of attention: the same counts as the API gives this manager.
    Map<String, Long> attention = new HashMap<>();
    for (JsonNode a : json.readTree(Http.basic(port, user, "demo").get("/api/reports/attention").body())) {
      attention.put(a.get("key").asText(), a.get("count").asLong());
      a.get("trajectories").forEach(t -> assertThat(teams).contains(t.get("team").asText()));
    }
    assertThat(shown.attention()).isEqualTo(attention).containsKeys("startMeetingMissing", "interviewsOutstanding");

    // The trend of every phase: in the phase at the end of each of the last twelve months, and how many came in.
    List<Map<String, Object>> trend = new ArrayList<>();
    YearMonth current = YearMonth.from(LocalDate.ofInstant(now, EngineClock.ZONE));
    for (Phase phase : sixPhases()) {
      for (int k = 11; k >= 0; k--) {
        YearMonth month = current.minusMonths(k);
        Instant start = month.atDay(1).atStartOfDay(EngineClock.ZONE).toInstant();
        Instant end = k == 0 ? now : month.plusMonths(1).atDay(1).atStartOfDay(EngineClock.ZONE).toInstant();
        Map<String, Transition> last = new HashMap<>();
        transitions.stream().filter(t -> t.at().isBefore(end)).forEach(t -> last.put(t.trajectoryId(), t));
        trend.add(Map.of("phase", phase.name(), "month", month.toString(),
            "inPhase", last.values().stream().filter(t -> t.phase() == phase).count(),
            "reached", transitions.stream().filter(t -> t.phase() == phase && !t.at().isBefore(start) && t.at().isBefore(end)).count()));
      }
    }
    assertThat(shown.trend()).isEqualTo(trend);
    assertThat(shown.trend()).filteredOn(t -> t.get("month").equals(current.toString()))
        .as("this month's bar is the number in the phase now")
        .allSatisfy(t -> assertThat(t.get("inPhase")).isEqualTo(phases.get((String) t.get("phase"))));

    // Time in each phase: every stay in a phase (one still going counts until now), median and 90th percentile.
    List<Map<String, Object>> durations = shown.durations();
    Map<Phase, List<Double>> days = PhaseStays.days(jdbc, teams, now);
    assertThat(durations).extracting(d -> d.get("phase")).containsExactlyElementsOf(
        sixPhases().stream().filter(days::containsKey).map(Phase::name).toList());
    for (Map<String, Object> shownDuration : durations) {
      List<Double> stays = days.get(Phase.valueOf((String) shownDuration.get("phase")));
      assertThat(((Number) shownDuration.get("trajectories")).longValue()).isEqualTo(stays.size());
      assertThat(((Number) shownDuration.get("median")).doubleValue()).isCloseTo(PhaseStays.percentile(stays, 0.5), within(0.11));
      assertThat(((Number) shownDuration.get("p90")).doubleValue()).isCloseTo(PhaseStays.percentile(stays, 0.9), within(0.11));
    }
  }

  /** Open steps past their due date per team, as the engine has them. */
  private Map<String, Long> overdueByTeam(Set<String> teams) {
    Map<String, String> teamOfTrajectory = new HashMap<>();
    jdbc.query("select id, team from trajectory", rs -> {
      teamOfTrajectory.put(rs.getString(1), rs.getString(2));
    });
    List<Task> overdue = taskService.createTaskQuery().dueBefore(java.util.Date.from(EngineClock.now())).list();
    Map<String, String> businessKeys = runtimeService.createProcessInstanceQuery()
        .processInstanceIds(overdue.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    return overdue.stream()
        .map(t -> teamOfTrajectory.get(businessKeys.get(t.getProcessInstanceId())))
        .filter(teams::contains)
        .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
  }

  private static List<Phase> sixPhases() {
    return java.util.Arrays.stream(Phase.values()).filter(p -> p != Phase.CLOSED).toList();
  }
}
