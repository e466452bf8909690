package nl.resourcegroepen.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed field of a meeting, agreement, member or the sociogram: old and new value, who, when, which route. */
@Entity
@Table(name = "care_change")
class CareChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "trajectory_id", nullable = false)
  private String trajectoryId;

  @Column(nullable = false)
  private String team;

  @Column(nullable = false)
  private String subject;

  @Column(name = "subject_id", nullable = false)
  private String subjectId;

  @Column(nullable = false)
  private String field;

  @Column(name = "old_value", columnDefinition = "text")
  private String oldValue;

  @Column(name = "new_value", columnDefinition = "text")
  private String newValue;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false)
  private String source;

  protected CareChange() {
  }

  CareChange(CareChanges.Change change, String field, String oldValue, String newValue) {
    this.trajectoryId = change.trajectoryId();
    this.team = change.team();
    this.subject = change.subject();
    this.subjectId = change.subjectId();
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.changedBy = change.by();
    this.changedAt = change.at();
    this.source = change.source();
  }

  CareChanges.ChangeView view() {
    return new CareChanges.ChangeView(field, oldValue, newValue, changedBy, changedAt, source);
  }
}
