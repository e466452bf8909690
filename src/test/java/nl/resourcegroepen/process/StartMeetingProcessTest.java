package nl.resourcegroepen.process;

import static nl.resourcegroepen.process.ProcessTestSupport.TRAJECTORY_ID;
import static nl.resourcegroepen.process.ProcessTestSupport.assertCareCoordinatorTask;
import static nl.resourcegroepen.process.ProcessTestSupport.at;
import static nl.resourcegroepen.process.ProcessTestSupport.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fase 4 Start: startbijeenkomst, bericht aan het hoofdproces, evaluatieafspraak. */
@Deployment(resources = "processes/start-meeting.bpmn")
class StartMeetingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();

  /** Stands in for the sendTrajectoryMessage bean: records which message was thrown, for which trajectory. */
  static class RecordingMessageSender implements JavaDelegate {
    final List<String> sent = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      IntermediateThrowEvent event = (IntermediateThrowEvent) execution.getBpmnModelElementInstance();
      MessageEventDefinition definition = (MessageEventDefinition) event.getEventDefinitions().iterator().next();
      sent.add(definition.getMessage().getName() + "@" + execution.getProcessBusinessKey() + "@"
          + execution.getCurrentActivityId());
    }
  }

  private final RecordingMessageSender sendTrajectoryMessage = new RecordingMessageSender();
  private final Date firstMeetingDue = date(2026, 4, 12);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("sendTrajectoryMessage", sendTrajectoryMessage);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance start(String evaluationPeriod) {
    return engine.getRuntimeService().startProcessInstanceByKey("startMeeting", TRAJECTORY_ID,
        ProcessTestSupport.trajectoryVariables()
            .putValue("firstMeetingDue", firstMeetingDue)
            .putValue("evaluationPeriod", evaluationPeriod));
  }

  @Test
  void startMeetingIsReportedAndFollowedByAnEvaluationAppointmentTwoWeeksLater() {
    ProcessInstance instance = start("P14D");

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly("holdStartMeeting");
    assertCareCoordinatorTask(task(instance), firstMeetingDue);
    assertThat(sendTrajectoryMessage.sent).as("no message before the meeting was held").isEmpty();

    LocalDateTime meetingHeld = LocalDateTime.of(2026, 4, 2, 16, 30);
    ClockUtil.setCurrentTime(at(meetingHeld));
    complete(task(instance));

    assertThat(sendTrajectoryMessage.sent).containsExactly("StartMeetingHeld@" + TRAJECTORY_ID + "@startMeetingHeld");
    BpmnAwareTests.assertThat(instance).hasPassedInOrder("holdStartMeeting", "startMeetingHeld")
        .isWaitingAtExactly("holdEvaluationAppointment");
    assertCareCoordinatorTask(task(instance), at(meetingHeld.plusDays(14)));

    complete(task(instance));
    BpmnAwareTests.assertThat(instance).hasPassedInOrder("holdEvaluationAppointment", "startCompleted").isEnded();
    assertThat(sendTrajectoryMessage.sent).hasSize(1);
  }

  @Test
  void evaluationAppointmentFollowsTheSettingsEvaluationPeriod() {
    ProcessInstance instance = start("P3W");
    LocalDateTime meetingHeld = LocalDateTime.of(2026, 3, 30, 10, 0);
    ClockUtil.setCurrentTime(at(meetingHeld));

    complete(task(instance));

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly("holdEvaluationAppointment");
    assertCareCoordinatorTask(task(instance), at(meetingHeld.plusWeeks(3)));
  }

  @Test
  void diagramFollowsTheModellingGuide() throws Exception {
    ProcessTestSupport.assertFollowsGuide(engine.getRepositoryService(), "startMeeting", null);
  }
}
