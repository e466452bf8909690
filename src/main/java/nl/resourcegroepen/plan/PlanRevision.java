package nl.resourcegroepen.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One changed field of a plan, kept for good: old and new value, who, when and through which route
 * ({@code <form id>/<task id>} or {@code api}). Revisions are only added, never changed.
 */
@Entity
@Table(name = "plan_revision")
class PlanRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private String planId;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Column(nullable = false)
  private String field;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false)
  private String source;

  protected PlanRevision() {
  }

  PlanRevision(RecoveryPlan plan, String field, String oldValue, String newValue, String changedBy,
      Instant changedAt, String source) {
    this.planId = plan.getId();
    this.trajectoryId = plan.getTrajectoryId();
    this.team = plan.getTeam();
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.source = source;
  }

  RevisionView view() {
    return new RevisionView(field, oldValue, newValue, changedBy, changedAt, source);
  }
}
