package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fase 5: de standaardthema's, de cyclus van plannen en houden, de herinnering en het einde bij heroriëntatie. */
@Deployment(resources = "processes/follow-up.bpmn")
class FollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessTestSupport.engineWithCoverage();
  @RegisterExtension
  static final SettingVariants VARIANTS = new SettingVariants();

  static final String TRAJECTORY = "traject-42";
  static final String TEAM = "team-noord";
  static final String CARE_COORDINATOR = "regieondersteuner-anna";
  @RegisterExtension
  static final FixedEngineClock CLOCK = new FixedEngineClock("2025-03-03T09:00:00Z");
  static final Instant T0 = CLOCK.at();

  final MessageRecorder messages = new MessageRecorder();

  @BeforeEach
  void setUp() {
    Mocks.register("sendTrajectoryMessage", messages);
    // Fase 2 for new members lives in another diagram; a stand-in with the same id records what it gets.
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

  @Test
  void startRequestsTheThreeStandardThemeMeetings() {
    ProcessInstance followUp = start();

    assertThat(messages.sent).containsExactly(
        new Sent("ThemeMeetingRequested", "psychoEducation", TRAJECTORY),
        new Sent("ThemeMeetingRequested", "communication", TRAJECTORY),
        new Sent("ThemeMeetingRequested", "destigmatisation", TRAJECTORY));
    // the theme is an input of each throw event only, it does not stay behind in the process
    assertThat(runtimeService().getVariable(followUp.getId(), "theme")).isNull();
    BpmnAwareTests.assertThat(followUp).isWaitingAtExactly("nextMeetingPlanning", "planNextMeeting");
    assertTask(followUp, "planNextMeeting", "Volgende bijeenkomst plannen en samenstelling bepalen",
        "next-meeting-plan", "P2W");
  }

  @Test
  void afterReorientationTheStandardThemesAreNotRequestedAgain() {
    ProcessInstance first = start();
    assertThat(runtimeService().getVariable(first.getId(), "standardThemesRequested")).isEqualTo(true);
    messages.sent.clear();

    ProcessInstance again = runtimeService().startProcessInstanceByKey("followUp", TRAJECTORY + "-2", Map.of(
        "trajectoryId", TRAJECTORY, "team", TEAM, "careCoordinator", CARE_COORDINATOR, "meetingInterval", "P3M",
        "meetingPlanningPeriod", "P2W", "standardThemesRequested", true));

    assertThat(messages.sent).isEmpty();
    BpmnAwareTests.assertThat(again).hasNotPassed("requestPsychoEducation").isWaitingAt("planNextMeeting");
  }

  @Test
  void meetingCycleRepeatsAndANewFrequencySetsTheNextMeetingsDueDate() {
    ProcessInstance followUp = start();
    complete(task("planNextMeeting", followUp), withVariables("newMembersNominated", false));

    BpmnAwareTests.assertThat(followUp).hasNotPassed("inDepthInterviews").isWaitingAtExactly("holdFollowUpMeeting");
    assertThat(managementService().createJobQuery().processInstanceId(followUp.getId()).count())
        .as("planning on time leaves no reminder timer").isZero();
    assertTask(followUp, "holdFollowUpMeeting", "Vervolgbijeenkomst houden", "follow-up-meeting", "P3M");

    later(Duration.ofDays(80));
    complete(task("holdFollowUpMeeting", followUp), meetingOutcome("P1M", false, false));

    BpmnAwareTests.assertThat(followUp).hasPassed("startReorientation")
        .isWaitingAtExactly("nextMeetingPlanning", "planNextMeeting");
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(followUp.getId())
        .activityId("planNextMeeting").count()).as("second round of planning").isEqualTo(2);
    assertTask(followUp, "planNextMeeting", "Volgende bijeenkomst plannen en samenstelling bepalen",
        "next-meeting-plan", "P2W");
    later(Duration.ofDays(3));
    complete(task("planNextMeeting", followUp), withVariables("newMembersNominated", false));

    assertTask(followUp, "holdFollowUpMeeting", "Vervolgbijeenkomst houden", "follow-up-meeting", "P1M");
    assertThat(messages.sent).hasSize(3);
  }

  @Test
  void newMembersGetInDepthInterviewsBeforeTheMeeting() {
    ProcessInstance followUp = start();
    complete(task("planNextMeeting", followUp), withVariables("newMembersNominated", true));

    BpmnAwareTests.assertThat(followUp).isWaitingAtExactly("inDepthInterviews");
    ProcessInstance interviews = calledProcessInstance("inDepthInterviews", followUp);
    BpmnAwareTests.assertThat(interviews).hasBusinessKey(TRAJECTORY);
    assertThat(runtimeService().getVariables(interviews.getId()))
        .containsEntry("interviewDue", "P2W")
        .containsEntry("trajectoryId", TRAJECTORY)
        .containsEntry("careCoordinator", CARE_COORDINATOR);

    complete(task("interviewNewMembers", interviews));

    BpmnAwareTests.assertThat(interviews).isEnded();
    BpmnAwareTests.assertThat(followUp).isWaitingAtExactly("holdFollowUpMeeting");
  }

  @Test
  void themeRequestedInAMeetingAsksForAThemeMeeting() {
    ProcessInstance followUp = startAndPlan();
    complete(task("holdFollowUpMeeting", followUp),
        withVariables("meetingInterval", "P3M", "themeRequested", true, "theme", "problemSolving",
            "startReorientation", false));

    assertThat(messages.sent).hasSize(4).last()
        .isEqualTo(new Sent("ThemeMeetingRequested", "problemSolving", TRAJECTORY));
    BpmnAwareTests.assertThat(followUp).hasPassed("requestTheme").isWaitingAtExactly("nextMeetingPlanning", "planNextMeeting");
  }

  @Test
  void meetingWithoutThemeSendsNoMessage() {
    ProcessInstance followUp = startAndPlan();
    complete(task("holdFollowUpMeeting", followUp), meetingOutcome("P3M", false, false));

    assertThat(messages.sent).hasSize(3);
    BpmnAwareTests.assertThat(followUp).hasNotPassed("requestTheme").isWaitingAtExactly("nextMeetingPlanning", "planNextMeeting");
  }

  @Test
  void reminderWhenTheNextMeetingIsNotPlannedInTime() {
    ProcessInstance followUp = start();
    Job timer = managementService().createJobQuery().processInstanceId(followUp.getId())
        .activityId("planningPeriodExpired").singleResult();
    Instant due = plus(T0, "P2W");
    assertThat(timer.getDuedate().toInstant()).isEqualTo(due);

    ClockUtil.setCurrentTime(Date.from(due.minusSeconds(60)));
    assertThat(executableJobs(followUp)).as("one minute before the planning period ends").isZero();
    ClockUtil.setCurrentTime(Date.from(due));
    assertThat(executableJobs(followUp)).as("when the planning period ends").isEqualTo(1);
    execute(timer);

    BpmnAwareTests.assertThat(followUp).isWaitingAtExactly("nextMeetingPlanning", "planNextMeeting", "remindNextMeetingDate");
    assertTask(followUp, "remindNextMeetingDate", "Herinnering: datum volgende bijeenkomst nog niet gepland",
        "meeting-date-reminder", "P2W");

    complete(task("remindNextMeetingDate", followUp));
    BpmnAwareTests.assertThat(followUp).hasPassed("reminderHandled").isWaitingAtExactly("nextMeetingPlanning", "planNextMeeting");

    complete(task("planNextMeeting", followUp), withVariables("newMembersNominated", false));
    BpmnAwareTests.assertThat(followUp).isWaitingAtExactly("holdFollowUpMeeting");
  }

  @Test
  void planningTheMeetingWithdrawsAnOpenReminder() {
    ProcessInstance followUp = start();
    ClockUtil.setCurrentTime(Date.from(plus(T0, "P2W")));
    execute(managementService().createJobQuery().processInstanceId(followUp.getId()).singleResult());
    BpmnAwareTests.assertThat(followUp).isWaitingAt("remindNextMeetingDate");

    complete(task("planNextMeeting", followUp), withVariables("newMembersNominated", false));

    BpmnAwareTests.assertThat(followUp).hasPassed("meetingPlanned").hasNotPassed("reminderHandled")
        .isWaitingAtExactly("holdFollowUpMeeting");
    assertThat(taskService().createTaskQuery().processInstanceId(followUp.getId())
        .taskDefinitionKey("remindNextMeetingDate").count()).isZero();
  }

  @Test
  void clientWantsReorientation() {
    ProcessInstance followUp = startAndPlan();
    complete(task("holdFollowUpMeeting", followUp), meetingOutcome("P3M", false, true));

    BpmnAwareTests.assertThat(followUp).hasPassed("reorientationWanted").isEnded();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(followUp.getId())
        .activityId("planNextMeeting").count()).as("no further planning").isEqualTo(1);
  }

  // ------------------------------------------------------------------ helpers

  ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("followUp", TRAJECTORY, Map.of(
        "trajectoryId", TRAJECTORY, "setting", "ggz", "team", TEAM, "teamCoordinators", "team-noord-coordinatoren",
        "careCoordinator", CARE_COORDINATOR, "meetingInterval", "P3M", "meetingPlanningPeriod", "P2W",
        "escalationPeriod", "P1W"));
  }

  ProcessInstance startAndPlan() {
    ProcessInstance followUp = start();
    complete(task("planNextMeeting", followUp), withVariables("newMembersNominated", false));
    return followUp;
  }

  static Map<String, Object> meetingOutcome(String interval, boolean themeRequested, boolean startReorientation) {
    return withVariables("meetingInterval", interval, "themeRequested", themeRequested,
        "startReorientation", startReorientation);
  }

  static long executableJobs(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).executable().count();
  }

  static void later(Duration duration) {
    ProcessTestSupport.later(duration);
  }

  static Instant plus(Instant from, String period) {
    return ZonedDateTime.ofInstant(from, ZoneId.systemDefault()).plus(Period.parse(period)).toInstant();
  }

  /** The open task: Dutch name, form, the team as candidate group, the care coordinator, due after the period. */
  static void assertTask(ProcessInstance pi, String key, String name, String form, String period) {
    ProcessTestSupport.assertOpenTask(pi, key, name, form, TEAM, CARE_COORDINATOR, ClockUtil.getCurrentTime().toInstant(), period);
  }

  record Sent(String message, Object theme, String businessKey) {}

  /** Stands in for the sendTrajectoryMessage bean: records the message name and the event's theme. */
  static class MessageRecorder implements JavaDelegate {
    final List<Sent> sent = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      ThrowEvent event = (ThrowEvent) execution.getBpmnModelElementInstance();
      MessageEventDefinition definition = (MessageEventDefinition) event.getEventDefinitions().iterator().next();
      sent.add(new Sent(definition.getMessage().getName(), execution.getVariableLocal("theme"),
          execution.getProcessBusinessKey()));
    }
  }
}
