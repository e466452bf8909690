package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fase 1 Voorbereiding in de verslavingszorg: the plan task asks for the terugvalpreventieplan, and after the
 * nomination a peer expert is proposed unless the client declines.
 */
@Deployment(resources = "processes/addictionCare/preparation.bpmn")
class PreparationAddictionCareProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();

  private static final String KEY = "preparation-addictionCare";
  private static final Date DUE = new Date(1_800_000_000_000L);

  /** Stands in for the building block peerExpertProposal: which trajectories it was asked to propose for. */
  private final List<String> proposals = new ArrayList<>();

  @BeforeEach
  void registerBuildingBlock() {
    Mocks.register("peerExpertProposal", (JavaDelegate) (DelegateExecution execution) ->
        proposals.add(execution.getProcessBusinessKey()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, "trajectory-1", Map.of(
        "trajectoryId", "trajectory-1", "setting", "addictionCare", "team", "vz-oost", "careCoordinator", "eva",
        "preparationDue", DUE));
  }

  /** Motivated, explained, sociogram drawn: the three tasks of "Aan de slag" are open. */
  private ProcessInstance startedWork() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables("clientMotivated", "yes"));
    complete(task(instance));
    complete(task(instance));
    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "chooseGoalAids");
    return instance;
  }

  @Test
  void thePlanTaskAsksForTheRelapsePreventionPlanAndTheNominationForAPeerExpert() {
    ProcessInstance instance = startedWork();

    Task plan = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("startRecoveryPlan").initializeFormKeys().singleResult();
    assertThat(plan.getName()).isEqualTo("Start resourcegroepplan (incl. terugvalpreventieplan)");
    assertThat(plan.getCamundaFormRef().getKey()).isEqualTo("recovery-plan-addictionCare");
    Task nomination = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("nominateMembers").initializeFormKeys().singleResult();
    assertThat(nomination.getCamundaFormRef().getKey()).isEqualTo("nomination-addictionCare");
    assertThat(List.of(plan, nomination)).allSatisfy(t -> {
      assertThat(t.getAssignee()).isEqualTo("eva");
      assertThat(t.getDueDate()).isEqualTo(DUE);
    });
  }

  @Test
  void aPeerExpertIsProposedByDefaultAfterTheNomination() {
    ProcessInstance instance = startedWork();
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", true, "useQls100", true));
    complete(task("fillOrdinaryDay", instance));
    complete(task("fillQls100", instance));
    complete(task("setRecoveryGoals", instance));
    complete(task("startRecoveryPlan", instance));
    assertThat(proposals).as("nothing proposed before the client nominated").isEmpty();

    // The form's checkbox left unticked: the client does not decline.
    complete(task("nominateMembers", instance), withVariables("peerExpertDeclined", false));

    assertThat(proposals).containsExactly("trajectory-1");
    assertThat(instance).hasPassedInOrder("nominateMembers", "peerExpertGateway", "proposePeerExpert", "peerExpertJoin")
        .isWaitingAtExactly("fixFirstMeetingWeek");
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("preparationCompleted");
  }

  @Test
  void withoutAnAnswerAboutThePeerExpertOneIsStillProposed() {
    ProcessInstance instance = startedWork();

    complete(task("nominateMembers", instance));

    assertThat(instance).hasPassed("proposePeerExpert");
    assertThat(proposals).containsExactly("trajectory-1");
  }

  @Test
  void aClientWhoDeclinesGetsNoPeerExpert() {
    ProcessInstance instance = startedWork();
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", false, "useQls100", false));
    complete(task("setRecoveryGoals", instance));

    complete(task("nominateMembers", instance), withVariables("peerExpertDeclined", true));

    assertThat(proposals).isEmpty();
    assertThat(instance).hasPassed("peerExpertJoin").hasNotPassed("proposePeerExpert")
        .isWaitingAt("startRecoveryPlan");
    complete(task("startRecoveryPlan", instance));
    assertThat(instance).isWaitingAtExactly("fixFirstMeetingWeek");
  }

  @Test
  void aClientWhoDoesNotWantAGroupEndsThePreparation() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables("clientMotivated", "no"));

    assertThat(instance).isEnded().hasPassed("clientNotMotivated").hasNotPassed("explainMethod");
    assertThat(proposals).isEmpty();
  }

  @Test
  void diagramFollowsTheModellingGuide() throws Exception {
    ProcessTestSupport.assertFollowsGuide(engine.getRepositoryService(), KEY, "${preparationDue}");
  }
}
