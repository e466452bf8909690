package nl.resourcegroepen.process;

import static nl.resourcegroepen.process.ProcessTestSupport.moveClockTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main process: the six phases in order, the three-month watch on the start meeting, and after the
 * start meeting the annual review and the yearly presence of the zorgverantwoordelijke. The phases are
 * stand-ins here (each one task); their own tests walk them.
 */
@Deployment(resources = "processes/resourcegroep.bpmn")
class ResourcegroepProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();
  @RegisterExtension
  static final SettingVariants VARIANTS = new SettingVariants();

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZONE);

  private final List<String> phases = new ArrayList<>();
  private boolean clinicianOverdue;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    PhaseStandIns.deploy(engine.getProcessEngine(), PhaseStandIns.PHASES);
    Mocks.register("applyDeadlines", PhaseStandIns.standardDeadlines());
    Mocks.register("phaseListener", (ExecutionListener) execution ->
        phases.add(execution.getCurrentActivityId()));
    Mocks.register("responsibleClinicianCheck", (JavaDelegate) execution ->
        execution.setVariable("responsibleClinicianOverdue", clinicianOverdue));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
    PhaseStandIns.removeAll(engine.getProcessEngine());
  }

  private ProcessInstance start() {
    return start("ggz");
  }

  private ProcessInstance start(String setting) {
    return engine.getRuntimeService().startProcessInstanceByKey("resourcegroep", "trajectory-1", Map.of(
        "trajectoryId", "trajectory-1", "setting", setting, "team", "ggz-noord",
        "teamCoordinators", "ggz-noord-coordinatie", "careCoordinator", "anna"));
  }

  private void finishPhase(String processId, Map<String, Object> variables) {
    PhaseStandIns.finish(engine.getProcessEngine(), processId, variables);
  }

  private List<Job> dueTimers(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().executable().list();
  }

  private void fireDueTimers(ProcessInstance instance) {
    dueTimers(instance).forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  private void holdStartMeeting() {
    PhaseStandIns.holdStartMeeting(engine.getProcessEngine(), "trajectory-1");
  }

  @Test
  void aSettingRunsItsOwnVariantOfAPhaseAndTheDefaultOfTheOthers() {
    PhaseStandIns.deploy(engine.getProcessEngine(), "preparation-addictionCare");

    ProcessInstance addictionCare = start("addictionCare");
    assertThat(addictionCare).calledProcessInstance("preparation-addictionCare").isNotNull();
    finishPhase("preparation-addictionCare", Map.of("clientMotivated", "yes"));
    assertThat(addictionCare).as("no variant of phase 2: the default")
        .calledProcessInstance("inDepthInterviews").isNotNull();
    finishPhase("inDepthInterviews", Map.of());

    ProcessInstance ggz = start("ggz");
    assertThat(ggz).calledProcessInstance("preparation").isNotNull();
    finishPhase("preparation", Map.of("clientMotivated", "yes"));
  }

  @Test
  void theTrajectoryGoesThroughTheSixPhasesInOrder() {
    ProcessInstance instance = start();
    assertThat(instance).hasPassed("determineDeadlines").isWaitingAt("phasePreparation", "awaitStartMeeting");

    finishPhase("preparation", Map.of("clientMotivated", "yes"));
    finishPhase("inDepthInterviews", Map.of());
    finishPhase("planning", Map.of());
    finishPhase("startMeeting", Map.of());
    finishPhase("followUp", Map.of());
    finishPhase("reorientation", Map.of("reorientationOutcome", "handover"));

    assertThat(phases).containsExactly("phasePreparation", "phaseInDepth", "phasePlanning", "phaseStart",
        "phaseFollowUp", "phaseReorientation", "trajectoryClosed");
    assertThat(instance).isEnded();
  }

  @Test
  void theInDepthPhaseGetsTheInterviewDeadline() {
    ProcessInstance instance = start();
    finishPhase("preparation", Map.of("clientMotivated", "yes"));

    ProcessInstance inDepth = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("inDepthInterviews").singleResult();
    assertThat(inDepth.getBusinessKey()).isEqualTo("trajectory-1");
    assertThat(engine.getRuntimeService().getVariable(inDepth.getId(), "interviewDue"))
        .isEqualTo(Date.from(START.plusWeeks(10).toInstant()));
    assertThat(engine.getRuntimeService().getVariable(inDepth.getId(), "team")).isEqualTo("ggz-noord");
    assertThat(instance).isActive();
  }

  @Test
  void aClientWhoDoesNotWantAGroupClosesTheTrajectory() {
    ProcessInstance instance = start();

    finishPhase("preparation", Map.of("clientMotivated", "no"));

    assertThat(instance).isEnded().hasPassed("trajectoryStopped").hasNotPassed("phaseInDepth");
    assertThat(phases).containsExactly("phasePreparation", "trajectoryStopped");
  }

  @Test
  void withoutAStartMeetingAfterThreeMonthsTheTeamCoordinatorsGetATaskAndTheWorkGoesOn() {
    ProcessInstance instance = start();
    finishPhase("preparation", Map.of("clientMotivated", "yes"));

    moveClockTo(START.plusMonths(3).minusMinutes(1));
    assertThat(dueTimers(instance)).as("nothing fires early").isEmpty();

    moveClockTo(START.plusMonths(3));
    assertThat(dueTimers(instance)).hasSize(1);
    fireDueTimers(instance);

    Task escalation = task("escalateLateStartMeeting", instance);
    assertThat(escalation).hasCandidateGroup("ggz-noord-coordinatie").isNotAssigned();
    assertThat(escalation.getDueDate()).isEqualTo(Date.from(START.plusMonths(3).plusWeeks(1).toInstant()));
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("inDepthInterviews").count())
        .as("the phase work is not interrupted").isEqualTo(1);

    holdStartMeeting();
    assertThat(instance).isWaitingAt("escalateLateStartMeeting", "annualReviewDue", "clinicianCheckDue");
    complete(escalation);
    assertThat(instance).hasPassed("escalationHandled");
  }

  @Test
  void aStartMeetingInTimeCancelsTheWatchAndTheAnnualReviewComesTwelveMonthsLater() {
    ProcessInstance instance = start();
    moveClockTo(START.plusMonths(2));
    holdStartMeeting();
    assertThat(instance).hasPassed("startMeetingHeld").isWaitingAt("annualReviewDue", "clinicianCheckDue");

    moveClockTo(START.plusMonths(3).plusDays(1));
    fireDueTimers(instance);
    assertThat(instance).as("the three-month timer is gone").hasNotPassed("escalateLateStartMeeting");

    moveClockTo(START.plusMonths(14).minusMinutes(1));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("annualReviewDue").executable().count()).as("not before twelve months").isZero();
    moveClockTo(START.plusMonths(14));
    Job annual = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("annualReviewDue").executable().singleResult();
    engine.getManagementService().executeJob(annual.getId());
    assertThat(instance).isWaitingAt("annualReview");

    finishPhase("annualReview", Map.of());
    assertThat(instance).isWaitingAt("annualReviewDue");
    Job next = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("annualReviewDue").singleResult();
    assertThat(next.getDuedate()).isEqualTo(Date.from(START.plusMonths(26).toInstant()));
  }

  @Test
  void whenTheZorgverantwoordelijkeWasNotThereForTwelveMonthsTheCareCoordinatorInvitesThem() {
    ProcessInstance instance = start();
    holdStartMeeting();

    clinicianOverdue = false;
    moveClockTo(START.plusMonths(1));
    Job check = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("clinicianCheckDue").executable().singleResult();
    engine.getManagementService().executeJob(check.getId());
    assertThat(instance).hasPassed("checkResponsibleClinician").isWaitingAt("clinicianCheckDue")
        .hasNotPassed("inviteResponsibleClinician");

    clinicianOverdue = true;
    moveClockTo(START.plusMonths(2));
    check = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("clinicianCheckDue").executable().singleResult();
    engine.getManagementService().executeJob(check.getId());
    Task invite = task("inviteResponsibleClinician", instance);
    assertThat(invite).isAssignedTo("anna").hasCandidateGroupAssociated("ggz-noord");
    complete(invite);
    assertThat(instance).isWaitingAt("clinicianCheckDue");
  }

  @Test
  void afterReorientationTheGroupCanSimplyContinueInPhaseFive() {
    ProcessInstance instance = start();
    finishPhase("preparation", Map.of("clientMotivated", "yes"));
    finishPhase("inDepthInterviews", Map.of());
    finishPhase("planning", Map.of());
    finishPhase("startMeeting", Map.of());
    finishPhase("followUp", Map.of());

    finishPhase("reorientation", withVariables("reorientationOutcome", "continue"));

    assertThat(instance).isWaitingAt("phaseFollowUp");
    assertThat(phases).endsWith("phaseReorientation", "phaseFollowUp");
  }
}
