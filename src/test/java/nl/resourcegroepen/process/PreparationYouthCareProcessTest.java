package nl.resourcegroepen.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.resourcegroepen.youth.ConsentByAge;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fase 1 Voorbereiding in de jeugdzorg: the parents or guardians are involved first, and after the explanation
 * the young person's age on that day decides who consents (the real building block {@code consentByAge}, with
 * the birth date the care record would give). Without consent there is no resource group.
 */
@Deployment(resources = "processes/youthCare/preparation.bpmn")
class PreparationYouthCareProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessTestSupport.engineWithCoverage();
  /** 2 March 2026, ten in the morning in the Netherlands. */
  @RegisterExtension
  static final FixedEngineClock CLOCK = new FixedEngineClock("2026-03-02T09:00:00Z");

  private static final String PROCESS = "preparation-youthCare";
  private static final Date DUE = new Date(1_800_000_000_000L);

  /** What the care record says: the birth date, and whether the consent recorded last was given. */
  private LocalDate birthDate;
  private final RecordedConsent consent = new RecordedConsent();

  /** Stand-in for the building block {@code youthConsent}, which reads the consent record. */
  public static final class RecordedConsent {
    private boolean given = true;

    public boolean given(String trajectoryId) {
      return given;
    }
  }

  @BeforeEach
  void buildingBlocks() {
    Mocks.register("consentByAge", new ConsentByAge(trajectoryId -> Optional.ofNullable(birthDate)));
    Mocks.register("youthConsent", consent);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "trajectory-1", Map.of(
        "trajectoryId", "trajectory-1", "setting", "youthCare", "team", "jeugd-west", "careCoordinator", "fleur",
        "preparationDue", DUE));
  }

  /** Involve the parents, approach and motivate the young person, explain: then the consent is decided. */
  private ProcessInstance untilConsent() {
    ProcessInstance instance = start();
    complete(task("involveParents", instance));
    complete(task("approachClient", instance), withVariables("clientMotivated", "yes"));
    complete(task("explainMethod", instance));
    return instance;
  }

  private static LocalDate today() {
    return LocalDate.of(2026, 3, 2);
  }

  @Test
  void theParentsAreInvolvedFirstThenTheYoungPersonIsApproached() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("involveParents");
    assertThat(task(instance)).hasName("Ouders/verzorgers betrekken").isAssignedTo("fleur")
        .hasCandidateGroupAssociated("jeugd-west").hasDueDate(DUE);
    complete(task(instance));
    assertThat(instance).isWaitingAt("approachClient");
  }

  @Test
  void aFourteenYearOldAndTheParentsConsentTogetherAndThePreparationGoesOnAsUsual() {
    birthDate = today().minusYears(14).minusMonths(3);
    ProcessInstance instance = untilConsent();

    assertThat(instance).hasPassed("determineConsent").isWaitingAt("recordJointConsent").variables()
        .containsEntry("consentBy", "both");
    assertThat(task(instance)).hasName("Toestemming jongere en ouders/verzorgers vastleggen (12 t/m 15)")
        .isAssignedTo("fleur").hasCandidateGroupAssociated("jeugd-west").hasDueDate(DUE);
    complete(task(instance));

    assertThat(instance).hasPassed("consentGivenGateway").isWaitingAt("drawSociogram");
    complete(task(instance));
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", true, "useQls100", true));
    complete(task("fillOrdinaryDay", instance));
    complete(task("fillQls100", instance));
    complete(task("setRecoveryGoals", instance));
    complete(task("nominateMembers", instance));
    complete(task("startRecoveryPlan", instance));
    complete(task("fixFirstMeetingWeek", instance));
    assertThat(instance).isEnded().hasPassed("preparationCompleted")
        .hasNotPassed("recordParentalConsent", "recordYoungPersonConsent", "consentNotGiven");
  }

  @Test
  void forATenYearOldTheParentsDecide() {
    birthDate = today().minusYears(10);
    ProcessInstance instance = untilConsent();

    assertThat(instance).isWaitingAt("recordParentalConsent").variables().containsEntry("consentBy", "parents");
    assertThat(task(instance)).hasName("Toestemming ouders/verzorgers vastleggen (jonger dan 12)");
    complete(task(instance));
    assertThat(instance).isWaitingAt("drawSociogram");
  }

  @Test
  void aSixteenYearOldDecidesAlone() {
    birthDate = today().minusYears(16);
    ProcessInstance instance = untilConsent();

    assertThat(instance).isWaitingAt("recordYoungPersonConsent").variables().containsEntry("consentBy", "youngPerson");
    assertThat(task(instance)).hasName("Toestemming jongere vastleggen (16 jaar en ouder)");
    complete(task(instance));
    complete(task("drawSociogram", instance));
    complete(task("chooseGoalAids", instance), withVariables("useOrdinaryDay", false, "useQls100", false));
    assertThat(instance).isWaitingAt("startRecoveryPlan", "nominateMembers", "setRecoveryGoals")
        .hasNotPassed("fillOrdinaryDay", "fillQls100");
  }

  @Test
  void theAgeCountsOnTheDayOfTheConsentStepNotAtTheStart() {
    birthDate = today().plusDays(10).minusYears(12);
    ProcessInstance instance = start();
    complete(task("involveParents", instance));
    complete(task("approachClient", instance), withVariables("clientMotivated", "yes"));

    ProcessTestSupport.later(Duration.ofDays(10));
    complete(task("explainMethod", instance));

    assertThat(instance).as("eleven at the start, twelve at the consent step").isWaitingAt("recordJointConsent");
  }

  @Test
  void withoutABirthDateTheYoungPersonAndTheParentsAreBothAsked() {
    birthDate = null;

    assertThat(untilConsent()).isWaitingAt("recordJointConsent").variables().containsEntry("consentBy", "both");
  }

  @Test
  void withoutConsentThereIsNoResourceGroup() {
    birthDate = today().minusYears(13);
    ProcessInstance instance = untilConsent();
    consent.given = false;

    complete(task("recordJointConsent", instance));

    assertThat(instance).isEnded().hasPassed("consentNotGiven").hasNotPassed("drawSociogram");
  }

  @Test
  void aYoungPersonWhoDoesNotWantAGroupEndsThePreparationBeforeAnyConsent() {
    ProcessInstance instance = start();
    complete(task("involveParents", instance));

    complete(task("approachClient", instance), withVariables("clientMotivated", "no"));

    assertThat(instance).isEnded().hasPassed("clientNotMotivated").hasNotPassed("explainMethod", "determineConsent");
  }

  @Test
  void theBirthDateNeverBecomesAProcessVariable() {
    birthDate = LocalDate.of(2011, 6, 15);
    ProcessInstance instance = untilConsent();

    Map<String, Object> variables = engine.getRuntimeService().getVariables(instance.getId());
    assertThat(variables).containsOnlyKeys("trajectoryId", "setting", "team", "careCoordinator", "preparationDue",
        "clientMotivated", "consentBy");
    assertThat(variables.values()).noneMatch(v -> v.toString().contains("2011"));
  }

  @Test
  void eachTaskHasItsGuideRowTheVariantsOwnOrThatOfTheStandardPreparation() throws IOException {
    ProcessTestSupport.assertVariantFollowsGuide(engine.getRepositoryService(), PROCESS, "preparation", "${preparationDue}");

    // Exactly the rows of the guide: the standard preparation's tasks and the variant's own.
    Map<String, ProcessTestSupport.GuideTask> rows = ProcessTestSupport.guideTasks("preparation").stream()
        .collect(Collectors.toMap(ProcessTestSupport.GuideTask::id, Function.identity()));
    ProcessTestSupport.guideTasks(PROCESS).forEach(row -> rows.put(row.id(), row));
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
        .containsExactlyInAnyOrderElementsOf(rows.keySet())
        .contains("involveParents", "recordParentalConsent", "recordJointConsent", "recordYoungPersonConsent");
  }
}
