package nl.resourcegroepen.deployment.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import nl.resourcegroepen.engine.EngineClock;
import nl.resourcegroepen.support.Http;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scenario of the issue: an implementation lead shortens the first-meeting deadline in the main
 * diagram (three months becomes ten weeks) and replaces the escalation step by a new one. She
 * validates, deploys, looks at the migration preview and migrates. A trajectory that still waits for
 * its start meeting moves to the new version, and its deadline is recomputed from the new diagram,
 * counted from the day the trajectory started. A trajectory that is already in the escalation step
 * cannot move (that step is gone) and stays on its version with its task. A new trajectory gets the
 * new deadline.
 */
@ModelChangeTest
class DeadlineChangeTest {

  private static final String MAIN = "processes/resourcegroep.bpmn";

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void realTimeAgain() {
    ClockUtil.reset();
  }

  @Test
  void aShorterDeadlineIsValidatedDeployedAndMigratedWithItsTimerRecomputed() throws Exception {
    ZonedDateTime start = ZonedDateTime.parse("2025-11-03T09:00:00+01:00[Europe/Amsterdam]");
    moveClockTo(start);
    String late = startTrajectory("Pieter Smits");
    moveClockTo(start.plusMonths(3).plusDays(1));
    managementService.executeJob(firstMeetingTimer(late).getId());
    Task escalation = taskService.createTaskQuery().processInstanceBusinessKey(late)
        .taskDefinitionKey("escalateLateStartMeeting").singleResult();
    assertThat(escalation).as("three months passed: the escalation is open").isNotNull();

    ZonedDateTime youngStart = start.plusMonths(3).plusDays(1);
    String young = startTrajectory("Lotte Vermeulen");
    Task youngTask = taskService.createTaskQuery().processInstanceBusinessKey(young).singleResult();
    moveClockTo(youngStart.plusDays(3));
    ProcessDefinition before = latest();

    // The change: ten weeks instead of the date three months after the start, and a new escalation step.
    String changed = TemporaryModelFolders.read(MAIN)
        .replaceAll("(?s)(<bpmn:intermediateCatchEvent id=\"firstMeetingDeadline\".*?)<bpmn:timeDate[^>]*>[^<]*</bpmn:timeDate>",
            "$1<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P10W</bpmn:timeDuration>")
        .replace("escalateLateStartMeeting", "discussLateStartMeeting");
    assertThat(changed).contains("P10W").doesNotContain("escalateLateStartMeeting");
    Map<String, byte[]> upload = Map.of("resourcegroep.bpmn", changed.getBytes(StandardCharsets.UTF_8));
    Http ivo = Http.basic(port, "ivo", "demo");

    // Deploy at the real time: the engine stamps deployments with its clock, and a deployment dated in the past
    // would look older than today's and be deployed again by the next test in this JVM.
    ClockUtil.reset();

    // 1. Validate: the escalation step on which a trajectory waits would disappear.
    JsonNode validation = json.readTree(ivo.postFiles("/api/deployments/validate", upload).body());
    assertThat(validation.get("valid").asBoolean()).isFalse();
    assertThat(validation.get("problems")).anySatisfy(problem -> {
      assertThat(problem.get("file").asText()).isEqualTo(MAIN);
      assertThat(problem.get("elementId").asText()).isEqualTo("escalateLateStartMeeting");
      assertThat(problem.get("message").asText()).contains("wacht nu 1 lopend traject", "versie " + before.getVersion(),
          "blijft op de huidige versie");
    });

    // 2. Deploying without confirming is refused; with confirmation the new version is there.
    assertThat(ivo.postFiles("/api/deployments", upload).statusCode()).isEqualTo(422);
    assertThat(latest().getVersion()).isEqualTo(before.getVersion());
    HttpResponse<String> deployed = ivo.postFiles("/api/deployments?acceptUnmigratable=true", upload);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    JsonNode result = json.readTree(deployed.body());
    assertThat(result.at("/deployed/0/name").asText()).isEqualTo(MAIN);
    assertThat(result.at("/deployed/0/definitions/0/version").asInt()).isEqualTo(before.getVersion() + 1);
    assertThat(result.at("/deployed/0/definitions/0/runningOnOlderVersions").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(result.get("warnings").findValuesAsText("elementId")).contains("escalateLateStartMeeting");
    assertThat(TemporaryModelFolders.read(MAIN)).as("the folder has the new diagram").isEqualTo(changed);
    ProcessDefinition after = latest();
    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);

    moveClockTo(youngStart.plusDays(3));

    // 3. The preview: the young trajectory can move, the late one cannot, and why.
    JsonNode preview = json.readTree(ivo.get("/api/deployments/processes/resourcegroep/migration").body());
    assertThat(preview.get("targetVersion").asInt()).isEqualTo(after.getVersion());
    JsonNode version = versionEntry(preview, before.getVersion());
    assertThat(version.get("movable").findValuesAsText("trajectoryId")).contains(young).doesNotContain(late);
    assertThat(version.get("notMovable")).anySatisfy(t -> {
      assertThat(t.get("trajectoryId").asText()).isEqualTo(late);
      assertThat(t.get("reasons").toString()).contains("escalateLateStartMeeting", "niet meer bestaat");
    });
    assertThat(definitionOf(young)).as("a preview moves nothing").isEqualTo(before.getId());

    // 4. Migrate: the young one moves, the late one stays on its version with its task.
    JsonNode migration = json.readTree(ivo.postJson("/api/deployments/processes/resourcegroep/migration", "{}").body());
    JsonNode moved = versionEntry(migration, before.getVersion());
    assertThat(moved.get("migrated").findValuesAsText("trajectoryId")).contains(young);
    assertThat(moved.get("leftOnVersion").findValuesAsText("trajectoryId")).contains(late);
    assertThat(definitionOf(young)).isEqualTo(after.getId());
    assertThat(definitionOf(late)).isEqualTo(before.getId());
    assertThat(taskService.createTaskQuery().taskId(escalation.getId()).singleResult()).as("task intact").isNotNull();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(young).singleResult().getId())
        .as("the young trajectory keeps its open task").isEqualTo(youngTask.getId());

