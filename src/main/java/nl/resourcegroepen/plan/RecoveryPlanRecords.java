package nl.resourcegroepen.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.resourcegroepen.record.FormDataHandler;
import nl.resourcegroepen.record.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * Updates the recovery plan from the forms that fill it: {@code recovery-plan} (phase 1
 * {@code startRecoveryPlan}, phase 3 {@code finishRecoveryPlan}), {@code recovery-goals} (phase 1) and
 * {@code relapse-steps} (phase 6), and in the verslavingszorg {@code recovery-plan-addictionCare} (the plan
 * with its terugvalpreventieplan, phases 1 and 3). The plan is created on first use; a revision is kept for
 * every field that changes, with the submitter.
 *
 * <p>A form opens empty (its content never stays in the engine), so an empty field in a form means
 * "not filled in this time", not "clear it": forms only add and change texts. Clearing a text is done
 * through the API ({@code PUT /api/trajectories/{id}/plan}).
 *
 * <p>A submission that breaks the plan's rules (a goal beyond the second long-term or third short-term
 * slot, a text over 4000 characters) throws {@link PlanRejected}: the task completion fails, the task
 * stays open, nothing is stored, and Tasklist shows the Dutch message.
 */
@Component
class RecoveryPlanRecords implements FormDataHandler {

  static final Set<String> FORMS = Set.of("recovery-plan", "recovery-goals", "relapse-steps",
      "recovery-plan-addictionCare");

  private final RecoveryPlans plans;

  RecoveryPlanRecords(RecoveryPlans plans) {
    this.plans = plans;
  }

  @Override
  public Set<String> formIds() {
    return FORMS;
  }

  @Override
  public void handle(SubmittedForm form) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (String key : form.values().keySet()) {
      String value = switch (key) {
        case "crisisContacts" -> lines(form.rows(key), "role", "name", "phone");
        case "participantContacts", "significantOtherContacts" -> lines(form.rows(key), "name", "phone", "email");
        default -> PlanFields.concernsPlan(key) ? form.text(key) : null;
      };
      if (value != null) {
        changes.put(key, value);
      }
    }
    plans.change(form.trajectoryId(), form.team(), changes, form.submittedBy(), form.submittedAt(),
        form.formId() + "/" + form.taskDefinitionKey());
  }

  /** The rows of a list in the form as text, one line per person: "Resourcegroep: Wieke, 06-…". */
  private static String lines(List<Map<String, Object>> rows, String... keys) {
    String text = rows.stream().map(row -> line(row, keys)).filter(Objects::nonNull)
        .collect(Collectors.joining("\n"));
    return text.isEmpty() ? null : text;
  }

  private static String line(Map<String, Object> row, String... keys) {
    String joined = Stream.of(keys).filter(k -> !k.equals("role")).map(k -> text(row.get(k)))
        .filter(Objects::nonNull).collect(Collectors.joining(", "));
    boolean withRole = Stream.of(keys).anyMatch("role"::equals);
    return CrisisContacts.line(withRole ? text(row.get("role")) : null, joined);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
