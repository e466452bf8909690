package nl.resourcegroepen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.resourcegroepen.record.FormSubmissionRepository;
import nl.resourcegroepen.record.SubmittedForm;
import nl.resourcegroepen.support.Http;
import nl.resourcegroepen.support.ServiceTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan's rules hold in the service, whatever the route: a form submission with a goal beyond the
 * maximum (a form an implementation lead extended with {@code shortTermGoal4}) or a text over 4000
 * characters is refused – nothing is stored and the task stays open with a Dutch message.
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class PlanRulesTest {

  private static final String SECRET = "Geheime medicatie Xyzzolam";

  @LocalServerPort
  int port;
  @Autowired
  TaskService taskService;
  @Autowired
  RecoveryPlans plans;
  @Autowired
  RecoveryPlanRecords records;
  @Autowired
  RecoveryPlanRepository planRepository;
  @Autowired
  PlanRevisionRepository revisions;
  @Autowired
  FormSubmissionRepository submissions;

  private PlanTestClient client;
  private String trajectory;

  @BeforeEach
  void setUp() {
    client = new PlanTestClient(port, taskService);
    trajectory = client.startTrajectory("Teun Regels");
  }

  @Test
  void aFormWithAFourthShortTermGoalIsRefusedAndNothingIsStored() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("shortTermGoal1", "Doel 1");
    values.put("shortTermGoal2", "Doel 2");
    values.put("shortTermGoal3", "Doel 3");
    values.put("shortTermGoal4", "Doel 4");
    assertThatThrownBy(() -> records.handle(form("recovery-goals", values)))
        .isInstanceOf(PlanRejected.class).hasMessageContaining("Maximaal drie kortetermijndoelen");
    assertThat(planRepository.findByTrajectoryId(trajectory)).isEmpty();

    values.remove("shortTermGoal4");
    values.put("longTermGoal3", "Lang 3");
    assertThatThrownBy(() -> records.handle(form("recovery-plan", values)))
        .isInstanceOf(PlanRejected.class).hasMessageContaining("Maximaal twee langetermijndoelen");
    assertThat(planRepository.findByTrajectoryId(trajectory)).isEmpty();

    values.put("longTermGoal3", "");
    values.put("shortTermGoal4Now", "  ");
    records.handle(form("recovery-plan", values));
    assertThat(plans.view(trajectory).plan().shortTermGoals()).hasSize(3);
    assertThat(revisions.findByTrajectoryIdOrderByChangedAtDescIdDesc(trajectory)).hasSize(3);
  }

  @Test
  void theServiceRefusesTooManyGoalsAndTooLongTextsBeforeWritingAnything() {
    plans.change(trajectory, "ggz-noord", Map.of("groupName", "de groep"), "anna", Instant.now(), "test");
    assertThatThrownBy(() -> plans.change(trajectory, "ggz-noord",
        Map.of("groupName", "een andere naam", "shortTermGoal4", "Doel 4"), "anna", Instant.now(), "test"))
        .isInstanceOf(PlanRejected.class).hasMessageContaining("Maximaal drie kortetermijndoelen");
    assertThatThrownBy(() -> plans.change(trajectory, "ggz-noord",
        Map.of("groupName", "een andere naam", "helpfulThings", "x".repeat(4001)), "anna", Instant.now(), "test"))
        .isInstanceOf(PlanRejected.class).hasMessageContaining("Maximaal 4000 tekens");
    assertThat(plans.view(trajectory).plan().groupName()).isEqualTo("de groep");
    assertThat(revisions.findByTrajectoryIdOrderByChangedAtDescIdDesc(trajectory)).hasSize(1);
  }

  @Test
  void aRefusedFormLeavesTheTaskOpenAndLogsNoCareContent(CapturedOutput output) {
    client.preparationUntilGoals(trajectory);
    Task task = client.task(trajectory, "startRecoveryPlan");
    Map<String, Object> values = Map.of("crisisMedicationHelpful", SECRET, "groupName", "g".repeat(4001));

    assertThatThrownBy(() -> taskService.complete(task.getId(), values))
        .hasMessageContaining("Maximaal 4000 tekens");
    assertThat(client.task(trajectory, "startRecoveryPlan").getId()).as("the task stays open").isEqualTo(task.getId());
    assertThat(planRepository.findByTrajectoryId(trajectory)).isEmpty();
    assertThat(submissions.findByTrajectoryIdOrderBySubmittedAtAscIdAsc(trajectory))
        .noneMatch(s -> s.getFormId().equals("recovery-plan"));

    // The same through Tasklist's route (engine REST): the user reads the Dutch reason; again nothing stored
    var refused = Http.basic(port, "anna", "demo").postJson("/engine-rest/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"groupName\":{\"value\":\"" + "g".repeat(4001) + "\",\"type\":\"String\"},"
            + "\"crisisMedicationHelpful\":{\"value\":\"" + SECRET + "\",\"type\":\"String\"}}}");
    assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(refused.body()).contains("Maximaal 4000 tekens").doesNotContain(SECRET);
    assertThat(planRepository.findByTrajectoryId(trajectory)).isEmpty();
    taskService.complete(task.getId(), Map.of("crisisMedicationHelpful", SECRET));
    assertThat(plans.view(trajectory).plan().earlyWarningPlan().crisisMedicationHelpful()).isEqualTo(SECRET);

    assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain("ggggggggggggggg");
  }

  @Test
  void relapseStepsGoIntoTheEarlyWarningPlanAndOtherFieldsOfTheFormAreNotPartOfThePlan() {
    records.handle(form("relapse-steps", Map.of("discussionDate", "2027-01-05", "earlyWarningPlanReviewed", true,
        "earlyWarningSigns", "Weer last van stemmen", "relapseSteps", "Wieke belt Harry",
        "stepUpArrangements", "Terug naar het FACT-team")));
    PlanDocument.EarlyWarningPlanDocument warning = plans.view(trajectory).plan().earlyWarningPlan();
    assertThat(warning.earlyWarningSigns()).isEqualTo("Weer last van stemmen");
    assertThat(warning.relapseSteps()).isEqualTo("Wieke belt Harry");
    assertThat(warning.stepUpArrangements()).isEqualTo("Terug naar het FACT-team");
    assertThat(plans.history(trajectory, null)).extracting(RevisionView::field)
        .containsExactlyInAnyOrder("earlyWarningSigns", "relapseSteps", "stepUpArrangements");
  }

  @Test
  void theEarlyWarningPlanDocumentHasExactlyTheFieldsOfTheEntity() {
    assertThat(Arrays.stream(PlanDocument.EarlyWarningPlanDocument.class.getRecordComponents())
        .map(c -> c.getName()).toList()).isEqualTo(EarlyWarningPlan.FIELDS);
  }

  private SubmittedForm form(String formId, Map<String, Object> values) {
    return new SubmittedForm(trajectory, "ggz-noord", null, formId, "startRecoveryPlan", "anna", Instant.now(), values);
  }
}
