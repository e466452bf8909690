package nl.resourcegroepen.process;

import static nl.resourcegroepen.process.ProcessTestSupport.moveClockTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.resourcegroepen.youth.YouthTransition;
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
 * The main process in de jeugdzorg: the six phases and their watches as in the standard, plus the transition to
 * adult care six months before the 18th birthday. The deadlines come from the real deadlines.dmn (jeugd rule),
 * the transition date from the real building block {@code youthTransition} with the birth date the care record
 * would give. The phases are stand-ins (each one task).
 */
@Deployment(resources = {"processes/youthCare/resourcegroep.bpmn", "processes/deadlines.dmn"})
class ResourcegroepYouthCareProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();
  @RegisterExtension
  static final SettingVariants VARIANTS = new SettingVariants();

  private static final String PROCESS = "resourcegroep-youthCare";
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZONE);

  private final List<String> phases = new ArrayList<>();
  private LocalDate birthDate;
  private boolean clinicianOverdue;
  private final RecordedConsent consent = new RecordedConsent();

  /** Stand-in for {@code youthConsent}: whether the consent recorded in phase 1 was given. */
  public static final class RecordedConsent {
    private boolean given = true;

    public boolean given(String trajectoryId) {
      return given;
    }
  }

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    PhaseStandIns.deploy(engine.getProcessEngine(), PhaseStandIns.PHASES);
    // As applyDeadlines does: the setting's row of deadlines.dmn, "...Due" as a date from now.
    Mocks.register("applyDeadlines", (JavaDelegate) execution -> {
      ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
      engine.getDecisionService().evaluateDecisionByKey("deadlines")
          .variables(Map.of("setting", execution.getVariable("setting"))).evaluate().getSingleResult().getEntryMap()
          .forEach((name, value) -> execution.setVariable(name, name.endsWith("Due")
              ? Date.from(now.plus(Period.parse((String) value)).toInstant()) : value));
    });
    Mocks.register("phaseListener", (ExecutionListener) execution -> phases.add(execution.getCurrentActivityId()));
    Mocks.register("responsibleClinicianCheck", (JavaDelegate) execution ->
        execution.setVariable("responsibleClinicianOverdue", clinicianOverdue));
    Mocks.register("youthTransition", new YouthTransition(trajectoryId -> Optional.ofNullable(birthDate)));
    Mocks.register("youthConsent", consent);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
    PhaseStandIns.removeAll(engine.getProcessEngine());
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "trajectory-1", Map.of(
        "trajectoryId", "trajectory-1", "setting", "youthCare", "team", "jeugd-west",
        "teamCoordinators", "jeugd-west-coordinatie", "careCoordinator", "fleur"));
  }

  private void finishPhase(String processId, Map<String, Object> variables) {
    PhaseStandIns.finish(engine.getProcessEngine(), processId, variables);
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  private boolean isDue(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .executable().count() == 1;
  }

  private void fire(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(timer(instance, activityId).getId());
  }

  private void holdStartMeeting() {
    PhaseStandIns.holdStartMeeting(engine.getProcessEngine(), "trajectory-1");
  }

  @Test
  void theTransitionToAdultCareStartsSixMonthsBeforeTheEighteenthBirthday() {
    birthDate = LocalDate.of(2010, 3, 20);
    ZonedDateTime eighteen = LocalDate.of(2028, 3, 20).atStartOfDay(ZONE);
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("phasePreparation", "awaitStartMeeting", "transitionDue");
    assertThat(timer(instance, "transitionDue").getDuedate()).isEqualTo(Date.from(eighteen.minusMonths(6).toInstant()));

    moveClockTo(eighteen.minusMonths(6).minusMinutes(1));
    assertThat(isDue(instance, "transitionDue")).as("not a minute early").isFalse();
    moveClockTo(eighteen.minusMonths(6));
    assertThat(isDue(instance, "transitionDue")).isTrue();
    fire(instance, "transitionDue");

    Task transition = task("prepareAdultCareTransition", instance);
    // due transitionLeadTime after it appears (the engine counts in the server's time zone): the birthday
    ZonedDateTime due = eighteen.minusMonths(6).withZoneSameInstant(ZoneId.systemDefault()).plusMonths(6);
    assertThat(transition).hasName("Overgang naar volwassenenzorg voorbereiden").isAssignedTo("fleur")
        .hasCandidateGroupAssociated("jeugd-west").hasDueDate(Date.from(due.toInstant()));
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("preparation").count())
        .as("the phases go on").isEqualTo(1);
    complete(transition);
    assertThat(instance).hasPassed("transitionPrepared").isActive();
  }

  @Test
  void aYoungPersonAlreadyPastThatDayAtTheStartGetsTheStepAtOnce() {
    birthDate = START.toLocalDate().minusYears(18).plusMonths(4);
    ProcessInstance instance = start();

    assertThat(isDue(instance, "transitionDue")).as("due at the start").isTrue();
    fire(instance, "transitionDue");

    assertThat(task("prepareAdultCareTransition", instance)).isNotNull();
  }

  @Test
  void withoutABirthDateThereIsNoTransitionStepAndTheTrajectoryGoesOn() {
    birthDate = null;
    ProcessInstance instance = start();

    assertThat(instance).hasPassed("noTransitionPlanned").hasNotPassed("transitionDue")
        .isWaitingAt("phasePreparation", "awaitStartMeeting");
    assertThat(timer(instance, "transitionDue")).isNull();
  }

  @Test
  void theTrajectoryGoesThroughTheSixPhasesAndClosingEndsTheWaitForTheTransition() {
    birthDate = LocalDate.of(2012, 1, 1);
    ProcessInstance instance = start();

    finishPhase("preparation", Map.of("clientMotivated", "yes"));
    finishPhase("inDepthInterviews", Map.of());
    finishPhase("planning", Map.of());
    finishPhase("startMeeting", Map.of());
    finishPhase("followUp", Map.of());
    finishPhase("reorientation", Map.of("reorientationOutcome", "continue"));
    assertThat(instance).isWaitingAt("phaseFollowUp", "transitionDue", "awaitStartMeeting");
    finishPhase("followUp", Map.of());
    finishPhase("reorientation", Map.of("reorientationOutcome", "handover"));

    assertThat(phases).containsExactly("phasePreparation", "phaseInDepth", "phasePlanning", "phaseStart",
        "phaseFollowUp", "phaseReorientation", "phaseFollowUp", "phaseReorientation", "trajectoryClosed");
    assertThat(instance).isEnded();
    assertThat(engine.getManagementService().createJobQuery().count()).as("no timer left").isZero();
  }

  @Test
  void withoutConsentThePreparationClosesTheTrajectory() {
    birthDate = LocalDate.of(2013, 5, 1);
    ProcessInstance instance = start();
    consent.given = false;

    finishPhase("preparation", Map.of("clientMotivated", "yes"));

    assertThat(instance).isEnded().hasPassed("trajectoryStopped").hasNotPassed("phaseInDepth");
  }

  @Test
  void aYoungPersonWhoDoesNotWantAGroupClosesTheTrajectory() {
    birthDate = LocalDate.of(2013, 5, 1);
    ProcessInstance instance = start();
    // Consent is given: the trajectory stops because the young person does not want a group.
    consent.given = true;

    finishPhase("preparation", Map.of("clientMotivated", "no"));

    assertThat(instance).isEnded().hasPassed("trajectoryStopped");
    assertThat(phases).containsExactly("phasePreparation", "trajectoryStopped");
  }

  @Test
  void theStartMeetingWatchAnnualReviewAndZorgverantwoordelijkeWorkAsInTheStandard() {
    birthDate = LocalDate.of(2012, 1, 1);
    ProcessInstance instance = start();
    finishPhase("preparation", Map.of("clientMotivated", "yes"));

    moveClockTo(START.plusMonths(3));
    fire(instance, "firstMeetingDeadline");
    Task escalation = task("escalateLateStartMeeting", instance);
    assertThat(escalation).hasCandidateGroup("jeugd-west-coordinatie").isNotAssigned();
    holdStartMeeting();
    complete(escalation);
    assertThat(instance).hasPassed("startMeetingHeldLate", "escalationHandled")
        .isWaitingAt("annualReviewDue", "clinicianCheckDue", "transitionDue");

    clinicianOverdue = true;
    moveClockTo(START.plusMonths(4));
    fire(instance, "clinicianCheckDue");
    complete(task("inviteResponsibleClinician", instance));
    clinicianOverdue = false;
    moveClockTo(START.plusMonths(5));
    fire(instance, "clinicianCheckDue");
    assertThat(instance).isWaitingAt("clinicianCheckDue");

    moveClockTo(START.plusMonths(15));
    fire(instance, "annualReviewDue");
    finishPhase("annualReview", Map.of());
    assertThat(instance).isWaitingAt("annualReviewDue", "clinicianCheckDue", "transitionDue");
  }

  @Test
  void aStartMeetingInTimeCancelsTheWatch() {
    birthDate = LocalDate.of(2012, 1, 1);
    ProcessInstance instance = start();
    moveClockTo(START.plusMonths(2));

    holdStartMeeting();

    assertThat(instance).hasPassed("startMeetingHeld").hasNotPassed("firstMeetingDeadline");
    assertThat(timer(instance, "firstMeetingDeadline")).isNull();
  }
}
