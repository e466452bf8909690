package nl.resourcegroepen.process;

import static nl.resourcegroepen.process.ProcessTestSupport.moveClockTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wijkteam's main process: the six phases, the three-month watch on the start meeting and the annual
 * review as in the default, but no zorgverantwoordelijke is required, so there is no monthly check on one.
 * Phases are stand-ins (each one task); the wijkteam's own phases are tested on their own.
 */
@Deployment(resources = "processes/neighbourhoodTeam/resourcegroep.bpmn")
class NeighbourhoodTeamResourcegroepProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();
  @RegisterExtension
  static final SettingVariants VARIANTS = new SettingVariants();

  private static final String KEY = "resourcegroep-neighbourhoodTeam";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZONE);

  private final List<String> phases = new ArrayList<>();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    PhaseStandIns.deploy(engine.getProcessEngine(), PhaseStandIns.PHASES);
    PhaseStandIns.deploy(engine.getProcessEngine(), "preparation-neighbourhoodTeam");
    Mocks.register("applyDeadlines", PhaseStandIns.standardDeadlines());
    Mocks.register("phaseListener", (ExecutionListener) execution -> phases.add(execution.getCurrentActivityId()));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
    PhaseStandIns.removeAll(engine.getProcessEngine());
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, "trajectory-w", Map.of(
        "trajectoryId", "trajectory-w", "setting", "neighbourhoodTeam", "team", "wijkteam-centrum",
        "teamCoordinators", "wijkteam-centrum-coordinatie", "careCoordinator", "gijs"));
  }

  private void finishPhase(String processId, Map<String, Object> variables) {
    PhaseStandIns.finish(engine.getProcessEngine(), processId, variables);
  }

  private List<Job> timers(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
  }

  private void holdStartMeeting() {
    PhaseStandIns.holdStartMeeting(engine.getProcessEngine(), "trajectory-w");
  }

  @Test
  void theDiagramHasNoCheckOnTheZorgverantwoordelijke() {
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId());

    assertThat(model.getModelElementsByType(ServiceTask.class)).extracting(ServiceTask::getCamundaDelegateExpression)
        .containsExactly("${applyDeadlines}");
    assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
        .containsExactly("escalateLateStartMeeting");
    assertThat((Object) model.getModelElementById("clinicianCheckDue")).isNull();
    assertThat((Object) model.getModelElementById("startMonitoring")).as("no one-branch parallel gateway").isNull();
  }

  @Test
  void afterTheStartMeetingOnlyTheAnnualReviewIsWatchedAndNoZorgverantwoordelijkeIsAskedFor() {
    ProcessInstance instance = start();
    moveClockTo(START.plusMonths(2));
    holdStartMeeting();

    assertThat(instance).hasPassed("startMeetingHeld", "startMeetingMerge").isWaitingAt("phasePreparation", "annualReviewDue");
    assertThat(timers(instance)).extracting(Job::getDuedate)
        .as("one timer: the annual review twelve months after the start meeting")
        .containsExactly(Date.from(START.plusMonths(14).toInstant()));

    // Thirteen months on, nothing but the annual review has come up: no check, no invitation.
    moveClockTo(START.plusMonths(15));
    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    assertThat(instance).isWaitingAt("phasePreparation", "annualReview").hasNotPassed("escalateLateStartMeeting");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count())
        .as("no task for the main process itself").isZero();

    finishPhase("annualReview", Map.of());
    assertThat(instance).isWaitingAt("phasePreparation", "annualReviewDue");
    assertThat(timers(instance)).singleElement().extracting(Job::getDuedate)
        .isEqualTo(Date.from(START.plusMonths(27).toInstant()));
  }

  @Test
  void theTrajectoryRunsTheWijkteamPreparationAndTheSixPhasesInOrder() {
    ProcessInstance instance = start();
    assertThat(instance).hasPassed("determineDeadlines").isWaitingAt("phasePreparation", "awaitStartMeeting");

    finishPhase("preparation-neighbourhoodTeam", Map.of("clientMotivated", "yes"));
    finishPhase("inDepthInterviews", Map.of());
    finishPhase("planning", Map.of());
    finishPhase("startMeeting", Map.of());
    finishPhase("followUp", Map.of());
    finishPhase("reorientation", Map.of("reorientationOutcome", "continue"));
    assertThat(instance).isWaitingAt("phaseFollowUp", "awaitStartMeeting");
    finishPhase("followUp", Map.of());
    finishPhase("reorientation", Map.of("reorientationOutcome", "handover"));

    assertThat(phases).containsExactly("phasePreparation", "phaseInDepth", "phasePlanning", "phaseStart",
        "phaseFollowUp", "phaseReorientation", "phaseFollowUp", "phaseReorientation", "trajectoryClosed");
    assertThat(instance).isEnded();
  }

  @Test
  void aClientWhoDoesNotWantAGroupClosesTheTrajectory() {
    ProcessInstance instance = start();

    finishPhase("preparation-neighbourhoodTeam", Map.of("clientMotivated", "no"));

    assertThat(instance).isEnded().hasPassed("trajectoryStopped").hasNotPassed("phaseInDepth");
  }

  @Test
  void withoutAStartMeetingAfterThreeMonthsTheTeamCoordinatorsGetATask() {
    ProcessInstance instance = start();
    finishPhase("preparation-neighbourhoodTeam", Map.of("clientMotivated", "yes"));

    moveClockTo(START.plusMonths(3));
    engine.getManagementService().executeJob(timers(instance).get(0).getId());

    Task escalation = task("escalateLateStartMeeting", instance);
    assertThat(escalation).hasCandidateGroup("wijkteam-centrum-coordinatie").isNotAssigned();
    holdStartMeeting();
    assertThat(instance).hasPassed("startMeetingHeldLate").isWaitingAt("escalateLateStartMeeting", "annualReviewDue",
        "phaseInDepth");
    complete(escalation);
    assertThat(instance).hasPassed("escalationHandled");
    assertThat(timers(instance)).extracting(Job::getDuedate)
        .containsExactly(Date.from(START.plusMonths(15).toInstant()));
  }
}
