package nl.resourcegroepen.process;

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

/**
 * De warme overdracht vanuit het wijkteam gaat de andere kant op, opschaling naar de ggz: aanmelden bij de
 * ggz, de overdrachtsbijeenkomst met de ggz organiseren en houden, en afspreken wat de resourcegroep blijft
 * doen.
 */
@Deployment(resources = "processes/neighbourhoodTeam/warm-handover.bpmn")
class NeighbourhoodTeamWarmHandoverProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestSupport.engineWithCoverage();
  @RegisterExtension
  static final FixedEngineClock CLOCK = new FixedEngineClock("2027-05-10T09:00:00Z");

  static final String KEY = "warmHandover-neighbourhoodTeam";
  static final String TEAM = "wijkteam-centrum";
  static final String CARE_COORDINATOR = "gijs";

  @Test
  void theWijkteamStepsUpToTheGgzAndTheGroupGoesOnWithTheGgz() {
    ProcessInstance stepUp = start();
    Instant t0 = CLOCK.at();
    assertTask(stepUp, "referToMentalHealthCare", "Aanmelden bij de ggz", "step-up-referral", t0);
    ProcessTestSupport.later(Duration.ofDays(10));
    complete(task("referToMentalHealthCare", stepUp));
    assertTask(stepUp, "organiseHandoverMeeting", "Overdrachtsbijeenkomst met de ggz organiseren",
        "step-up-organisation", now());
    complete(task("organiseHandoverMeeting", stepUp));
    assertTask(stepUp, "holdHandoverMeeting", "Overdrachtsbijeenkomst houden (warme overdracht naar de ggz)",
        "step-up-meeting", now());
    complete(task("holdHandoverMeeting", stepUp));
    assertTask(stepUp, "closeHandover", "Overdracht afronden: wat de resourcegroep blijft doen", "step-up-closure",
        now());
    complete(task("closeHandover", stepUp), withVariables("groupContinues", true));

    BpmnAwareTests.assertThat(stepUp).hasPassedInOrder("referToMentalHealthCare", "organiseHandoverMeeting",
        "holdHandoverMeeting", "closeHandover", "groupContinuesIndependently").hasNotPassed("groupClosed").isEnded();
  }

  @Test
  void theGroupCanStopWhenTheGgzTakesOver() {
    ProcessInstance stepUp = start();
    complete(task("referToMentalHealthCare", stepUp));
    complete(task("organiseHandoverMeeting", stepUp));
    complete(task("holdHandoverMeeting", stepUp));
    complete(task("closeHandover", stepUp), withVariables("groupContinues", false));

    BpmnAwareTests.assertThat(stepUp).hasPassed("groupClosed").hasNotPassed("groupContinuesIndependently").isEnded();
  }

  @Test
  void theVariantFollowsTheGuide() throws Exception {
    ProcessTestSupport.assertVariantFollowsGuide(extension.getRepositoryService(), KEY,
        "warmHandover", "${handoverPeriod}");
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KEY, "traject-w", Map.of(
        "trajectoryId", "traject-w", "setting", "neighbourhoodTeam", "team", TEAM,
        "teamCoordinators", "wijkteam-centrum-coordinatie", "careCoordinator", CARE_COORDINATOR,
        "handoverPeriod", "P8W"));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The open task: Dutch name, the wijkteam's form, the team as candidate group, the care coordinator, due in eight weeks. */
  private static void assertTask(ProcessInstance pi, String key, String name, String form, Instant created) {
    ProcessTestSupport.assertOpenTask(pi, key, name, form, TEAM, CARE_COORDINATOR, created, "P8W");
  }
}
