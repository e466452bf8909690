package nl.resourcegroepen.process;

import static nl.resourcegroepen.process.ProcessTestSupport.TRAJECTORY_ID;
import static nl.resourcegroepen.process.ProcessTestSupport.assertCareCoordinatorTask;
import static nl.resourcegroepen.process.ProcessTestSupport.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fase 3 Planning: eerst de datum van de eerste bijeenkomst, dan vier voorbereidingen naast elkaar. */
@Deployment(resources = "processes/planning.bpmn")
class PlanningProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();

  private static final List<String> PREPARATIONS =
      List.of("finishRecoveryPlan", "prepareFirstMeeting", "decideLocationAndFrequency", "agreeCommunication");

  private final Date planningDue = date(2026, 3, 30);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("planning", TRAJECTORY_ID,
        ProcessTestSupport.trajectoryVariables()
            .putValue("planningDue", planningDue)
            .putValue("meetingInterval", "P3M"));
  }

  private Task openTask(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
  }

  @Test
  void firstMeetingDateFirstThenTheFourPreparationsInParallel() {
    ProcessInstance instance = start();

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly("planFirstMeeting");
    assertCareCoordinatorTask(task(instance), planningDue);

    complete(task(instance));

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly(PREPARATIONS.toArray(String[]::new));
    for (String key : PREPARATIONS) {
      assertCareCoordinatorTask(openTask(instance, key), planningDue);
    }

    // any order; the phase ends only when all four are done
    complete(openTask(instance, "agreeCommunication"));
    complete(openTask(instance, "decideLocationAndFrequency"), withVariables("meetingInterval", "P2M"));
    complete(openTask(instance, "prepareFirstMeeting"));
    BpmnAwareTests.assertThat(instance).isNotEnded().isWaitingAt("finishRecoveryPlan", "preparationJoin");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly("finishRecoveryPlan");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "meetingInterval"))
        .as("the client's chosen frequency replaces the setting's default").isEqualTo("P2M");

    complete(openTask(instance, "finishRecoveryPlan"));

    BpmnAwareTests.assertThat(instance).hasPassed(PREPARATIONS.toArray(String[]::new))
        .hasPassedInOrder("planFirstMeeting", "preparationSplit", "preparationJoin", "planningCompleted")
        .isEnded();
    HistoricVariableInstance interval = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("meetingInterval").singleResult();
    assertThat(interval.getValue()).isEqualTo("P2M");
  }

  @Test
  void clientMayKeepTheDefaultFrequency() {
    ProcessInstance instance = start();
    complete(task(instance));

    for (int i = PREPARATIONS.size() - 1; i >= 0; i--) {
      complete(openTask(instance, PREPARATIONS.get(i)));
    }

    BpmnAwareTests.assertThat(instance).isEnded().variables().containsEntry("meetingInterval", "P3M");
  }

  @Test
  void diagramFollowsTheModellingGuide() throws Exception {
    ProcessTestSupport.assertFollowsGuide(engine.getRepositoryService(), "planning", "${planningDue}");
  }
}
