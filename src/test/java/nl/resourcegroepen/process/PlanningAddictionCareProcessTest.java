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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fase 3 Planning in de verslavingszorg: the same steps as the default; finishing the plan sets up the
 * terugvalpreventieplan with its own form.
 */
@Deployment(resources = "processes/addictionCare/planning.bpmn")
class PlanningAddictionCareProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();

  private static final String KEY = "planning-addictionCare";
  private static final List<String> PREPARATIONS =
      List.of("finishRecoveryPlan", "prepareFirstMeeting", "decideLocationAndFrequency", "agreeCommunication");

  private final Date planningDue = date(2026, 3, 30);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, TRAJECTORY_ID,
        ProcessTestSupport.trajectoryVariables()
            .putValue("setting", "addictionCare")
            .putValue("planningDue", planningDue)
            .putValue("meetingInterval", "P3M"));
  }

  private Task openTask(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).initializeFormKeys().singleResult();
  }

  @Test
  void theRelapsePreventionPlanIsSetUpNextToTheOtherPreparations() {
    ProcessInstance instance = start();
    assertCareCoordinatorTask(task(instance), planningDue);
    complete(task(instance));

    BpmnAwareTests.assertThat(instance).isWaitingAtExactly(PREPARATIONS.toArray(String[]::new));
    Task plan = openTask(instance, "finishRecoveryPlan");
    assertThat(plan.getName()).isEqualTo("Resourcegroepplan afmaken, terugvalpreventieplan opzetten");
    assertThat(plan.getCamundaFormRef().getKey()).isEqualTo("recovery-plan-addictionCare");
    assertCareCoordinatorTask(plan, planningDue);

    complete(openTask(instance, "agreeCommunication"));
    complete(openTask(instance, "decideLocationAndFrequency"), withVariables("meetingInterval", "P1M"));
    complete(openTask(instance, "prepareFirstMeeting"));
    BpmnAwareTests.assertThat(instance).isNotEnded();
    complete(openTask(instance, "finishRecoveryPlan"));

    BpmnAwareTests.assertThat(instance).hasPassedInOrder("planFirstMeeting", "preparationSplit", "preparationJoin",
        "planningCompleted").isEnded().variables().containsEntry("meetingInterval", "P1M");
  }

  @Test
  void diagramFollowsTheModellingGuide() throws Exception {
    ProcessTestSupport.assertFollowsGuide(engine.getRepositoryService(), KEY, "${planningDue}");
  }
}
