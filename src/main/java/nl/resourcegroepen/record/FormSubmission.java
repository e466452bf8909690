package nl.resourcegroepen.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Every form as it was submitted, in the care record (never in the engine): the complete history of
 * who entered what, when. Structured tables are derived from it by the form data handlers.
 */
@Entity
@Table(name = "form_submission")
public class FormSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Column(name = "member_id")
  private String memberId;

  @Column(name = "form_id", nullable = false)
  private String formId;

  @Column(name = "task_definition_key", nullable = false)
  private String taskDefinitionKey;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  // Unbounded text on both PostgreSQL and H2.
  @Column(nullable = false, columnDefinition = "text")
  private String payload;

  protected FormSubmission() {
  }

  FormSubmission(SubmittedForm form, String payload) {
    this.trajectoryId = form.trajectoryId();
    this.team = form.team();
    this.memberId = form.memberId();
    this.formId = form.formId();
    this.taskDefinitionKey = form.taskDefinitionKey();
    this.submittedBy = form.submittedBy();
    this.submittedAt = form.submittedAt();
    this.payload = payload;
  }

  public String getMemberId() {
    return memberId;
  }

  public String getFormId() {
    return formId;
  }

  public String getTaskDefinitionKey() {
    return taskDefinitionKey;
  }

  public String getPayload() {
    return payload;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
