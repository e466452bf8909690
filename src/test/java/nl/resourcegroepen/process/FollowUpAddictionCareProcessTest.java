package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fase 5 in de verslavingszorg: the same cycle as the default, but every follow-up meeting is held with the
 * form that asks about relapse and step-up ("Terugval en opschaling").
 */
@Deployment(resources = "processes/addictionCare/follow-up.bpmn")
class FollowUpAddictionCareProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestSupport.engineWithCoverage();
  @RegisterExtension
  static final SettingVariants VARIANTS = new SettingVariants();
  @RegisterExtension
  static final FixedEngineClock CLOCK = new FixedEngineClock("2025-03-03T09:00:00Z");

  static final String KEY = "followUp-addictionCare";
  static final String TRAJECTORY = "traject-vz-7";
  static final String TEAM = "vz-oost";
  static final String CARE_COORDINATOR = "eva";
  static final String MEETING_FORM = "follow-up-meeting-addictionCare";

  /** The themes of the ThemeMeetingRequested messages sent (the building block sendTrajectoryMessage). */
  final List<Object> themes = new ArrayList<>();

  @BeforeEach
  void setUp() {
    Mocks.register("sendTrajectoryMessage", (JavaDelegate) (DelegateExecution execution) ->
        themes.add(execution.getVariableLocal("theme")));
    // Fase 2 for new members lives in another diagram; a stand-in with the same id.
    extension.manageDeployment(repositoryService().createDeployment()
        .addModelInstance("in-depth-interviews-stub.bpmn",
            Bpmn.createExecutableProcess("inDepthInterviews").camundaHistoryTimeToLive(3650)
                .startEvent().userTask("interviewNewMembers").endEvent().done())
        .deploy());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(KEY, TRAJECTORY, Map.of(
        "trajectoryId", TRAJECTORY, "setting", "addictionCare", "team", TEAM,
        "teamCoordinators", "vz-oost-coordinatie", "careCoordinator", CARE_COORDINATOR, "meetingInterval", "P3M",
        "meetingPlanningPeriod", "P2W", "escalationPeriod", "P1W"));
  }

  private void assertMeetingTask(ProcessInstance followUp, String period) {
    ProcessTestSupport.assertOpenTask(followUp, "holdFollowUpMeeting", "Vervolgbijeenkomst houden", MEETING_FORM,
        TEAM, CARE_COORDINATOR, ClockUtil.getCurrentTime().toInstant(), period);
  }

  @Test
  void everyFollowUpMeetingIsHeldWithTheRelapseAndStepUpSection() {
    ProcessInstance followUp = start();
    assertThat(themes).containsExactly("psychoEducation", "communication", "destigmatisation");
    complete(task("planNextMeeting", followUp), withVariables("newMembersNominated", false));

    assertMeetingTask(followUp, "P3M");
    ProcessTestSupport.later(Duration.ofDays(80));
    complete(task("holdFollowUpMeeting", followUp), withVariables("meetingInterval", "P1M", "themeRequested", true,
        "theme", "stressManagement", "startReorientation", false));
    assertThat(themes).last().isEqualTo("stressManagement");

    // The next round: planned late (reminder), with a new member, and again the same meeting form.
    BpmnAwareTests.assertThat(followUp).isWaitingAtExactly("nextMeetingPlanning", "planNextMeeting");
    ProcessTestSupport.later(Duration.ofDays(14));
    execute(managementService().createJobQuery().processInstanceId(followUp.getId()).singleResult());
    complete(task("remindNextMeetingDate", followUp));
    BpmnAwareTests.assertThat(followUp).hasPassed("reminderHandled");
    complete(task("planNextMeeting", followUp), withVariables("newMembersNominated", true));
    complete(task("interviewNewMembers", calledProcessInstance("inDepthInterviews", followUp)));

    assertMeetingTask(followUp, "P1M");
    complete(task("holdFollowUpMeeting", followUp), withVariables("meetingInterval", "P1M", "themeRequested", false,
        "startReorientation", true));

    BpmnAwareTests.assertThat(followUp).hasPassed("reorientationWanted").isEnded();
  }

  @Test
  void afterReorientationTheStandardThemesAreNotRequestedAgain() {
    ProcessInstance again = runtimeService().startProcessInstanceByKey(KEY, TRAJECTORY, Map.of(
        "trajectoryId", TRAJECTORY, "setting", "addictionCare", "team", TEAM, "careCoordinator", CARE_COORDINATOR,
        "meetingInterval", "P3M", "meetingPlanningPeriod", "P2W", "standardThemesRequested", true));

    assertThat(themes).isEmpty();
    BpmnAwareTests.assertThat(again).hasNotPassed("requestPsychoEducation").isWaitingAt("planNextMeeting");
  }

  @Test
  void diagramFollowsTheModellingGuide() throws Exception {
    ProcessTestSupport.assertFollowsGuide(repositoryService(), KEY, null);
  }
}
