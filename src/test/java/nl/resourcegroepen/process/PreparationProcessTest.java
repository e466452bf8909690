package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fase 1 Voorbereiding: what the care coordinator does, step by step, before the group is formed. */
@Deployment(resources = "processes/preparation.bpmn")
class PreparationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();

  private static final Date DUE = new Date(1_800_000_000_000L);

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey("preparation", "trajectory-1", Map.of(
        "trajectoryId", "trajectory-1", "team", "ggz-noord", "careCoordinator", "anna", "preparationDue", DUE));
  }

  @Test
  void aMotivatedClientGoesThroughEveryStepWithBothGoalAids() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("approachClient");
    Task approach = task(instance);
    assertThat(approach).hasName("Cliënt benaderen en motiveren").isAssignedTo("anna").hasCandidateGroupAssociated("ggz-noord");
    assertThat(approach.getDueDate()).isEqualTo(DUE);
    complete(approach, withVariables("clientMotivated", "yes"));

    assertThat(instance).isWaitingAt("explainMethod");
    complete(task(instance));
    assertThat(instance).isWaitingAt("drawSociogram");
    complete(task(instance));

    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "chooseGoalAids");
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", true, "useQls100", true));
    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "fillOrdinaryDay", "fillQls100");
    complete(task("fillOrdinaryDay", instance));
    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "fillQls100");
    complete(task("fillQls100", instance));
    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "setRecoveryGoals");
    complete(task("setRecoveryGoals", instance));
    complete(task("nominateMembers", instance));
    assertThat(instance).isWaitingAt("startRecoveryPlan");
    complete(task("startRecoveryPlan", instance));

    assertThat(instance).isWaitingAt("fixFirstMeetingWeek");
    assertThat(task(instance).getDueDate()).isEqualTo(DUE);
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("preparationCompleted");
  }

  @Test
  void goalsCanBeSetWithoutAnAid() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables("clientMotivated", "yes"));
    complete(task(instance));
    complete(task(instance));
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", false, "useQls100", false));

    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "setRecoveryGoals");
    assertThat(instance).hasNotPassed("fillOrdinaryDay", "fillQls100");
  }

  @Test
  void aClientWhoDoesNotWantAGroupEndsThePreparation() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables("clientMotivated", "no"));

    assertThat(instance).isEnded().hasPassed("clientNotMotivated").hasNotPassed("explainMethod");
  }

  @Test
  void everyTaskOfThePhaseIsForTheTeamAndDueBeforeTheFirstMeeting() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables("clientMotivated", "yes"));
    complete(task(instance));
    complete(task(instance));
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", true, "useQls100", false));

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list())
        .hasSize(3)
        .allSatisfy(t -> {
          assertThat(t.getDueDate()).isEqualTo(DUE);
          assertThat(t.getAssignee()).isEqualTo("anna");
        });
  }
}
