package nl.resourcegroepen.process;

import static nl.resourcegroepen.process.ProcessTestSupport.TRAJECTORY_ID;
import static nl.resourcegroepen.process.ProcessTestSupport.assertCareCoordinatorTask;
import static nl.resourcegroepen.process.ProcessTestSupport.date;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Eén verdiepingsgesprek: plannen, voeren met de vragenlijst die bij de genomineerde past, terugkoppelen. */
@Deployment(resources = "processes/in-depth-interview.bpmn")
class InDepthInterviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();

  private final Date interviewDue = date(2026, 3, 23);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  private ProcessInstance start(String questionnaire) {
    return engine.getRuntimeService().startProcessInstanceByKey("inDepthInterview", TRAJECTORY_ID,
        ProcessTestSupport.trajectoryVariables()
            .putValue("memberId", "member-3")
            .putValue("questionnaire", questionnaire)
            .putValue("interviewDue", interviewDue));
  }

  /** Plans the interview, then expects exactly the interview with the given questionnaire, then the feedback. */
  private void interviewWith(String questionnaire, String interviewTask) {
    ProcessInstance instance = start(questionnaire);

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly("planInterview");
    assertCareCoordinatorTask(task(instance), interviewDue);
    complete(task(instance));

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly(interviewTask);
    assertCareCoordinatorTask(task(instance), interviewDue);
    complete(task(instance));

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly("feedBackSummary");
    assertCareCoordinatorTask(task(instance), interviewDue);
    complete(task(instance));

    BpmnAwareTests.assertThat(instance)
        .hasPassedInOrder("planInterview", "questionnaireGateway", interviewTask, "interviewJoin", "feedBackSummary",
            "inDepthInterviewCompleted")
        .isEnded();
  }

  @Test
  void familyMemberIsInterviewedWithQuestionnaire6a() {
    interviewWith("family", "interviewFamily");
  }

  @Test
  void significantOtherIsInterviewedWithQuestionnaire6b() {
    interviewWith("significantOther", "interviewSignificantOther");
  }

  @Test
  void professionalIsInterviewedWithQuestionnaire6c() {
    interviewWith("professional", "interviewProfessional");
  }

  @Test
  void unknownQuestionnaireIsRefusedInsteadOfSkippingTheInterview() {
    ProcessInstance instance = start("neighbour");

    assertThatThrownBy(() -> complete(task(instance))).isInstanceOf(ProcessEngineException.class);
    BpmnAwareTests.assertThat(instance).isWaitingAtExactly("planInterview");
  }

  @Test
  void diagramFollowsTheModellingGuide() throws Exception {
    ProcessTestSupport.assertFollowsGuide(engine.getRepositoryService(), "inDepthInterview", "${interviewDue}");
  }
}