    // The moved timer counts ten weeks from the young trajectory's start, not from the migration.
    assertThat(firstMeetingTimer(young).getDuedate()).isEqualTo(plusWeeks(youngStart, 10));

    // 5. A new trajectory runs the new version with the new deadline.
    String fresh = startTrajectory("Noor Willems");
    assertThat(definitionOf(fresh)).isEqualTo(after.getId());
    assertThat(firstMeetingTimer(fresh).getDuedate()).isEqualTo(plusWeeks(youngStart.plusDays(3), 10));

    // And when ten weeks have passed, the young trajectory gets the new escalation step.
    moveClockTo(youngStart.plusWeeks(10).plusMinutes(1));
    managementService.executeJob(firstMeetingTimer(young).getId());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(young)
        .taskDefinitionKey("discussLateStartMeeting").count()).isEqualTo(1);
  }

  private String startTrajectory(String client) throws Exception {
    HttpResponse<String> started = Http.basic(port, "anna", "demo").postJson("/api/trajectories",
        "{\"team\":\"ggz-noord\",\"newClient\":{\"name\":\"" + client + "\"}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return json.readTree(started.body()).get("id").asText();
  }

  private ProcessInstance main(String trajectory) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory)
        .processDefinitionKey("resourcegroep").singleResult();
  }

  private String definitionOf(String trajectory) {
    return main(trajectory).getProcessDefinitionId();
  }

  private Job firstMeetingTimer(String trajectory) {
    return managementService.createJobQuery().processInstanceId(main(trajectory).getId()).timers().list().stream()
        .filter(job -> "firstMeetingDeadline".equals(managementService.createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
        .findFirst().orElseThrow();
  }

  private ProcessDefinition latest() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("resourcegroep").latestVersion()
        .singleResult();
  }

  private static JsonNode versionEntry(JsonNode overview, int version) {
    for (JsonNode entry : overview.get("versions")) {
      if (entry.get("version").asInt() == version) {
        return entry;
      }
    }
    throw new AssertionError("no version " + version + " in " + overview.toPrettyString());
  }

  /** The engine adds durations in calendar time of the JVM's time zone. */
  private static Date plusWeeks(ZonedDateTime moment, int weeks) {
    Calendar calendar = Calendar.getInstance();
    calendar.setTime(Date.from(moment.toInstant()));
    calendar.add(Calendar.WEEK_OF_YEAR, weeks);
    return calendar.getTime();
  }

  private static void moveClockTo(ZonedDateTime moment) {
    ClockUtil.setCurrentTime(Date.from(Instant.from(moment.withZoneSameInstant(EngineClock.ZONE))));
  }
}
