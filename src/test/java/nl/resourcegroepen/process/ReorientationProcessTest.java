package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fase 6: doorgaan in fase 5, afschalen, of overdragen met de echte warme overdracht. */
@Deployment(resources = {"processes/reorientation.bpmn", "processes/warm-handover.bpmn"})
class ReorientationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestSupport.engineWithCoverage();
  @RegisterExtension
  static final SettingVariants VARIANTS = new SettingVariants();

  static final String TRAJECTORY = "traject-42";
  static final String TEAM = "team-noord";
  static final String CARE_COORDINATOR = "regieondersteuner-anna";
  @RegisterExtension
  static final FixedEngineClock CLOCK = new FixedEngineClock("2027-01-11T09:00:00Z");
  static final Instant T0 = CLOCK.at();

  @Test
  void continueInPhaseFive() {
    ProcessInstance reorientation = discussUntilOutcome("continue");

    BpmnAwareTests.assertThat(reorientation).hasPassed("continueFollowUp").hasNotPassed("recordRelapseSteps")
        .isEnded();
    assertThat(variable(reorientation, "reorientationOutcome")).isEqualTo("continue");
  }

  @Test
  void stepDownRecordsTheRelapseStepsAndEnds() {
    ProcessInstance reorientation = discussUntilOutcome("stepDown");

    assertTask(reorientation, "recordRelapseSteps",
        "Signaleringsplan en stappen bij terugval vastleggen in het RG-plan", "relapse-steps", "P6W");
    complete(task("recordRelapseSteps", reorientation));

    BpmnAwareTests.assertThat(reorientation).hasPassed("steppedDown").hasNotPassed("warmHandover").isEnded();
  }

  @Test
  void handoverThroughAWarmHandoverAfterWhichTheGroupContinues() {
    ProcessInstance reorientation = discussUntilOutcome("handover");
    complete(task("recordRelapseSteps", reorientation));

    BpmnAwareTests.assertThat(reorientation).isWaitingAtExactly("warmHandover");
    ProcessInstance handover = calledProcessInstance("warmHandover", reorientation);
    BpmnAwareTests.assertThat(handover).hasBusinessKey(TRAJECTORY);
    assertTask(handover, "organiseHandoverMeeting", "Overdrachtsbijeenkomst organiseren", "handover-organisation",
        "P8W");
    complete(task("organiseHandoverMeeting", handover));
    assertTask(handover, "holdHandoverMeeting", "Overdrachtsbijeenkomst houden (warme overdracht)",
        "handover-meeting", "P8W");
    complete(task("holdHandoverMeeting", handover));
    assertTask(handover, "closeHandover", "Overdracht afronden en groep informeren", "handover-closure", "P8W");
    complete(task("closeHandover", handover), withVariables("groupContinues", true));

    BpmnAwareTests.assertThat(handover).hasPassed("groupContinuesIndependently").isEnded();
    BpmnAwareTests.assertThat(reorientation).hasPassed("careHandedOver").isEnded();
    assertThat(variable(reorientation, "groupContinues")).as("returned to the caller").isEqualTo(true);
  }

  @Test
  void handoverAfterWhichTheGroupStops() {
    ProcessInstance reorientation = discussUntilOutcome("handover");
    complete(task("recordRelapseSteps", reorientation));
    ProcessInstance handover = calledProcessInstance("warmHandover", reorientation);
    complete(task("organiseHandoverMeeting", handover));
    complete(task("holdHandoverMeeting", handover));
    complete(task("closeHandover", handover), withVariables("groupContinues", false));

    BpmnAwareTests.assertThat(handover).hasPassed("groupClosed").isEnded();
    BpmnAwareTests.assertThat(reorientation).hasPassed("careHandedOver").isEnded();
    assertThat(variable(reorientation, "groupContinues")).isEqualTo(false);
  }

  @Test
  void anUnknownOutcomeIsRefused() {
    ProcessInstance reorientation = start();
    complete(task("discussComposition", reorientation));

    assertThatThrownBy(() -> complete(task("discussStepDown", reorientation),
        withVariables("reorientationOutcome", "pause")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reorientationOutcome");
    BpmnAwareTests.assertThat(reorientation).isWaitingAtExactly("discussStepDown");
  }

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("reorientation", TRAJECTORY, Map.of(
        "trajectoryId", TRAJECTORY, "setting", "ggz", "team", TEAM, "teamCoordinators", "team-noord-coordinatoren",
        "careCoordinator", CARE_COORDINATOR, "reorientationPeriod", "P6W", "handoverPeriod", "P8W"));
  }

  ProcessInstance discussUntilOutcome(String outcome) {
    ProcessInstance reorientation = start();
    assertTask(reorientation, "discussComposition",
        "Samenstelling groep en behandelverantwoordelijkheid bespreken", "reorientation-composition", "P6W");
    complete(task("discussComposition", reorientation));
    assertTask(reorientation, "discussStepDown", "Afschaling of overdracht van de zorg bespreken",
        "reorientation-step-down", "P6W");
    complete(task("discussStepDown", reorientation), withVariables("reorientationOutcome", outcome));
    return reorientation;
  }

  static Object variable(ProcessInstance pi, String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }

  /** The open task: Dutch name, form, the team as candidate group, the care coordinator, due after the period. */
  static void assertTask(ProcessInstance pi, String key, String name, String form, String period) {
    ProcessTestSupport.assertOpenTask(pi, key, name, form, TEAM, CARE_COORDINATOR, ClockUtil.getCurrentTime().toInstant(), period);
  }
}
