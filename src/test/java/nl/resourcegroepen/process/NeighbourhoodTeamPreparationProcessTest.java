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

/**
 * Fase 1 Voorbereiding from the wijkteam: after the sociogram the client's consent for sharing information
 * between domains is recorded, and the week of the first meeting is only fixed once the client has decided
 * about every domain. Only the routing flag {@code consentComplete} reaches the process.
 */
@Deployment(resources = "processes/neighbourhoodTeam/preparation.bpmn")
class NeighbourhoodTeamPreparationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();

  private static final String KEY = "preparation-neighbourhoodTeam";
  private static final Date DUE = new Date(1_800_000_000_000L);

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, "trajectory-w", Map.of(
        "trajectoryId", "trajectory-w", "team", "wijkteam-centrum", "careCoordinator", "gijs",
        "preparationDue", DUE));
  }

  /** From the start to the consent step, as in the default preparation. */
  private ProcessInstance toConsent() {
    ProcessInstance instance = start();
    complete(task("approachClient", instance), withVariables("clientMotivated", "yes"));
    complete(task("explainMethod", instance));
    complete(task("drawSociogram", instance));
    return instance;
  }

  private void finishGettingStarted(ProcessInstance instance) {
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", true, "useQls100", true));
    complete(task("fillOrdinaryDay", instance));
    complete(task("fillQls100", instance));
    complete(task("setRecoveryGoals", instance));
    complete(task("nominateMembers", instance));
    complete(task("startRecoveryPlan", instance));
  }

  @Test
  void afterTheSociogramTheClientDecidesPerDomainWhatMayBeShared() {
    ProcessInstance instance = toConsent();

    assertThat(instance).isWaitingAt("recordDomainConsent").hasNotPassed("getStartedSplit");
    Task consent = task(instance);
    assertThat(consent).hasName("Toestemming gegevensdeling tussen domeinen vastleggen").isAssignedTo("gijs")
        .hasCandidateGroupAssociated("wijkteam-centrum");
    assertThat(consent.getDueDate()).isEqualTo(DUE);
    assertThat(engine.getTaskService().createTaskQuery().taskId(consent.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey()).isEqualTo("domain-consent");
    complete(consent, withVariables("consentComplete", true));

    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "chooseGoalAids");
    finishGettingStarted(instance);

    assertThat(instance).hasPassed("consentCompleteGateway").isWaitingAt("fixFirstMeetingWeek")
        .hasNotPassed("completeDomainConsent");
    complete(task(instance));
    assertThat(instance).isEnded().hasPassed("preparationCompleted");
  }

  @Test
  void aConsentLeftOpenComesBackUntilEveryDomainIsDecidedBeforeTheFirstMeetingWeek() {
    ProcessInstance instance = toConsent();
    complete(task("recordDomainConsent", instance), withVariables("consentComplete", false));
    finishGettingStarted(instance);

    Task again = task(instance);
    assertThat(again.getTaskDefinitionKey()).isEqualTo("completeDomainConsent");
    assertThat(again).hasName("Toestemming gegevensdeling aanvullen (nog niet over elk domein besloten)")
        .isAssignedTo("gijs").hasCandidateGroupAssociated("wijkteam-centrum");
    assertThat(again.getDueDate()).isEqualTo(DUE);
    complete(again, withVariables("consentComplete", false));
    assertThat(instance).as("still open: asked again").isWaitingAt("completeDomainConsent");

    complete(task(instance), withVariables("consentComplete", true));
    assertThat(instance).isWaitingAt("fixFirstMeetingWeek");
    complete(task(instance));
    assertThat(instance).isEnded();
  }

  @Test
  void aClientWhoDoesNotWantAGroupIsNotAskedForConsent() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables("clientMotivated", "no"));

    assertThat(instance).isEnded().hasPassed("clientNotMotivated").hasNotPassed("recordDomainConsent");
  }

  @Test
  void goalsCanBeSetWithoutAnAid() {
    ProcessInstance instance = toConsent();
    complete(task("recordDomainConsent", instance), withVariables("consentComplete", true));
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", false, "useQls100", false));

    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "setRecoveryGoals")
        .hasNotPassed("fillOrdinaryDay", "fillQls100");
  }

  @Test
  void theVariantFollowsTheGuideAndKeepsTheStepsOfTheDefault() throws Exception {
    ProcessTestSupport.assertVariantFollowsGuide(engine.getRepositoryService(), KEY, "preparation", "${preparationDue}");
  }
}
