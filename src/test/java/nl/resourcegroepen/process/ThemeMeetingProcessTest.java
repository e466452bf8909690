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

/** Eén themabijeenkomst (bijlage 8), gestart door het bericht ThemeMeetingRequested. */
@Deployment(resources = "processes/theme-meeting.bpmn")
class ThemeMeetingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestSupport.engineWithCoverage();

  static final String TRAJECTORY = "traject-42";
  static final String TEAM = "team-noord";
  static final String CARE_COORDINATOR = "regieondersteuner-anna";
  @RegisterExtension
  static final FixedEngineClock CLOCK = new FixedEngineClock("2025-06-02T09:00:00Z");
  static final Instant T0 = CLOCK.at();

  @Test
  void agreedThemeIsOrganisedHeldAndEvaluated() {
    ProcessInstance meeting = requestThemeMeeting("communication");

    BpmnAwareTests.assertThat(meeting).hasBusinessKey(TRAJECTORY).isWaitingAtExactly("discussThemeNeed");
    assertThat(runtimeService().getVariable(meeting.getId(), "theme")).isEqualTo("communication");
    assertTask(meeting, "discussThemeNeed", "Behoefte aan versterking van vaardigheden bespreken", "theme-need");
    complete(task("discussThemeNeed", meeting));

    assertTask(meeting, "listExpertise", "Beschikbare expertise inventariseren", "theme-expertise");
    complete(task("listExpertise", meeting));

    later(Duration.ofDays(10));
    assertTask(meeting, "agreeThemeWithGroup", "Afspreken met de groep of een subgroep", "theme-agreement",
        T0);
    complete(task("agreeThemeWithGroup", meeting), withVariables("themeAgreed", true));

    assertTask(meeting, "organiseThemeMeeting", "Themabijeenkomst organiseren", "theme-organisation");
    complete(task("organiseThemeMeeting", meeting));
    assertTask(meeting, "holdThemeMeeting", "Themabijeenkomst houden", "theme-meeting");
    complete(task("holdThemeMeeting", meeting));
    assertTask(meeting, "evaluateThemeMeeting", "Terugkoppeling en evaluatie in de volgende bijeenkomst",
        "theme-evaluation");
    complete(task("evaluateThemeMeeting", meeting));

    BpmnAwareTests.assertThat(meeting).hasPassed("themeMeetingEvaluated").hasNotPassed("noThemeMeeting").isEnded();
  }

  @Test
  void noAgreementMeansNoThemeMeeting() {
    ProcessInstance meeting = requestThemeMeeting("psychoEducation");
    complete(task("discussThemeNeed", meeting));
    complete(task("listExpertise", meeting));
    complete(task("agreeThemeWithGroup", meeting), withVariables("themeAgreed", false));

    BpmnAwareTests.assertThat(meeting).hasPassed("noThemeMeeting").hasNotPassed("organiseThemeMeeting").isEnded();
  }

  /** What sendTrajectoryMessage does for ThemeMeetingRequested: start with the trajectory's variables and the theme. */
  ProcessInstance requestThemeMeeting(String theme) {
    return runtimeService().startProcessInstanceByMessage("ThemeMeetingRequested", TRAJECTORY, Map.of(
        "trajectoryId", TRAJECTORY, "setting", "ggz", "team", TEAM, "teamCoordinators", "team-noord-coordinatoren",
        "careCoordinator", CARE_COORDINATOR, "themePeriod", "P6W", "theme", theme));
  }

  static void later(Duration duration) {
    ProcessTestSupport.later(duration);
  }

  static void assertTask(ProcessInstance pi, String key, String name, String form) {
    assertTask(pi, key, name, form, ClockUtil.getCurrentTime().toInstant());
  }

  /** The open task: Dutch name, form, the team as candidate group, the care coordinator, due six weeks after created. */
  static void assertTask(ProcessInstance pi, String key, String name, String form, Instant created) {
    ProcessTestSupport.assertOpenTask(pi, key, name, form, TEAM, CARE_COORDINATOR, created, "P6W");
  }
}
