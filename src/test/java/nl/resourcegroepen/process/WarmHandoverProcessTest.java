package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** De warme overdracht: organiseren, houden met de ontvangende partij, afronden; de groep mag doorgaan. */
@Deployment(resources = "processes/warm-handover.bpmn")
class WarmHandoverProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestSupport.engineWithCoverage();

  static final String TRAJECTORY = "traject-42";
  static final String TEAM = "team-noord";
  static final String CARE_COORDINATOR = "regieondersteuner-anna";
  @RegisterExtension
  static final FixedEngineClock CLOCK = new FixedEngineClock("2027-02-15T09:00:00Z");
  static final Instant T0 = CLOCK.at();

  @Test
  void groupContinuesAfterCareIsHandedOver() {
    ProcessInstance handover = start();
    assertTask(handover, "organiseHandoverMeeting", "Overdrachtsbijeenkomst organiseren", "handover-organisation");
    complete(task("organiseHandoverMeeting", handover));

    later(Duration.ofDays(20));
    assertTask(handover, "holdHandoverMeeting", "Overdrachtsbijeenkomst houden (warme overdracht)",
        "handover-meeting", T0);
    complete(task("holdHandoverMeeting", handover));
    assertTask(handover, "closeHandover", "Overdracht afronden en groep informeren", "handover-closure");
    complete(task("closeHandover", handover), withVariables("groupContinues", true));

    BpmnAwareTests.assertThat(handover).hasPassed("groupContinuesIndependently").hasNotPassed("groupClosed")
        .isEnded();
  }

  @Test
  void groupStopsWithTheCare() {
    ProcessInstance handover = start();
    complete(task("organiseHandoverMeeting", handover));
    complete(task("holdHandoverMeeting", handover));
    complete(task("closeHandover", handover), withVariables("groupContinues", false));

    BpmnAwareTests.assertThat(handover).hasPassed("groupClosed").hasNotPassed("groupContinuesIndependently")
        .isEnded();
  }

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("warmHandover", TRAJECTORY, Map.of(
        "trajectoryId", TRAJECTORY, "setting", "ggz", "team", TEAM, "teamCoordinators", "team-noord-coordinatoren",
        "careCoordinator", CARE_COORDINATOR, "handoverPeriod", "P8W"));
  }

  static void later(Duration duration) {
    ProcessTestSupport.later(duration);
  }

  static void assertTask(ProcessInstance pi, String key, String name, String form) {
    assertTask(pi, key, name, form, ClockUtil.getCurrentTime().toInstant());
  }

  /** The open task: Dutch name, form, the team as candidate group, the care coordinator, due eight weeks on. */
  static void assertTask(ProcessInstance pi, String key, String name, String form, Instant created) {
    ProcessTestSupport.assertOpenTask(pi, key, name, form, TEAM, CARE_COORDINATOR, created, "P8W");
  }
}
